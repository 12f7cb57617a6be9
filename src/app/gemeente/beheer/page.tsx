import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { mag, type Actie } from "@/domain/permissies";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";

export const metadata: Metadata = { title: "Beheer" };

const onderdelen: { href: string; titel: string; uitleg: string; actie: Actie }[] = [
  { href: "/gemeente/beheer/tarieven", titel: "Tarieven", uitleg: "Het tarief per product per jaar.", actie: "tarieven:beheren" },
  { href: "/gemeente/beheer/aow-leeftijd", titel: "AOW-leeftijd", uitleg: "De AOW-leeftijd per geboortedatum.", actie: "aow:beheren" },
  {
    href: "/gemeente/beheer/vrijwilligersvergoeding",
    titel: "Vrijwilligersvergoeding",
    uitleg: "De grenzen van de Belastingdienst per jaar.",
    actie: "vrijwilligersvergoeding:beheren",
  },
  {
    href: "/gemeente/beheer/branches",
    titel: "Branches",
    uitleg: "De branches waarop inwoners werkplekken zoeken.",
    actie: "branches:beheren",
  },
  {
    href: "/gemeente/beheer/medewerkers",
    titel: "Medewerkers",
    uitleg: "Accounts en rollen van medewerkers van de gemeente.",
    actie: "medewerker:beheren",
  },
  { href: "/gemeente/beheer/auditlog", titel: "Logboek", uitleg: "Wie deed wat en wanneer.", actie: "auditlog:lezen" },
  {
    href: "/gemeente/beheer/bewaartermijnen",
    titel: "Bewaartermijnen",
    uitleg: "Hoe lang persoonsgegevens worden bewaard, met de grondslag.",
    actie: "bewaartermijnen:beheren",
  },
  {
    href: "/gemeente/beheer/berichtenverkeer",
    titel: "Berichtenverkeer",
    uitleg: "De gemeentecode voor iWmo-berichten.",
    actie: "iwmo:instellen",
  },
];

export default async function Beheer() {
  const g = await vereisGebruiker();
  const zichtbaar = onderdelen.filter((o) => mag(g.rol, o.actie));
  if (zichtbaar.length === 0) redirect("/geen-toegang");
  return (
    <article className="inhoud">
      <p>
        <Link href="/gemeente">Terug naar de startpagina</Link>
      </p>
      <h1>Beheer</h1>
      <ul>
        {zichtbaar.map((o) => (
          <li key={o.href}>
            <Link href={o.href}>{o.titel}</Link>: {o.uitleg}
          </li>
        ))}
      </ul>
    </article>
  );
}
