"use client";

export default function Fout({ reset }: { error: Error; reset: () => void }) {
  return (
    <article className="inhoud" role="alert">
      <h1>Er ging iets mis</h1>
      <p>Sorry, de pagina kon niet worden geladen. Er is niets verloren gegaan. Probeer het opnieuw; lukt het dan nog niet, bel 14 055.</p>
      <button type="button" className="knop" onClick={reset}>
        Opnieuw proberen
      </button>
    </article>
  );
}
