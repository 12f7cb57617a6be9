import "server-only";
import type { Gelezen323 } from "@/domain/iwmo/lees";
import { portaalToewijzingnummer } from "@/domain/iwmo/nummer";
import { controleerPrestatie, controleerTotaal } from "@/domain/iwmo/regels";
import { vandaagInNederland } from "@/domain/kalender";
import { beoordeelRegel, creditRegel } from "@/domain/declaratie/beoordeling";
import { magCrediteren } from "@/domain/declaratie/correctie";
import { maandVan as declaratieMaandVan } from "@/domain/declaratie/regels";
import { formatDatum } from "@/domain/format";
import { tarieven, toewijzingSelect, type ToewijzingRij } from "../../declaraties/intern/declareren";
import { bewaarRegel, crediteer, openTerugdraaiing } from "../../declaraties/intern/opslag";
import type { ImportContext } from "./import-context";

// An imported WMO323 declaratie (issue 13): each prestatie through the portal's own declaratie
// rules, in the import's transaction. The outgoing 323 is built in ./declaratie.ts.

export const IMPORT_REDEN_BOVEN_OMVANG = "via iWmo 323 boven de omvang";

type Prestatie323 = Gelezen323["prestaties"][number];
type Extra = { ingediendDoorId: null; iwmoBerichtId: string; nu: Date };

/**
 * An imported WMO323: every Prestatie becomes a Declaratieregel through the portal's own rules
 * (beoordeelRegel, src/domain/declaratie/beoordeling.ts: R-DEC-1…3, R-TAR-2/3), in the import's transaction, so
 * one refused prestatie stores nothing of the message. The message must say what the portal
 * computes (period, unit, tariff, amount); above the omvang it is flagged with a fixed reason. A
 * credit (DebetCredit C) with VorigReferentieNummer = an earlier line's nummer becomes that line's
 * credit line. The lines carry the message (`iwmoBerichtId`, no `ingediendDoorId`: no portal user
 * submitted them), so the outbox does not send them back as a 323 (uitgaand.ts).
 */
export async function verwerk323(
  ctx: ImportContext,
  g: Gelezen323,
  berichtId: string,
  weigering: (m: string[]) => Error,
): Promise<string[]> {
  const fouten: string[] = [];
  const totaal = controleerTotaal(g.totaalCent, g.totaalDebetCredit, g.prestaties);
  if (totaal) fouten.push(totaal);
  const { tx } = ctx;
  const omgeving = {
    tarieven: await tarieven(tx),
    vandaag: vandaagInNederland(ctx.nu),
    bezet: new Set<string | null>(),
  };
  const extra: Extra = { ingediendDoorId: null, iwmoBerichtId: berichtId, nu: ctx.nu };
  const gedaan: string[] = [];
  // Credits first: a credit frees its month (R-DEC-3) for a new line in the same message.
  const volgorde = [...g.prestaties.entries()].sort(([, a], [, b]) => Number(b.debetCredit === "C") - Number(a.debetCredit === "C"));
  for (const [, p] of volgorde) {
    const waar = `Prestatie ${p.referentieNummer}`;
    const nummer = portaalToewijzingnummer(p.toewijzingNummer);
    const t = nummer
      ? await tx.toewijzing.findFirst({
          where: { nummer, aanbiederId: ctx.aanbieder.id },
          select: {
            ...toewijzingSelect,
            iwmoCategorie: true,
            iwmoCode: true,
            inwoner: { select: { ...toewijzingSelect.inwoner.select, bsn: true } },
          },
        })
      : null;
    if (!t || t.inwoner.bsn !== p.bsn) {
      fouten.push(`${waar}: ToewijzingNummer ${p.toewijzingNummer} is geen toewijzing van ${ctx.aanbieder.naam} voor deze Bsn.`);
      continue;
    }
    ctx.betrokkenen.add(t.inwonerId);
    ctx.toewijzingIds.add(t.id);
    if (p.code !== t.iwmoCode || p.categorie !== t.iwmoCategorie) {
      fouten.push(`${waar}: ProductCode ${p.code} is niet het product van ${t.nummer}.`);
      continue;
    }
    const periode = controleerPrestatie(
      {
        referentie: p.referentieNummer,
        nummer: t.nummer,
        begindatum: p.begindatum,
        einddatum: p.einddatum,
        volume: p.volume,
        tariefCent: p.tariefCent,
        bedragCent: p.bedragCent,
        // The omvang is the portal's rule (R-DEC-1), judged below.
        toewijzing: { startdatum: t.startdatum, einddatum: t.einddatum, maxVolume: null },
      },
      g,
    );
    if (periode.length) {
      fouten.push(...periode);
      continue;
    }
    const fout =
      p.debetCredit === "C" ? await credit(ctx, t, p, waar, extra, omgeving.bezet) : await debet(ctx, t, p, waar, extra, omgeving);
    if (fout.startsWith("!")) fouten.push(fout.slice(1));
    else gedaan.push(fout);
  }
  if (fouten.length) throw weigering([...fouten, "Er is niets van dit bericht opgeslagen."]);
  return gedaan;
}

