import "server-only";
import { bouw301, bouw305, bouw307, type ClientGegevens, type Header, type StartProduct } from "@/domain/iwmo/bouw";
import { iwmoToewijzingNummer } from "@/domain/iwmo/nummer";
import { TERMIJN, uiterlijk305, werkdagenNa } from "@/domain/iwmo/werkdagen";
import { vandaagInNederland } from "@/domain/kalender";
import { inwonerKern } from "../../inwoners/intern";
import { bewaarUitgaand, nieuweIdentificatie, type Tx } from "./opslag";

// The messages the outbox writes about a toewijzing (issue 13): WMO301 (the gemeente's), 305 and
// 307 (the aanbieder's, when it reported in the portal). Which fact needs one is decided in
// ./uitgaand-toewijzing.ts; this module only builds and stores them.

export const toewijzingSelect = {
  id: true,
  nummer: true,
  aanbiederId: true,
  startdatum: true,
  einddatum: true,
  status: true,
  urenPerWeek: true,
  iwmoCategorie: true,
  iwmoCode: true,
  iwmoEenheid: true,
  iwmoFrequentie: true,
  iwmoVolume: true,
  verlengingVanId: true,
  gestartOp: true,
  beeindigdOp: true,
  redenBeeindiging: true,
  ingetrokkenOp: true,
  createdAt: true,
  aanbieder: { select: { agbCode: true } },
  contactpersoon: { select: { naam: true } },
  // The inwoner as every page shows them, and the BSN the message carries.
  inwoner: { select: { ...inwonerKern, bsn: true } },
} as const;

export type T = NonNullable<Awaited<ReturnType<typeof laadToewijzing>>>;
export const laadToewijzing = (tx: Tx, id: string) => tx.toewijzing.findUnique({ where: { id }, select: toewijzingSelect });

function client(t: T): ClientGegevens {
  const i = t.inwoner;
  return {
    bsn: i.bsn,
    geboortedatum: i.geboortedatum,
    naam: { achternaam: i.achternaam, voorvoegsel: i.tussenvoegsel, voornamen: i.voornamen },
  };
}

function omvang(t: T) {
  const volume = t.iwmoVolume ?? t.urenPerWeek;
  if (!t.iwmoEenheid || !t.iwmoFrequentie || volume == null) return null;
  return { volume, eenheid: t.iwmoEenheid, frequentie: t.iwmoFrequentie };
}

function nummer(t: T): number {
  const n = iwmoToewijzingNummer(t.nummer);
  if (n === null) throw new Error(`Toewijzingnummer ${t.nummer} has no iWmo form`);
  return n;
}

/**
 * Item 14: the aanbieder learns the contact person's name through the messages too (004: "Via het
 * berichtenverkeer krijg je de naam van de contactpersoon doorgegeven"), in the 301's Commentaar.
 */
export function commentaar301(contactpersoon: { naam: string } | null): string {
  return contactpersoon
    ? `Contactpersoon van de gemeente: ${contactpersoon.naam}.`
    : "Contactpersoon van de gemeente: nog niet bekend. Neem contact op met het team Werkt Mee van de gemeente.";
}

/** Is this toewijzing one the standard carries? Maatwerk with an iWmo product (oriëntatie is not). */
export const heeftIwmo = (t: Pick<T, "iwmoCategorie">) => Boolean(t.iwmoCategorie);

export type Ctx = { tx: Tx; nu: Date; gemeente: string };

export async function bestaat(tx: Tx, bronSleutel: string) {
  return (await tx.iwmoBericht.count({ where: { bronSleutel } })) > 0;
}

export function kop(afzender: string, ontvanger: string, nu: Date): Header {
  return { afzender, ontvanger, identificatie: nieuweIdentificatie(), dagtekening: vandaagInNederland(nu) };
}

/** One WMO301 for a version of a toewijzing: the first, or after a change (OP033x1). */
export async function maak301(
  { tx, nu, gemeente }: Ctx,
  t: T,
  versie: {
    bronSleutel: string;
    moment: Date;
    einddatum: Date;
    redenWijziging: string | null;
    omschrijving: string;
    referentieAanbieder?: string | null;
    uiterlijkOp?: Date | null;
    antwoordOpId?: string | null;
  },
) {
  const header = kop(gemeente, t.aanbieder.agbCode, nu);
  const i = t.inwoner;
  const xml = bouw301({
    header,
    client: { ...client(t), adres: { straat: i.straat, huisnummer: i.huisnummer, postcode: i.postcode, plaats: i.plaats } },
    producten: [
      {
        toewijzingNummer: nummer(t),
        referentieAanbieder: versie.referentieAanbieder ?? null,
        categorie: t.iwmoCategorie!,
        code: t.iwmoCode,
        toewijzingsmoment: versie.moment,
        ingangsdatum: t.startdatum,
        einddatum: versie.einddatum,
        redenWijziging: versie.redenWijziging,
        omvang: omvang(t),
        commentaar: commentaar301(t.contactpersoon),
      },
    ],
  });
  return bewaarUitgaand(
    tx,
    {
      soort: "301",
      aanbiederId: t.aanbiederId,
      afzender: gemeente,
      ontvanger: t.aanbieder.agbCode,
      identificatie: header.identificatie,
      dagtekening: header.dagtekening,
      bronSleutel: versie.bronSleutel,
      xml,
      toewijzingIds: [t.id],
      omschrijving: `${t.nummer} ${versie.omschrijving}`,
      uiterlijkOp: versie.uiterlijkOp,
      antwoordOpId: versie.antwoordOpId,
    },
    nu,
  );
}

