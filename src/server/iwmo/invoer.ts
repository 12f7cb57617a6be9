import "server-only";
import { BERICHTNAAM, FREQUENTIE, REDEN_VERZOEK, type Berichtsoort } from "@/domain/iwmo/codes";
import {
  leesBericht,
  soortVan,
  type Gelezen,
  type Gelezen305,
  type Gelezen307,
  type Gelezen315,
  type Gelezen317,
} from "@/domain/iwmo/lees";
import { portaalToewijzingnummer } from "@/domain/iwmo/nummer";
import { controleerBegindatum, controleerEinddatum, controleerStatusAanlevering } from "@/domain/iwmo/regels";
import { TERMIJN, werkdagenNa } from "@/domain/iwmo/werkdagen";
import { vandaagInNederland } from "@/domain/datum";
import { formatDatum } from "@/domain/format";
import { redenBijIwmoCode } from "@/domain/toewijzing/reden-beeindiging";
import { logVerwerking } from "../audit";
import { db, isUniekFout } from "../db";
import { registreerStart, registreerStop } from "../toewijzingen/toewijzingen";
import { gemeentecode } from "./instellingen";
import { hash, type Tx } from "./opslag";
import { verwerk323 } from "./declaratie";
import { beschrijf, valideerXsd } from "./xsd";

// Reading the messages aanbieders send from their own software (issue 13): WMO305/307 (start and
// stop: the same rules and the same state as the portal's own form, src/server/toewijzingen),
// WMO315 (verzoek om toewijzing, kept for the gemeente to answer), WMO317 (verzoek om wijziging →
// a Herindicatieverzoek with bron IWMO) and WMO323 (declaratie). All or nothing per message: the
// schema, the header (ours? a known aanbieder?), duplicates and every rule are checked, and the
// message's changes are written in one transaction that a single error rolls back. Each file is
// its own message: one refused file does not stop the others.

export const MAX_BERICHT_BYTES = 2 * 1024 * 1024;
export const MAX_BESTANDEN = 20;
const INKOMEND: readonly Berichtsoort[] = ["305", "307", "315", "317", "323"];

export type Importeur = {
  gebruikerId: string | null;
  /** An aanbieder's user may only send its own messages. */ aanbiederId: string | null;
};
export type Importresultaat = {
  bestandsnaam: string;
  ok: boolean;
  soort: Berichtsoort | null;
  /** Dutch: what was done, or every reason it was refused. */
  meldingen: string[];
  berichtId?: string;
};

/** A refusal inside the transaction: the message is not stored, its changes rolled back. */
class Weigering extends Error {
  constructor(public meldingen: string[]) {
    super(meldingen.join(" "));
  }
}

type Aanbieder = { id: string; naam: string; agbCode: string };
type Ctx = { tx: Tx; nu: Date; aanbieder: Aanbieder; betrokkenen: Set<string>; toewijzingIds: Set<string> };

async function toewijzingVan(ctx: Ctx, waar: string, nummer: number | null, bsn: string) {
  const portaal = nummer === null ? null : portaalToewijzingnummer(nummer);
  const t = portaal
    ? await ctx.tx.toewijzing.findFirst({
        where: { nummer: portaal, aanbiederId: ctx.aanbieder.id },
        include: { inwoner: { select: { bsn: true } } },
      })
    : null;
  if (!t) throw new Weigering([`${waar}: ToewijzingNummer ${nummer ?? "(leeg)"} is geen toewijzing van ${ctx.aanbieder.naam}.`]);
  if (t.inwoner.bsn !== bsn) throw new Weigering([`${waar}: de Bsn hoort niet bij toewijzing ${t.nummer}.`]);
  ctx.betrokkenen.add(t.inwonerId);
  ctx.toewijzingIds.add(t.id);
  return t;
}

function productKlopt(
  waar: string,
  t: { nummer: string; iwmoCategorie: string | null; iwmoCode: string | null },
  categorie: string | null,
  code: string | null,
) {
  if ((categorie && categorie !== t.iwmoCategorie) || (code && code !== t.iwmoCode)) {
    return `${waar}: Product ${categorie ?? ""}/${code ?? ""} is niet het product van toewijzing ${t.nummer} (${t.iwmoCategorie}/${t.iwmoCode}).`;
  }
  return null;
}

