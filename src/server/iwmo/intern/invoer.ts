import "server-only";
import { BERICHTNAAM, EENHEID, FREQUENTIE, REDEN_VERZOEK, type Berichtsoort } from "@/domain/iwmo/codes";
import { herindicatieBeletsel } from "@/domain/herindicatie/regels";
import { kopVan, leesBericht, type Gelezen, type Gelezen305, type Gelezen307, type Gelezen315, type Gelezen317 } from "@/domain/iwmo/lees";
import { portaalToewijzingnummer } from "@/domain/iwmo/nummer";
import { controleerBegindatum, controleerEinddatum, controleerStatusAanlevering } from "@/domain/iwmo/regels";
import { TERMIJN, werkdagenNa } from "@/domain/iwmo/werkdagen";
import { vandaagInNederland } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import { redenBijIwmoCode } from "@/domain/toewijzing/reden-beeindiging";
import { logVerwerking } from "../../audit";
import { db, isUniekFout } from "../../db";
import { log } from "../../log";
import { registreerStart, registreerStop } from "../../toewijzingen/intern/start-stop";
import type { ImportContext as Ctx } from "./import-context";
import { gemeentecode } from "./instellingen";
import { hash } from "./opslag";
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

const DOCTYPE = "Het bestand bevat een DOCTYPE; een iWmo-bericht heeft die niet. Stuur het bericht zonder DOCTYPE.";
const ONVERWERKT = "Dit bestand is niet verwerkt: er ging aan onze kant iets mis. Er is niets van opgeslagen; lees het later opnieuw in.";

/** A refusal inside the transaction: the message is not stored, its changes rolled back. */
class Weigering extends Error {
  constructor(public meldingen: string[]) {
    super(meldingen.join(" "));
  }
}

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

/**
 * The inwoner of a 315's BSN, or null when none is registered. The answer to the aanbieder is the
 * same either way (issue 21, item 30: the upload must not tell whether a BSN is known); the
 * gemeente sees the unknown BSN in its queue and registers the inwoner first.
 */