const gelijkeDag = (a: Date, b: Date) => a.getTime() === b.getTime();

/** One debet prestatie → a new line; "!reason" when the portal refuses it. */
async function debet(
  ctx: ImportContext,
  t: ToewijzingRij,
  p: Prestatie323,
  waar: string,
  extra: Extra,
  omgeving: { tarieven: Awaited<ReturnType<typeof tarieven>>; vandaag: Date; bezet: Set<string | null> },
): Promise<string> {
  const maand = declaratieMaandVan(p.begindatum);
  if (declaratieMaandVan(p.einddatum) !== maand)
    return `!${waar}: ProductPeriode: de periode valt niet binnen één kalendermaand (TR319, retourcode 9319).`;
  const ontwikkeling = t.product.categorie === "ONTWIKKELING";
  const basis = ontwikkeling
    ? beoordeelRegel(t, { soort: "vasteprijs" }, omgeving)
    : beoordeelRegel(t, { soort: "uren", maand, uren: p.volume, reden: "" }, omgeving);
  // R-DEC-1: above the omvang needs a reason; an import gives a fixed one, only where the rule allows.
  const r =
    !basis.ok && !ontwikkeling && /meer dan de toegewezen/.test(basis.melding)
      ? beoordeelRegel(t, { soort: "uren", maand, uren: p.volume, reden: IMPORT_REDEN_BOVEN_OMVANG }, omgeving)
      : basis;
  if (!r.ok) return `!${waar} (${t.nummer}): ${r.melding}`;
  const regel = r.regel;
  if (!ontwikkeling && (await ctx.tx.declaratieregel.count({ where: { actiefSleutel: r.sleutel } })))
    return `!${waar} (${t.nummer}): Voor deze maand is al gedeclareerd (R-DEC-3). Crediteer de ingediende regel eerst.`;
  if (ontwikkeling && (await ctx.tx.declaratieregel.count({ where: { actiefSleutel: r.sleutel } })))
    return `!${waar} (${t.nummer}): De vaste prijs van dit traject is al gedeclareerd (R-DEC-2).`;
  if (!gelijkeDag(p.begindatum, regel.periodeStart) || !gelijkeDag(p.einddatum, regel.periodeEind))
    return `!${waar}: ProductPeriode ${formatDatum(p.begindatum)} t/m ${formatDatum(p.einddatum)} is niet de periode die het portaal declareert (${formatDatum(regel.periodeStart)} t/m ${formatDatum(regel.periodeEind)}).`;
  if (p.eenheid !== regel.eenheid) return `!${waar}: Eenheid ${p.eenheid} is niet de eenheid van ${t.nummer} (${regel.eenheid}).`;
  if (ontwikkeling && p.volume !== regel.volume) return `!${waar}: GeleverdVolume ${p.volume}: de vaste prijs is 1 stuks.`;
  if (p.tariefCent !== null && p.tariefCent !== regel.tariefCent)
    return `!${waar}: ProductTarief ${p.tariefCent} is niet het tarief ${regel.tariefCent} (cent) van ${regel.maand.slice(0, 4)}.`;
  if (p.bedragCent !== regel.bedragCent)
    return `!${waar}: IngediendBedrag ${p.bedragCent} is niet GeleverdVolume × tarief = ${regel.bedragCent} (cent).`;
  omgeving.bezet.add(r.sleutel);
  // ADR 0029: a credit of this month in the same (or an earlier) message waits for the gemeente:
  // this line replaces it, and the two are one correction unit, as in the portal.
  const correctieId = await openTerugdraaiing(ctx.tx, t.id, regel.maand);
  const opgeslagen = await bewaarRegel(ctx.tx, regel, { ...extra, actiefSleutel: r.sleutel, correctieId }, 0);
  await ctx.tx.declaratieregel.update({ where: { id: opgeslagen.id }, data: { referentieNummer: p.referentieNummer } });
  return `${opgeslagen.nummer}: ${t.nummer} ${regel.maand}, ${regel.volume} × ${regel.tariefCent} = ${regel.bedragCent} cent${regel.bovenOmvang ? " (boven de omvang)" : ""}`;
}

