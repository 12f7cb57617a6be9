import "server-only";
import { bouw323, type Prestatie } from "@/domain/iwmo/bouw";
import { iwmoToewijzingNummer } from "@/domain/iwmo/nummer";
import { controleerPrestatie, maxVolume } from "@/domain/iwmo/regels";
import { toIsoDate, vandaagInNederland } from "@/domain/kalender";
import { bewaarUitgaand, hash, nieuweIdentificatie, type Tx } from "./opslag";

// WMO323 declaratie (issue 13). Written against a plain type of a declaratie line
// (DeclaratieregelIwmo); the outbox maps issue 12's Declaratieregel onto it (uitgaand.ts).
// The answer, WMO325, has no schema in the source: the portal keeps the answer per line as its own
// state (the declaratie's status), and no 325 file is written (docs/decisions/0020).

export type DeclaratieregelIwmo = {
  id: string;
  /** The line's own number, sent as ReferentieNummer (at most 20 characters). */
  nummer: string;
  toewijzingId: string;
  /** One calendar month at most (TR319). */
  periodeStart: Date;
  periodeEind: Date;
  volume: number;
  eenheid: string;
  tariefCent: number;
  /** Always positive: a credit line says so with creditVan. */
  bedragCent: number;
  /** A credit line reverses this earlier line (its nummer becomes VorigReferentieNummer). */
  creditVan: { nummer: string } | null;
  /** More than the omvang, with the gemeente's consent (R-IWMO). */
  boveOmvangToegestaan?: boolean;
};

type ToewijzingVoor323 = {
  id: string;
  nummer: string;
  aanbiederId: string;
  startdatum: Date;
  einddatum: Date;
  iwmoCategorie: string | null;
  iwmoCode: string | null;
  iwmoVolume: number | null;
  iwmoFrequentie: string | null;
  urenPerWeek: number | null;
  inwoner: { bsn: string };
  aanbieder: { agbCode: string };
};

const omvangVan = (t: ToewijzingVoor323) => {
  const volume = t.iwmoVolume ?? t.urenPerWeek;
  return volume != null && t.iwmoFrequentie ? { volume, frequentie: t.iwmoFrequentie } : null;
};

/** Why these lines cannot be one WMO323 (TR319, TR307/308, TR346, TR321; R-IWMO), in Dutch; [] when they can. */
export function controleer323(
  regels: DeclaratieregelIwmo[],
  toewijzingen: Map<string, ToewijzingVoor323>,
  periode: { begindatum: Date; einddatum: Date },
): string[] {
  return regels.flatMap((r) => {
    const t = toewijzingen.get(r.toewijzingId)!;
    return controleerPrestatie(
      {
        referentie: r.nummer,
        nummer: t.nummer,
        begindatum: r.periodeStart,
        einddatum: r.periodeEind,
        volume: r.volume,
        tariefCent: r.tariefCent,
        bedragCent: r.bedragCent,
        toewijzing: {
          startdatum: t.startdatum,
          einddatum: t.einddatum,
          maxVolume: r.creditVan ? null : maxVolume(omvangVan(t), r.periodeStart, r.periodeEind),
        },
        boveOmvangToegestaan: r.boveOmvangToegestaan,
      },
      periode,
    );
  });
}

/** Which lines can go in a 323 and which break the declaratie rules (with the reasons), for the outbox. */
export async function splitsRegels(tx: Tx, regels: DeclaratieregelIwmo[]): Promise<{ goed: DeclaratieregelIwmo[]; fouten: string[] }> {
  const toewijzingen = new Map(
    (
      await tx.toewijzing.findMany({
        where: { id: { in: [...new Set(regels.map((r) => r.toewijzingId))] } },
        include: { inwoner: { select: { bsn: true } }, aanbieder: { select: { agbCode: true } } },
      })
    ).map((t) => [t.id, t]),
  );
  const goed: DeclaratieregelIwmo[] = [];
  const fouten: string[] = [];
  for (const r of regels) {
    const maand = maandVan(r);
    const begindatum = new Date(`${maand}-01T00:00:00Z`);
    const einddatum = new Date(Date.UTC(begindatum.getUTCFullYear(), begindatum.getUTCMonth() + 1, 0));
    const f = toewijzingen.has(r.toewijzingId)
      ? controleer323([r], toewijzingen, { begindatum, einddatum })
      : [`${r.nummer}: geen toewijzing.`];
    if (f.length) fouten.push(...f);
    else goed.push(r);
  }
  return { goed, fouten };
}

