import Link from "next/link";

export default function NietGevonden() {
  return (
    <article className="inhoud">
      <h1>Deze pagina bestaat niet</h1>
      <p>
        De pagina is verplaatst of verwijderd, of het adres klopt niet. Een werkplek die vol is of niet meer bestaat, staat niet meer op de
        website.
      </p>
      <ul>
        <li>
          <Link href="/werkplekken">Zoek een andere werkplek</Link>
        </li>
        <li>
          <Link href="/">Naar de startpagina</Link>
        </li>
      </ul>
    </article>
  );
}