/** One credit prestatie → the credit line of the line it names; "!reason" when it cannot. */
async function credit(
  ctx: ImportContext,
  t: ToewijzingRij,
  p: Prestatie323,
  waar: string,
  extra: Extra,
  bezet: Set<string | null>,
): Promise<string> {
  if (!p.vorigReferentieNummer) return `!${waar}: VorigReferentieNummer ontbreekt; een creditprestatie noemt de regel die zij crediteert.`;
  // VorigReferentieNummer is the number the aanbieder gave the earlier prestatie (basisschema
  // CDT_Referentie): its own ReferentieNummer of an imported line, or the portal's number of a line
  // made in the portal (sent to it in the outgoing 323).
  // A number used again (a month declared anew after a credit) names the line of this toewijzing
  // that still counts, else its latest.
  const kandidaten = await ctx.tx.declaratieregel.findMany({
    where: { aanbiederId: ctx.aanbieder.id, OR: [{ referentieNummer: p.vorigReferentieNummer }, { nummer: p.vorigReferentieNummer }] },
    orderBy: { nummer: "desc" },
  });
  const eigen = kandidaten.filter((k) => k.toewijzingId === t.id);
  const oud = eigen.find((k) => k.actiefSleutel !== null) ?? eigen[0] ?? kandidaten[0];
  if (!oud) return `!${waar}: VorigReferentieNummer ${p.vorigReferentieNummer} is geen declaratieregel van ${ctx.aanbieder.naam}.`;
  // The prestatie names a client and a toewijzing: its credit cancels a line of that toewijzing,
  // never another inwoner's line that happens to have the same period and amount.
  if (oud.toewijzingId !== t.id) return `!${waar}: VorigReferentieNummer ${oud.nummer} is geen regel van ${t.nummer}.`;
  // The portal's rule (ADR 0029): any approved or paid line that still counts, hours or fixed price.
  const mag = magCrediteren(oud.status, { isCredit: oud.creditVanId !== null, telt: oud.actiefSleutel !== null });
  if (mag !== true) return `!${waar}: VorigReferentieNummer ${oud.nummer}: ${mag.melding}`;
  const c = creditRegel({ ...oud, omvang: null });
  if (!gelijkeDag(p.begindatum, c.periodeStart) || !gelijkeDag(p.einddatum, c.periodeEind))
    return `!${waar}: ProductPeriode is niet de periode van ${oud.nummer}.`;
  if (p.volume !== -c.volume || p.eenheid !== c.eenheid)
    return `!${waar}: GeleverdVolume ${p.volume} is niet het volume van ${oud.nummer} (${-c.volume}).`;
  if (p.bedragCent !== -c.bedragCent)
    return `!${waar}: IngediendBedrag ${p.bedragCent} is niet het bedrag van ${oud.nummer} (${-c.bedragCent}).`;
  const sleutel = oud.actiefSleutel;
  const opgeslagen = await crediteer(ctx.tx, oud, { ...extra, reden: `Correctie van ${oud.nummer}` }, 0);
  if (!opgeslagen) return `!${waar}: ${oud.nummer} is net al gecorrigeerd.`;
  await ctx.tx.declaratieregel.update({ where: { id: opgeslagen.id }, data: { referentieNummer: p.referentieNummer } });
  bezet.delete(sleutel);
  return `${opgeslagen.nummer}: creditregel van ${oud.nummer}`;
}