async function verwerkStartStop(ctx: Ctx, g: Gelezen305 | Gelezen307): Promise<string[]> {
  const fouten: string[] = [];
  const gedaan: string[] = [];
  const naam = g.soort === "305" ? "StartProduct" : "StopProduct";
  for (const [n, p] of g.producten.entries()) {
    const waar = `${naam} ${n + 1}`;
    const status = controleerStatusAanlevering(waar, p.statusAanlevering);
    if (status) {
      fouten.push(status);
      continue;
    }
    let t;
    try {
      t = await toewijzingVan(ctx, waar, p.toewijzingNummer, g.bsn);
    } catch (e) {
      if (e instanceof Weigering) {
        fouten.push(...e.meldingen);
        continue;
      }
      throw e;
    }
    const product = productKlopt(waar, t, p.categorie, p.code);
    if (product) fouten.push(product);
    if (p.toewijzingIngangsdatum && p.toewijzingIngangsdatum.getTime() !== t.startdatum.getTime()) {
      fouten.push(
        `${waar}: de ToewijzingIngangsdatum ${formatDatum(p.toewijzingIngangsdatum)} is niet die van toewijzing ${t.nummer} (${formatDatum(t.startdatum)}).`,
      );
    }
    const begin = controleerBegindatum(t.nummer, p.begindatum, t);
    if (begin) fouten.push(`${waar}: ${begin}`);
    if (product || begin || fouten.length) continue;

    if (p.statusAanlevering === "3") {
      // OP033: a delivery withdrawn; a start can no longer be withdrawn once the support has ended.
      if (g.soort === "305") {
        if (t.status === "BEEINDIGD")
          fouten.push(`${waar}: OP033: de ondersteuning van ${t.nummer} is beëindigd; de aanvang kan niet meer worden verwijderd.`);
        else if (t.status !== "GESTART" || t.gestartOp?.getTime() !== p.begindatum.getTime())
          fouten.push(`${waar}: OP033: er is geen start op ${formatDatum(p.begindatum)} van ${t.nummer} om te verwijderen.`);
        else {
          await ctx.tx.toewijzing.update({ where: { id: t.id }, data: { status: "TOEGEWEZEN", gestartOp: null } });
          gedaan.push(`${t.nummer}: start verwijderd`);
        }
      } else {
        const stop = (g as Gelezen307).producten[n]!;
        if (t.status !== "BEEINDIGD" || t.beeindigdOp?.getTime() !== stop.einddatum.getTime())
          fouten.push(`${waar}: OP033: er is geen stop op ${formatDatum(stop.einddatum)} van ${t.nummer} om te verwijderen.`);
        else {
          await ctx.tx.toewijzing.update({ where: { id: t.id }, data: { status: "GESTART", beeindigdOp: null, redenBeeindiging: null } });
          gedaan.push(`${t.nummer}: stop verwijderd`);
        }
      }
      continue;
    }
    if (g.soort === "305") {
      const fout = await registreerStart(ctx.tx, t, p.begindatum, ctx.nu);
      if (fout) fouten.push(`${waar} (${t.nummer}): ${fout.melding}`);
      else gedaan.push(`${t.nummer}: gestart op ${formatDatum(p.begindatum)}`);
    } else {
      const stop = (g as Gelezen307).producten[n]!;
      const reden = redenBijIwmoCode(stop.redenBeeindiging);
      if (!reden) {
        fouten.push(`${waar}: RedenBeeindiging ${stop.redenBeeindiging} kent het portaal niet.`);
        continue;
      }
      const eind = controleerEinddatum(t.nummer, p.begindatum, stop.einddatum, t);
      if (eind) {
        fouten.push(`${waar}: ${eind}`);
        continue;
      }
      if (t.gestartOp && t.gestartOp.getTime() !== p.begindatum.getTime()) {
        fouten.push(
          `${waar}: de Begindatum ${formatDatum(p.begindatum)} is niet de gemelde start van ${t.nummer} (${formatDatum(t.gestartOp)}).`,
        );
        continue;
      }
      // Item 10: the gemeente ended it on a day already past (beëindigd at once, no stop reported)
      // and the aanbieder's software answers that 301 with its 307 on the same day, as the
      // standard asks: the stop is the aanbieder's, with its reason, not a refusal.
      let fout: Awaited<ReturnType<typeof registreerStop>> = null;
      if (t.status === "BEEINDIGD" && !t.redenBeeindiging && t.beeindigdOp?.getTime() === stop.einddatum.getTime()) {
        await ctx.tx.toewijzing.updateMany({
          where: { id: t.id, status: "BEEINDIGD", redenBeeindiging: null },
          data: { redenBeeindiging: reden.key },
        });
      } else fout = await registreerStop(ctx.tx, t, stop.einddatum, reden.key, ctx.nu);
      if (fout) fouten.push(`${waar} (${t.nummer}): ${fout.melding}`);
      else {
        gedaan.push(`${t.nummer}: gestopt op ${formatDatum(stop.einddatum)} (${reden.label.toLowerCase()})`);
        // One 307 per stop: the one the outbox wrote on the aanbieder's behalf (an end by the
        // gemeente) and not yet sent gives way to the aanbieder's own.
        await ctx.tx.iwmoBericht.deleteMany({ where: { bronSleutel: `307:${t.id}`, richting: "UIT", status: "TE_VERZENDEN" } });
      }
    }
  }
  if (fouten.length) throw new Weigering(fouten);
  return gedaan;
}

