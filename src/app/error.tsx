"use client";

import { unstable_isUnrecognizedActionError as isVerouderdeActie } from "next/navigation";

export default function Fout({ error, reset }: { error: Error; reset: () => void }) {
  // A form of a page opened before a new version went live: trying again on this page cannot
  // work, the page itself must be loaded anew (docs/decisions/0026).
  if (isVerouderdeActie(error))
    return (
      <article className="inhoud" role="alert">
        <h1>Het portaal is intussen bijgewerkt</h1>
        <p>
          Je formulier is niet verstuurd en er is niets opgeslagen: de pagina was geopend voordat we een nieuwe versie van het portaal in
          gebruik namen. Vernieuw de pagina en vul het formulier opnieuw in.
        </p>
        <button type="button" className="knop" onClick={() => window.location.reload()}>
          Pagina vernieuwen
        </button>
      </article>
    );
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
