import type { Metadata } from "next";
import Link from "next/link";
import { BEHEER_ACTIES, mag } from "@/domain/permissies";
import { isAanbiederRol } from "@/domain/rollen";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { aantalNieuweInteresses } from "@/server/interesse/wachtrij";
import { werkvoorraad } from "@/server/toewijzingen/werkvoorraad";
import { WerkvoorraadOverzicht } from "@/components/traject/werkvoorraad";
import { redirect } from "next/navigation";
import { leesOf } from "@/server/pipeline/pagina";

export const metadata: Metadata = { title: "Gemeente" };

export default async function GemeenteStart() {
  const g = await vereisGebruiker();
  if (isAanbiederRol(g.rol)) redirect("/geen-toegang");
  const [nieuw, werk] = await Promise.all([leesOf(aantalNieuweInteresses, null), leesOf(werkvoorraad, null)]);
  return (
    <article className="inhoud">
      <h1>Werkt Mee voor de gemeente</h1>
      {mag(g.rol, "inhoudscheck:beoordelen") && (
        <p>
          <Link href="/gemeente/inhoudscheck">Inhoudelijke controle van werkplekken</Link>
        </p>
      )}
      {mag(g.rol, "orientatie:uitvoeren") && (
        <p>
          <Link href="/gemeente/orientaties">Oriëntaties van het Centrum: registreren, begeleiden, advies</Link>
        </p>
      )}
      {mag(g.rol, "aanbieder:registreren") && (
        <p>
          <Link href="/gemeente/aanbieders">Aanbieders registreren en uitnodigen</Link>
        </p>
      )}
      {nieuw !== null && (
        <p>Er {nieuw === 1 ? "is 1 nieuwe aanvraag" : `zijn ${nieuw} nieuwe aanvragen`} via &ldquo;Ik heb interesse&rdquo;.</p>
      )}
      {(mag(g.rol, "declaratie:beoordelen") || mag(g.rol, "declaratie:betalen")) && (
        <p>
          <Link href="/gemeente/declaraties">Declaraties controleren en betalen</Link>
        </p>
      )}
      {BEHEER_ACTIES.some((a) => mag(g.rol, a)) && (
        <p>
          <Link href="/gemeente/beheer">Beheer: tarieven, AOW-leeftijd, branches, medewerkers en logboek</Link>
        </p>
      )}
      {/* Issue 11: what needs the contact person. */}
      {werk && <WerkvoorraadOverzicht w={werk} />}
    </article>
  );
}