async function inwonerMetBsn(ctx: Ctx, bsn: string) {
  const i = await ctx.tx.inwoner.findUnique({ where: { bsn }, select: { id: true } });
  if (!i)
    throw new Weigering([
      "Client: de Bsn is geen inwoner die in het portaal is geregistreerd. Registreer de inwoner eerst en lees het bericht daarna opnieuw in.",
    ]);
  ctx.betrokkenen.add(i.id);
  return i;
}

async function portaalProduct(ctx: Ctx, waar: string, categorie: string | null, code: string | null) {
  const p = code ? await ctx.tx.product.findFirst({ where: { iwmoCategorie: categorie ?? undefined, iwmoCode: code } }) : null;
  if (!p) throw new Weigering([`${waar}: Product ${categorie ?? ""}/${code ?? "(geen code)"} is geen product van de gemeente.`]);
  return p;
}

async function verwerk315(ctx: Ctx, g: Gelezen315, berichtId: string): Promise<string[]> {
  const inwoner = await inwonerMetBsn(ctx, g.bsn);
  const fouten: string[] = [];
  const uiterlijk = werkdagenNa(vandaagInNederland(ctx.nu), TERMIJN.ANTWOORD_VERZOEK);
  for (const [n, p] of g.producten.entries()) {
    const waar = `AangevraagdProduct ${n + 1}`;
    try {
      await portaalProduct(ctx, waar, p.categorie, p.code);
    } catch (e) {
      if (e instanceof Weigering) fouten.push(...e.meldingen);
      else throw e;
      continue;
    }
    if (p.einddatum && p.einddatum < p.ingangsdatum)
      fouten.push(`${waar}: OP033: de ToewijzingEinddatum ligt vóór de ToewijzingIngangsdatum.`);
    await ctx.tx.iwmoVerzoek.create({
      data: {
        soort: "315",
        berichtId,
        aanbiederId: ctx.aanbieder.id,
        inwonerId: inwoner.id,
        referentieAanbieder: p.referentieAanbieder,
        productCategorie: p.categorie,
        productCode: p.code,
        ingangsdatum: p.ingangsdatum,
        einddatum: p.einddatum,
        volume: p.omvang?.volume ?? null,
        eenheid: p.omvang?.eenheid ?? null,
        frequentie: p.omvang?.frequentie ?? null,
        commentaar: p.commentaar ?? g.commentaar,
        ontvangenOp: ctx.nu,
        uiterlijkAntwoordOp: uiterlijk,
      },
    });
  }
  if (fouten.length) throw new Weigering(fouten);
  return [
    `${g.producten.length} aangevraagd product(en) wachten op een toewijzing (301) of een antwoord (319), uiterlijk ${formatDatum(uiterlijk)}.`,
  ];
}