async function inwonerMetBsn(ctx: Ctx, bsn: string) {
  const i = await ctx.tx.inwoner.findUnique({ where: { bsn }, select: { id: true } });
  if (i) ctx.betrokkenen.add(i.id);
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
    if (p.einddatum && p.einddatum < p.ingangsdatum) fouten.push(`${waar}: de ToewijzingEinddatum ligt vóór de ToewijzingIngangsdatum.`);
    await ctx.tx.iwmoVerzoek.create({
      data: {
        soort: "315",
        berichtId,
        aanbiederId: ctx.aanbieder.id,
        inwonerId: inwoner?.id ?? null,
        onbekendeBsn: inwoner ? null : g.bsn,
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

type Verzoekregel = {
  soort: "ONGEWIJZIGD" | "TE_WIJZIGEN" | "NIEUW";
  toewijzing: { id: string; nummer: string };
  product: Awaited<ReturnType<typeof portaalProduct>> | null;
  gewenst: Gelezen317["teWijzigen"][number] | Gelezen317["nieuw"][number] | null;
};

/** Hours per week from a requested omvang (eenheid 04 uur, frequentie 2 per week); else null. */
const urenPerWeek = (o: Gelezen317["nieuw"][number]["omvang"]) => (o && o.eenheid === "04" && o.frequentie === "2" ? o.volume : null);

/**
 * A WMO317 (verzoek om wijziging) processed whole (issue 21, item 11). Every product is recorded:
 * an unchanged one as named, a product to change as a herindicatieverzoek on its toewijzing, a new
 * product as a herindicatieverzoek (another product) on a named, running toewijzing of the inwoner
 * that has no request yet. Each request meets the rules of the portal's herindicatie form (one open
 * request, a running toewijzing, the last period, a start after the toewijzing's start, hours for a
 * werkplek op trede); one that fails refuses the whole message with every reason. The verzoek is
 * answered once every request is decided (src/server/iwmo/verzoeken.ts).
 */
async function verwerk317(ctx: Ctx, g: Gelezen317, berichtId: string): Promise<string[]> {
  if (!g.teWijzigen.length && !g.nieuw.length)
    throw new Weigering(["Verzoek: er is niets te wijzigen (geen TeWijzigenProduct of NieuwProduct)."]);
  const fouten: string[] = [];
  const genoemd = new Map<number, Awaited<ReturnType<typeof toewijzingVan>>>();
  const noem = async (waar: string, nummer: number) => {
    if (genoemd.has(nummer)) {
      fouten.push(`${waar}: ToewijzingNummer ${nummer} staat al eerder in dit verzoek.`);
      return null;
    }
    try {
      const t = await toewijzingVan(ctx, waar, nummer, g.bsn);
      genoemd.set(nummer, t);
      return t;
    } catch (e) {
      if (!(e instanceof Weigering)) throw e;
      fouten.push(...e.meldingen);
      return null;
    }
  };
  const beletsel = async (t: { id: string; status: string; einddatum: Date }) => {
    const [verlenging, open] = await Promise.all([
      ctx.tx.toewijzing.findFirst({ where: { verlengingVanId: t.id }, select: { nummer: true } }),
      ctx.tx.herindicatieverzoek.count({ where: { toewijzingId: t.id, status: "INGEDIEND" } }),
    ]);
    return herindicatieBeletsel({
      status: t.status,
      verlenging,
      openVerzoek: open > 0,
      einddatum: t.einddatum,
      vandaag: vandaagInNederland(ctx.nu),
    });
  };
  const datums = (waar: string, t: { nummer: string; startdatum: Date }, p: { gewensteIngangsdatum: Date; einddatum: Date | null }) => {
    if (!p.einddatum) fouten.push(`${waar}: de Einddatum ontbreekt; het portaal heeft een gewenste einddatum nodig.`);
    else if (p.einddatum < p.gewensteIngangsdatum) fouten.push(`${waar}: de Einddatum ligt vóór de GewensteIngangsdatum.`);
    if (p.gewensteIngangsdatum <= t.startdatum)
      fouten.push(`${waar}: het vervolg begint na de start van toewijzing ${t.nummer} (${formatDatum(t.startdatum)}).`);
  };
  const uren = (waar: string, categorie: string, omvang: Gelezen317["nieuw"][number]["omvang"]) => {
    if (categorie === "OP_TREDE" && urenPerWeek(omvang) === null)
      fouten.push(`${waar}: een werkplek op trede heeft een omvang in uren per week (Omvang met Eenheid 04 en Frequentie 2).`);
  };

  const regels: Verzoekregel[] = [];
  for (const [i, nummer] of g.ongewijzigd.entries()) {
    const t = await noem(`OngewijzigdProduct ${i + 1}`, nummer);
    if (t) regels.push({ soort: "ONGEWIJZIGD", toewijzing: t, product: null, gewenst: null });
  }
  const bezet = new Set<string>();
  for (const [i, p] of g.teWijzigen.entries()) {
    const waar = `TeWijzigenProduct ${i + 1}`;
    const t = await noem(waar, p.toewijzingNummer);
    if (!t) continue;
    const reden = await beletsel(t);
    if (reden) fouten.push(`${waar} (${t.nummer}): ${reden}`);
    const product = await ctx.tx.product.findUnique({ where: { code: t.productCode } });
    datums(waar, t, p);
    if (product) uren(waar, product.categorie, p.omvang);
    bezet.add(t.id);
    regels.push({ soort: "TE_WIJZIGEN", toewijzing: t, product, gewenst: p });
  }
  for (const [i, p] of g.nieuw.entries()) {
    const waar = `NieuwProduct ${i + 1}`;
    let product;
    try {
      product = await portaalProduct(ctx, waar, p.categorie, p.code);
    } catch (e) {
      if (!(e instanceof Weigering)) throw e;
      fouten.push(...e.meldingen);
      continue;
    }
    if (product.soort !== "MAATWERK") {
      fouten.push(`${waar}: Product ${p.categorie}/${p.code} is geen maatwerk; een vervolg is een maatwerkproduct.`);
      continue;
    }
    let op = null;
    for (const t of genoemd.values()) if (!bezet.has(t.id) && !(await beletsel(t))) op = op ?? t;
    if (!op) {
      fouten.push(
        `${waar}: het portaal legt een nieuw product vast als vervolg op een lopende toewijzing van deze inwoner zonder open herindicatieverzoek, en die staat niet (meer) in dit verzoek. Vraag het product aan met een WMO315.`,
      );
      continue;
    }
    datums(waar, op, p);
    uren(waar, product.categorie, p.omvang);
    bezet.add(op.id);
    regels.push({ soort: "NIEUW", toewijzing: op, product, gewenst: p });
  }
  if (fouten.length) throw new Weigering(fouten);

  const eerste = regels.find((r) => r.gewenst)!;
  const uiterlijk = werkdagenNa(vandaagInNederland(ctx.nu), TERMIJN.ANTWOORD_VERZOEK);
  const t0 = [...genoemd.values()][0]!;
  const verzoek = await ctx.tx.iwmoVerzoek.create({
    data: {
      soort: "317",
      berichtId,
      aanbiederId: ctx.aanbieder.id,
      inwonerId: t0.inwonerId,
      toewijzingId: eerste.toewijzing.id,
      referentieAanbieder: g.referentieAanbieder,
      productCode: eerste.product?.code ?? null,
      ingangsdatum: eerste.gewenst!.gewensteIngangsdatum,
      einddatum: eerste.gewenst!.einddatum,
      volume: eerste.gewenst!.omvang?.volume ?? null,
      eenheid: eerste.gewenst!.omvang?.eenheid ?? null,
      frequentie: eerste.gewenst!.omvang?.frequentie ?? null,
      ontvangenOp: ctx.nu,
      uiterlijkAntwoordOp: uiterlijk,
    },
  });
  const gedaan: string[] = [];
  let eersteHerindicatie: string | null = null;
  for (const [volgorde, r] of regels.entries()) {
    let herindicatieverzoekId: string | null = null;
    const p = r.gewenst;
    if (p && r.product) {
      const omvang = p.omvang;
      const h = await ctx.tx.herindicatieverzoek.create({
        data: {
          toewijzingId: r.toewijzing.id,
          reden: `Verzoek om wijziging (WMO317 ${g.referentieAanbieder}): ${REDEN_VERZOEK[g.redenVerzoek] ?? `reden ${g.redenVerzoek}`}; ${
            r.soort === "NIEUW" ? `nieuw product ${r.product.korteNaam}` : `wijziging van ${r.toewijzing.nummer}`
          }${omvang ? `; omvang ${omvang.volume} ${EENHEID[omvang.eenheid] ?? ""} ${FREQUENTIE[omvang.frequentie] ?? ""}` : ""}.`,
          productCode: r.product.code,
          voorgesteldeStart: p.gewensteIngangsdatum,
          voorgesteldeEind: p.einddatum!,
          urenPerWeek: r.product.categorie === "OP_TREDE" ? urenPerWeek(omvang) : null,
          bron: "IWMO",
          ingediendDoorId: null,
        },
      });
      herindicatieverzoekId = h.id;
      eersteHerindicatie ??= h.id;
      gedaan.push(`Herindicatieverzoek voor ${r.toewijzing.nummer} vastgelegd (${r.soort === "NIEUW" ? "nieuw product" : "wijziging"}).`);
    }
    await ctx.tx.iwmoVerzoekProduct.create({
      data: {
        verzoekId: verzoek.id,
        soort: r.soort,
        volgorde,
        toewijzingId: r.toewijzing.id,
        productCategorie: r.product?.iwmoCategorie ?? null,
        productCode: r.product?.code ?? null,
        ingangsdatum: p?.gewensteIngangsdatum ?? null,
        einddatum: p?.einddatum ?? null,
        volume: p?.omvang?.volume ?? null,
        eenheid: p?.omvang?.eenheid ?? null,
        frequentie: p?.omvang?.frequentie ?? null,
        herindicatieverzoekId,
      },
    });
  }
  await ctx.tx.iwmoVerzoek.update({ where: { id: verzoek.id }, data: { herindicatieverzoekId: eersteHerindicatie } });
  const ongewijzigd = regels.filter((r) => r.soort === "ONGEWIJZIGD").map((r) => r.toewijzing.nummer);
  return [
    ...gedaan,
    ...(ongewijzigd.length ? [`Ongewijzigd: ${ongewijzigd.join(", ")}.`] : []),
    `Het verzoek wordt als geheel beantwoord (301 of 319), uiterlijk ${formatDatum(uiterlijk)}.`,
  ];
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
  const kop = kopVan(xml);
  if (kop.soort === null && kop.reden === "doctype") return weiger([DOCTYPE]);
  const soort = kop.soort;
  if (!soort)
    return weiger([
      "Dit is geen iWmo 3.2-bericht: het element Bericht met een iWmo 3.2-namespace ontbreekt aan het begin van het bestand.",
    ]);
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

/**
 * Import several files: each on its own, in the order given, and each gets its outcome. A file
 * that fails in an unforeseen way is reported as not processed (its transaction rolled back); the
 * others are still imported and reported, never hidden behind one general error (issue 21, item 29).
 */
export async function importeer(
  bestanden: { naam: string; inhoud: string | Uint8Array }[],
  door: Importeur,
  nu?: Date,
): Promise<Importresultaat[]> {
  const uit: Importresultaat[] = [];
  for (const [i, b] of bestanden.entries()) {
    try {
      uit.push(await importeerBestand(b.naam, b.inhoud, door, nu));
    } catch (e) {
      // The error's class only: its message may quote the file.
      log.error({ bron: "iwmo", bestand: i + 1, fout: e instanceof Error ? e.name : typeof e }, "iwmo-bestand niet verwerkt");
      uit.push({ bestandsnaam: b.naam, ok: false, soort: null, meldingen: [ONVERWERKT] });
    }
  }
  return uit;
}
