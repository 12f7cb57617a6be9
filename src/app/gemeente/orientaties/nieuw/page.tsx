import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { toIsoDate } from "@/domain/kalender";
import { lees } from "@/server/pipeline/pagina";
import { kandidaatVoorOrientatie, orientatieRegistratie } from "@/server/orientaties/registreren";
import { registreerAction, zoekAction } from "../acties";
import { RegistratieFormulier } from "./registratie-formulier";
import { InwonerZoeken } from "./zoeken";

export const metadata: Metadata = { title: "Oriëntatie registreren" };

export default async function OrientatieRegistreren({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const inwonerId = (await searchParams).inwoner;
  const { product, standaard } = await lees(orientatieRegistratie);
  const terug = (
    <p>
      <Link href="/gemeente/orientaties">Terug naar oriëntaties</Link>
    </p>
  );
  if (typeof inwonerId !== "string") {
    return (
      <article className="inhoud !max-w-5xl">
        {terug}
        <h1>Oriëntatie registreren</h1>
        <p>Stap 1 van 2: zoek de inwoner. Een oriëntatie is voor inwoners op trede 2, 3 of 4 van de participatieladder.</p>
        <InwonerZoeken actie={zoekAction} treden={product.startTreden} />
      </article>
    );
  }
  const { kandidaat: k } = await lees(kandidaatVoorOrientatie, { id: inwonerId });
  return (
    <article className="inhoud">
      {terug}
      <h1>Oriëntatie registreren</h1>
      <p>
        Stap 2 van 2: de periode. <Link href="/gemeente/orientaties/nieuw">Een andere inwoner zoeken</Link>
      </p>
      <RegistratieFormulier
        actie={registreerAction}
        voor={`${k.naam}, geboren ${formatDatum(k.geboortedatum)}, ${k.trede === null ? "nog zonder trede" : `op trede ${k.trede}`}${k.lopend ? `; heeft al een lopende oriëntatie (${k.lopend.nummer})` : ""}.`}
        begin={{ inwonerId: k.id, startdatum: toIsoDate(standaard.vandaag), einddatum: "" }}
        uitlegEinde={`Leeg laten: dan duurt de oriëntatie 3 maanden, tot de dag voor dezelfde datum 3 maanden later (bij een start op ${formatDatum(standaard.vandaag)} tot en met ${formatDatum(standaard.einddatum)}). Korter mag, langer niet.`}
      />
    </article>
  );
}