/** The aanbieder's WMO305 for a start reported in the portal. */
/**
 * The aanbieder's start or stop (305/307) of one toewijzing, stored: the header, client and the
 * product's first fields are the same in both; `maak` adds what differs.
 */
async function bewaarStartStop(
  { tx, nu, gemeente }: Ctx,
  t: T,
  soort: "305" | "307",
  begindatum: Date,
  maak: (bericht: { header: Header; client: ClientGegevens; product: StartProduct }) => string,
  omschrijving: string,
  uiterlijkOp: () => Promise<Date | null> | Date | null,
) {
  const header = kop(t.aanbieder.agbCode, gemeente, nu);
  const product: StartProduct = {
    toewijzingNummer: nummer(t),
    categorie: t.iwmoCategorie!,
    code: t.iwmoCode,
    toewijzingIngangsdatum: t.startdatum,
    begindatum,
    statusAanlevering: "1",
  };
  const xml = maak({ header, client: client(t), product });
  return bewaarUitgaand(
    tx,
    {
      soort,
      aanbiederId: t.aanbiederId,
      afzender: t.aanbieder.agbCode,
      ontvanger: gemeente,
      identificatie: header.identificatie,
      dagtekening: header.dagtekening,
      bronSleutel: `${soort}:${t.id}`,
      xml,
      toewijzingIds: [t.id],
      omschrijving,
      uiterlijkOp: await uiterlijkOp(),
    },
    nu,
  );
}

export function maak305(ctx: Ctx, t: T) {
  return bewaarStartStop(
    ctx,
    t,
    "305",
    t.gestartOp!,
    ({ header, client, product }) => bouw305({ header, client, producten: [product] }),
    `${t.nummer} gestart`,
    () => termijn305(ctx.tx, t.id, t.gestartOp!),
  );
}

/** Item 13: the 305's reply time counts from the day the toewijzing's first 301 was sent. */
async function termijn305(tx: Tx, toewijzingId: string, gestartOp: Date) {
  const eerste301 = await tx.iwmoBericht.findFirst({
    where: { bronSleutel: `301:toewijzing:${toewijzingId}` },
    select: { verzondenOp: true },
  });
  return uiterlijk305(gestartOp, eerste301 ? eerste301.verzondenOp && vandaagInNederland(eerste301.verzondenOp) : undefined);
}

/** A 305 made while its 301 waited gets its deadline once that 301 is sent. */
export async function werkTermijnen305Bij(tx: Tx) {
  const wachtend = await tx.iwmoBericht.findMany({
    where: { soort: "305", richting: "UIT", status: "TE_VERZENDEN", bronSleutel: { startsWith: "305:" } },
    select: { id: true, uiterlijkOp: true, bronSleutel: true, toewijzingen: { select: { toewijzing: { select: { gestartOp: true } } } } },
  });
  for (const b of wachtend) {
    const gestartOp = b.toewijzingen[0]?.toewijzing.gestartOp;
    if (!gestartOp) continue;
    const uiterlijkOp = await termijn305(tx, b.bronSleutel!.slice(4), gestartOp);
    if (uiterlijkOp?.getTime() !== b.uiterlijkOp?.getTime()) await tx.iwmoBericht.update({ where: { id: b.id }, data: { uiterlijkOp } });
  }
}

/** The aanbieder's WMO307 for a stop reported in the portal, or for an end by the gemeente. */
export function maak307(ctx: Ctx, t: T, redenCode: string, einddatum: Date) {
  return bewaarStartStop(
    ctx,
    t,
    "307",
    t.gestartOp ?? t.startdatum,
    ({ header, client, product }) => bouw307({ header, client, producten: [{ ...product, redenBeeindiging: redenCode, einddatum }] }),
    `${t.nummer} gestopt`,
    () => werkdagenNa(einddatum, TERMIJN.START_STOP),
  );
}
