import "server-only";
import { BERICHTNAAM, type Berichtsoort } from "@/domain/iwmo/codes";
import { kopVan, leesBericht, type Gelezen } from "@/domain/iwmo/lees";
import { formatDatum } from "@/domain/format";
import { logVerwerking } from "../../audit";
import { db, isUniekFout } from "../../db";
import { log } from "../../log";
import type { ImportContext as Ctx } from "./import-context";
import { Weigering } from "./invoer-gemeen";
import { verwerkStartStop } from "./invoer-start-stop";
import { verwerk315, verwerk317 } from "./invoer-verzoeken";
import { gemeentecode } from "./instellingen";
import { hash } from "./opslag";
import { verwerk323 } from "./declaratie-invoer";
import { beschrijf, valideerXsd } from "./xsd";

// Reading the messages aanbieders send from their own software (issue 13): WMO305/307 (start and
// stop: the same rules and the same state as the portal's own form, src/server/toewijzingen),
// WMO315 (verzoek om toewijzing, kept for the gemeente to answer), WMO317 (verzoek om wijziging →
// a Herindicatieverzoek with bron IWMO) and WMO323 (declaratie). All or nothing per message: the
// schema, the header (ours? a known aanbieder?), duplicates and every rule are checked, and the
// message's changes are written in one transaction that a single error rolls back. Each file is
// its own message: one refused file does not stop the others.
// The steps per kind: ./invoer-start-stop.ts, ./invoer-verzoeken.ts (315/317), ./declaratie-invoer.ts (323).

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