/** The month (YYYY-MM) a line belongs to: one declaratie per aanbieder per month. */
export const maandVan = (r: Pick<DeclaratieregelIwmo, "periodeStart">) => toIsoDate(r.periodeStart).slice(0, 7);

/**
 * One WMO323 for an aanbieder's lines of one calendar month, recorded as the aanbieder's message.
 * Throws (with the rule ids) when the lines break the declaratie rules: a generated message must be right.
 */
export async function maak323(tx: Tx, gemeente: string, regels: DeclaratieregelIwmo[], nu: Date) {
  if (!regels.length) return null;
  const toewijzingen = new Map(
    (
      await tx.toewijzing.findMany({
        where: { id: { in: [...new Set(regels.map((r) => r.toewijzingId))] } },
        include: { inwoner: { select: { bsn: true } }, aanbieder: { select: { agbCode: true } } },
      })
    ).map((t) => [t.id, t]),
  );
  const maand = maandVan(regels[0]!);
  const begindatum = new Date(`${maand}-01T00:00:00Z`);
  const einddatum = new Date(Date.UTC(begindatum.getUTCFullYear(), begindatum.getUTCMonth() + 1, 0));
  const fouten = controleer323(regels, toewijzingen, { begindatum, einddatum });
  if (fouten.length) throw new Error(fouten.join(" "));
  const eerste = toewijzingen.get(regels[0]!.toewijzingId)!;
  const perBsn = new Map<string, Prestatie[]>();
  for (const r of regels) {
    const t = toewijzingen.get(r.toewijzingId)!;
    const p: Prestatie = {
      referentieNummer: r.nummer.slice(0, 20),
      vorigReferentieNummer: r.creditVan?.nummer.slice(0, 20) ?? null,
      toewijzingNummer: iwmoToewijzingNummer(t.nummer)!,
      categorie: t.iwmoCategorie!,
      code: t.iwmoCode!,
      begindatum: r.periodeStart,
      einddatum: r.periodeEind,
      volume: r.volume,
      eenheid: r.eenheid,
      tariefCent: r.tariefCent,
      bedragCent: r.bedragCent,
      debetCredit: r.creditVan ? "C" : "D",
    };
    perBsn.set(t.inwoner.bsn, [...(perBsn.get(t.inwoner.bsn) ?? []), p]);
  }
  const identificatie = nieuweIdentificatie();
  const header = { afzender: eerste.aanbieder.agbCode, ontvanger: gemeente, identificatie, dagtekening: vandaagInNederland(nu) };
  const xml = bouw323({
    header,
    declaratieNummer: `D${maand.slice(2, 4)}${maand.slice(5, 7)}${identificatie.slice(0, 7)}`,
    begindatum,
    einddatum,
    clienten: [...perBsn].map(([bsn, prestaties]) => ({ bsn, prestaties })),
  });
  const ids = regels.map((r) => r.id).sort();
  return bewaarUitgaand(
    tx,
    {
      soort: "323",
      aanbiederId: eerste.aanbiederId,
      afzender: header.afzender,
      ontvanger: gemeente,
      identificatie,
      dagtekening: header.dagtekening,
      bronSleutel: `323:${eerste.aanbiederId}:${maand}:${hash(ids.join(",")).slice(0, 16)}`,
      xml,
      toewijzingIds: [...toewijzingen.keys()],
      omschrijving: `${maand}, ${regels.length} regel(s)`,
    },
    nu,
  );
}