async function verwerk317(ctx: Ctx, g: Gelezen317, berichtId: string): Promise<string[]> {
  await inwonerMetBsn(ctx, g.bsn);
  const nummers = [...g.teWijzigen.map((p) => p.toewijzingNummer), ...g.ongewijzigd];
  if (!nummers.length)
    throw new Weigering(["Verzoek: noem ten minste één bestaande toewijzing (OngewijzigdProduct of TeWijzigenProduct)."]);
  const t = await toewijzingVan(ctx, "Verzoek", nummers[0]!, g.bsn);
  for (const n of nummers.slice(1)) await toewijzingVan(ctx, "Verzoek", n, g.bsn);
  const nieuw = g.nieuw[0];
  const wijzig = g.teWijzigen[0];
  const gewenst = nieuw ?? wijzig;
  if (!gewenst) throw new Weigering(["Verzoek: er is niets te wijzigen (geen TeWijzigenProduct of NieuwProduct)."]);
  if (!gewenst.einddatum) throw new Weigering(["Verzoek: de Einddatum ontbreekt; het portaal heeft een gewenste einddatum nodig."]);
  if (gewenst.einddatum < gewenst.gewensteIngangsdatum)
    throw new Weigering(["Verzoek: OP033: de Einddatum ligt vóór de GewensteIngangsdatum."]);
  const productCode = nieuw ? (await portaalProduct(ctx, "NieuwProduct 1", nieuw.categorie, nieuw.code)).code : t.productCode;
  const omvang = gewenst.omvang;
  const uren = omvang && omvang.eenheid === "04" && omvang.frequentie === "2" ? omvang.volume : null;
  const h = await ctx.tx.herindicatieverzoek.create({
    data: {
      toewijzingId: t.id,
      reden: `Verzoek om wijziging (WMO317): ${REDEN_VERZOEK[g.redenVerzoek] ?? `reden ${g.redenVerzoek}`}${omvang ? `; omvang ${omvang.volume} ${FREQUENTIE[omvang.frequentie] ?? ""}` : ""}.`,
      productCode,
      voorgesteldeStart: gewenst.gewensteIngangsdatum,
      voorgesteldeEind: gewenst.einddatum,
      urenPerWeek: uren,
      bron: "IWMO",
      ingediendDoorId: null,
    },
  });
  const uiterlijk = werkdagenNa(vandaagInNederland(ctx.nu), TERMIJN.ANTWOORD_VERZOEK);
  await ctx.tx.iwmoVerzoek.create({
    data: {
      soort: "317",
      berichtId,
      aanbiederId: ctx.aanbieder.id,
      inwonerId: t.inwonerId,
      toewijzingId: t.id,
      herindicatieverzoekId: h.id,
      referentieAanbieder: g.referentieAanbieder,
      productCode,
      ingangsdatum: gewenst.gewensteIngangsdatum,
      einddatum: gewenst.einddatum,
      volume: omvang?.volume ?? null,
      eenheid: omvang?.eenheid ?? null,
      frequentie: omvang?.frequentie ?? null,
      ontvangenOp: ctx.nu,
      uiterlijkAntwoordOp: uiterlijk,
    },
  });
  return [`Herindicatieverzoek voor ${t.nummer} vastgelegd; antwoord (301 of 319) uiterlijk ${formatDatum(uiterlijk)}.`];
}

function lees(soort: Berichtsoort, xml: string): Gelezen {
  return leesBericht(soort, xml);
}

