import type { Metadata } from "next";
import Link from "next/link";
import { formatDatum } from "@/domain/format";
import { notFound } from "next/navigation";
import { addDays, toIsoDate } from "@/domain/kalender";
import { duurTekst } from "@/domain/toewijzing/duur";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { inwonerDossier } from "@/server/inwoners/inwoners";
import { lees } from "@/server/pipeline/pagina";
import { leesOf } from "@/server/pipeline/pagina";
import { afgifteKeuzes } from "@/server/toewijzingen/toewijzingen";
import { afgevenAction } from "../acties";
import { AfgifteFormulier } from "./afgifte-formulier";

export const metadata: Metadata = { title: "Toewijzing afgeven" };

export default async function ToewijzingAfgeven({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await vereisGebruiker("toewijzing:afgeven");
  const zoek = await searchParams;
  const inwonerId = typeof zoek.inwoner === "string" ? zoek.inwoner : "";
  const i = await leesOf(inwonerDossier, null, { id: inwonerId }, { bron: "/gemeente/toewijzingen/nieuw" });
  if (!i) notFound();
  const vorige = typeof zoek.verlenging === "string" ? (i.toewijzingen.find((t) => t.id === zoek.verlenging) ?? null) : null;
  const { producten, aanbieders, werkplekken } = await lees(afgifteKeuzes);
  const groepen = new Map<string, { waarde: string; label: string }[]>();
  for (const w of werkplekken)
    groepen.set(w.aanbieder.naam, [...(groepen.get(w.aanbieder.naam) ?? []), { waarde: w.id, label: `${w.titel} (${w.plaats})` }]);
  return (
    <article className="inhoud">
      <p>
        <Link href={`/gemeente/inwoners/${i.id}`}>Terug naar {i.naam}</Link>
      </p>
      <h1>{vorige ? "Toewijzing verlengen" : "Toewijzing afgeven"}</h1>
      <p>
        Voor <strong>{i.naam}</strong>, geboren {formatDatum(i.geboortedatum)}.
        {vorige && (
          <>
            {" "}
            Verlenging van {vorige.nummer}, die eindigt op {formatDatum(vorige.einddatum)}.
          </>
        )}
      </p>
      <AfgifteFormulier
        actie={afgevenAction}
        verlenging={!!vorige}
        begin={{
          inwonerId: i.id,
          productCode: vorige?.productCode ?? "",
          aanbiederId: vorige?.aanbiederId ?? "",
          werkplekId: vorige?.werkplekId ?? "",
          startdatum: vorige ? toIsoDate(addDays(vorige.beeindigdOp ?? vorige.einddatum, 1)) : "",
          einddatum: "",
          urenPerWeek: vorige?.urenPerWeek?.toString() ?? "",
          verlengingVanId: vorige?.id ?? "",
        }}
        producten={producten.map((p) => ({
          waarde: p.code,
          label: p.korteNaam,
          opTrede: p.categorie === "OP_TREDE",
          vasteDuur: p.duurMaanden && !p.duurIsMaximum ? duurTekst(p.duurMaanden) : null,
        }))}
        aanbieders={aanbieders.map((a) => ({ waarde: a.id, label: a.naam }))}
        werkplekken={[...groepen].map(([aanbieder, opties]) => ({ aanbieder, opties }))}
      />
    </article>
  );
}
