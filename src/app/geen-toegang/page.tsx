import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Geen toegang" };

export default function GeenToegang() {
  return (
    <article className="inhoud">
      <h1>Je hebt geen toegang tot deze pagina</h1>
      <p>Met jouw rol kun je deze pagina niet gebruiken. Denk je dat dit niet klopt? Neem contact op met de functioneel beheerder.</p>
      <p>
        <Link href="/mijn">Naar je eigen startpagina</Link>
      </p>
    </article>
  );
}