/** Import one file. Never throws for what is in the file: a refusal is a result with reasons. */
export async function importeerBestand(
  bestandsnaam: string,
  inhoud: string | Uint8Array,
  door: Importeur,
  nu: Date = new Date(),
): Promise<Importresultaat> {
  const weiger = async (meldingen: string[], soort: Berichtsoort | null = null): Promise<Importresultaat> => {
    await logVerwerking(
      door.gebruikerId ? { id: door.gebruikerId } : null,
      "iwmo-bericht-inlezen",
      "iwmo:invoer",
      null,
      "geweigerd",
      soort ? `WMO${soort}` : undefined,
    );
    return { bestandsnaam, ok: false, soort, meldingen };
  };
  const grootte = typeof inhoud === "string" ? Buffer.byteLength(inhoud) : inhoud.byteLength;
  if (grootte === 0) return weiger(["Het bestand is leeg."]);
  if (grootte > MAX_BERICHT_BYTES)
    return weiger([`Het bestand is groter dan ${MAX_BERICHT_BYTES / 1024 / 1024} MB; een iWmo-bericht is veel kleiner.`]);
  let xml: string;
  try {
    xml = typeof inhoud === "string" ? inhoud : new TextDecoder("utf-8", { fatal: true }).decode(inhoud);
  } catch {
    return weiger(["Het bestand is geen UTF-8-tekst; een iWmo-bericht is XML in UTF-8."]);
  }
  xml = xml.replace(/^\uFEFF/, "");
  const soort = soortVan(xml);
  if (!soort) return weiger(["Dit is geen iWmo 3.2-bericht: het element Bericht met een iWmo 3.2-namespace ontbreekt."]);
  if (!INKOMEND.includes(soort)) {
    return weiger(
      [
        `Een WMO${soort} (${BERICHTNAAM[soort].toLowerCase()}) stuurt de gemeente zelf; het portaal leest alleen berichten van aanbieders in (305, 307, 315, 317, 323).`,
      ],
      soort,
    );
  }
  const xsd = await valideerXsd(soort, xml);
  if (xsd.length)
    return weiger(
      xsd.slice(0, 10).map((f) => beschrijf(soort, f)),
      soort,
    );
  const g = lees(soort, xml);

  const gemeente = await gemeentecode();
  if (g.header.ontvanger !== gemeente) {
    return weiger(
      [`Header: de Ontvanger ${g.header.ontvanger} is niet onze gemeentecode ${gemeente}; dit bericht is niet voor deze gemeente.`],
      soort,
    );
  }
  const aanbieder = await db.aanbieder.findUnique({
    where: { agbCode: g.header.afzender },
    select: { id: true, naam: true, agbCode: true },
  });
  if (!aanbieder)
    return weiger([`Header: de Afzender ${g.header.afzender} is geen AGB-code van een aanbieder met een contract bij de gemeente.`], soort);
  if (door.aanbiederId && door.aanbiederId !== aanbieder.id) {
    return weiger(
      [`Header: de Afzender ${g.header.afzender} is niet de AGB-code van jouw organisatie; je kunt alleen je eigen berichten inlezen.`],
      soort,
    );
  }
  const inhoudHash = hash(xml);
  const dubbel = await db.iwmoBericht.findFirst({
    where: { OR: [{ inhoudHash }, { afzender: g.header.afzender, identificatie: g.header.identificatie }] },
    select: { aangemaaktOp: true, bestandsnaam: true, inhoudHash: true },
  });
  if (dubbel) {
    return weiger(
      [
        dubbel.inhoudHash === inhoudHash
          ? `Dit bericht is al ingelezen op ${formatDatum(dubbel.aangemaaktOp)} (${dubbel.bestandsnaam}).`
          : `Header: BerichtIdentificatie ${g.header.identificatie} van afzender ${g.header.afzender} is al gebruikt (${dubbel.bestandsnaam}); elk bericht heeft een eigen identificatie.`,
      ],
      soort,
    );
  }

  const betrokkenen = new Set<string>();
  const toewijzingIds = new Set<string>();
  try {
    const r = await db.$transaction(async (tx) => {
      const bericht = await tx.iwmoBericht.create({
        data: {
          soort,
          richting: "IN",
          partij: "AANBIEDER",
          status: "ONTVANGEN",
          aanbiederId: aanbieder.id,
          afzender: g.header.afzender,
          ontvanger: g.header.ontvanger,
          identificatie: g.header.identificatie,
          dagtekening: g.header.dagtekening,
          inhoudHash,
          bestandsnaam: bestandsnaam.replace(/[^\w.-]/g, "_").slice(0, 120) || `WMO${soort}.xml`,
          xml,
          omschrijving: `${BERICHTNAAM[soort]} van ${aanbieder.naam}`,
          aangemaaktOp: nu,
          ontvangenOp: nu,
        },
      });
      const ctx: Ctx = { tx, nu, aanbieder, betrokkenen, toewijzingIds };
      let meldingen: string[];
      if (g.soort === "305" || g.soort === "307") meldingen = await verwerkStartStop(ctx, g);
      else if (g.soort === "315") meldingen = await verwerk315(ctx, g, bericht.id);
      else if (g.soort === "317") meldingen = await verwerk317(ctx, g, bericht.id);
      else if (g.soort === "323") meldingen = await verwerk323(ctx, g, bericht.id, (m) => new Weigering(m));
      else throw new Weigering([`WMO${soort} wordt niet ingelezen.`]);
      if (toewijzingIds.size) {
        await tx.iwmoBerichtToewijzing.createMany({
          data: [...toewijzingIds].map((toewijzingId) => ({ berichtId: bericht.id, toewijzingId })),
        });
      }
      return { id: bericht.id, meldingen };
    });
    for (const b of betrokkenen) {
      await logVerwerking(
        door.gebruikerId ? { id: door.gebruikerId } : null,
        "iwmo-bericht-inlezen",
        "iwmo:invoer",
        b,
        "gelukt",
        `WMO${soort} ${g.header.identificatie}`,
      );
    }
    return { bestandsnaam, ok: true, soort, meldingen: r.meldingen, berichtId: r.id };
  } catch (e) {
    if (e instanceof Weigering) return weiger(e.meldingen, soort);
    if (isUniekFout(e)) return weiger(["Dit bericht is zojuist al ingelezen."], soort);
    throw e;
  }
}

/** Import several files: each on its own, in the order given. */
export async function importeer(
  bestanden: { naam: string; inhoud: string | Uint8Array }[],
  door: Importeur,
  nu?: Date,
): Promise<Importresultaat[]> {
  const uit: Importresultaat[] = [];
  for (const b of bestanden) uit.push(await importeerBestand(b.naam, b.inhoud, door, nu));
  return uit;
}

export type { Ctx as ImportContext };
