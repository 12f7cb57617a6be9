import "server-only";
import { z } from "zod";
import { antwoordSchema, gemeentecodeSchema, uploadSchema } from "@/domain/iwmo/invoer";
import { ONDERZOEK_WEKEN } from "@/domain/iwmo/werkdagen";
import { addDays, vandaagInNederland } from "@/domain/kalender";
import { isId } from "@/domain/id";
import { mag } from "@/domain/permissies";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { db } from "../db";
import { defineUseCase, formFout, gelukt } from "../pipeline";
import { gemeentecode } from "./instellingen";
import { importeer, MAX_BERICHT_BYTES } from "./invoer";
import { maak319 } from "./intern/uitgaand-verzoeken";
import { markeerVerzonden, teVerzenden, werkBijVoorVerzenden, zipVan, type UitvoerFilter } from "./uitvoer";
import { herindicatiesVan } from "./verzoeken";

// The Berichten pages (issue 13): the gemeente sees every aanbieder's messages
// (iwmo:berichten), an aanbieder only its own (iwmo:berichten-eigen). The lists name the
// toewijzing number, never an inwoner; opening a file (it holds the BSN) is logged per inwoner.

/** Whose messages the caller may see: all (null), one aanbieder's, or none (undefined). */
export function bereik(g: Ingelogd | null): { aanbiederId: string | null } | undefined {
  if (!g) return undefined;
  if (mag(g.rol, "iwmo:berichten")) return { aanbiederId: null };
  if (mag(g.rol, "iwmo:berichten-eigen") && g.aanbiederId) return { aanbiederId: g.aanbiederId };
  return undefined;
}
const waarVan = (b: { aanbiederId: string | null }) => (b.aanbiederId ? { aanbiederId: b.aanbiederId } : {});
/**
 * The caller's own outgoing messages: the gemeente's (301, 319) or one aanbieder's (305, 307, 323,
 * recorded when it reported in the portal). Each side downloads and marks only these (issue 21,
 * item 17): the gemeente's download no longer takes an aanbieder's messages and marks them sent.
 */
const eigenUitgaand = (b: { aanbiederId: string | null }): UitvoerFilter =>
  b.aanbiederId ? { aanbiederId: b.aanbiederId, partij: "AANBIEDER" } : { partij: "GEMEENTE" };

const lijstSelect = {
  id: true,
  soort: true,
  richting: true,
  partij: true,
  status: true,
  bestandsnaam: true,
  omschrijving: true,
  aangemaaktOp: true,
  verzondenOp: true,
  ontvangenOp: true,
  uiterlijkOp: true,
  aanbieder: { select: { naam: true } },
  toewijzingen: { select: { toewijzing: { select: { id: true, nummer: true } } } },
} as const;

export type BerichtRij = Awaited<ReturnType<typeof berichtenLijst>>[number];

/** The message log (newest first), for the gemeente or one aanbieder. */
export async function berichtenLijst(g: Ingelogd | null, opties: { aanbiederId?: string; toewijzingId?: string; max?: number } = {}) {
  const b = bereik(g);
  if (!b) return [];
  return db.iwmoBericht.findMany({
    where: {
      ...waarVan(b),
      ...(opties.aanbiederId && !b.aanbiederId ? { aanbiederId: opties.aanbiederId } : {}),
      ...(opties.toewijzingId ? { toewijzingen: { some: { toewijzingId: opties.toewijzingId } } } : {}),
    },
    orderBy: [{ aangemaaktOp: "desc" }, { id: "desc" }],
    take: opties.max ?? 200,
    select: lijstSelect,
  });
}

export type Termijn = { wat: string; uiterlijk: Date; te_laat: boolean; href?: string };

/**
 * The deadline list (reactietermijnen.md): messages due with their latest day, and verzoeken
 * waiting for the gemeente's answer (5 working days; in onderzoek: 8 weeks after the dagtekening).
 * A read: it writes nothing (issue 22). A start reported a minute ago is on it because its use case
 * made its WMO305 in its own transaction.
 */
export async function berichtTermijnen(g: Ingelogd | null, nu = new Date()): Promise<Termijn[]> {
  const b = bereik(g);
  if (!b) return [];
  const vandaag = vandaagInNederland(nu);
  const berichten = await teVerzenden(eigenUitgaand(b));
  const verzoeken = await db.iwmoVerzoek.findMany({
    where: { ...waarVan(b), status: { in: ["OPEN", "IN_ONDERZOEK"] } },
    include: { bericht: { select: { dagtekening: true, aanbieder: { select: { naam: true } } } } },
  });
  const lijst: Termijn[] = [
    ...berichten.map((m) => ({
      wat: `WMO${m.soort} te verzenden: ${m.omschrijving}`,
      uiterlijk: m.uiterlijkOp ?? vandaag,
      te_laat: Boolean(m.uiterlijkOp && m.uiterlijkOp < vandaag),
    })),
    ...verzoeken.map((v) => {
      const uiterlijk = v.status === "IN_ONDERZOEK" ? addDays(v.bericht.dagtekening, ONDERZOEK_WEKEN * 7) : v.uiterlijkAntwoordOp;
      return {
        wat: `Antwoord op WMO${v.soort} ${v.referentieAanbieder} van ${v.bericht.aanbieder.naam}${v.status === "IN_ONDERZOEK" ? " (in onderzoek)" : ""}: toewijzing (301) of antwoord (319)`,
        uiterlijk,
        te_laat: uiterlijk < vandaag,
      };
    }),
  ];
  return lijst.sort((a, c) => a.uiterlijk.getTime() - c.uiterlijk.getTime());
}

/**
 * Verzoeken (315/317) waiting for the gemeente, with what the aanbieder asked. A 315 for a BSN
 * that is no registered inwoner shows that BSN to the gemeente (never to the aanbieder: item 30),
 * so it can register the inwoner; each such read is logged (without a pseudonym: there is none yet).
 */
export async function openVerzoeken(g: Ingelogd | null) {
  const b = bereik(g);
  if (!b) return [];
  const lijst = await db.iwmoVerzoek.findMany({
    where: { ...waarVan(b), status: { in: ["OPEN", "IN_ONDERZOEK"] } },
    orderBy: { uiterlijkAntwoordOp: "asc" },
    include: { bericht: { select: { bestandsnaam: true, identificatie: true, aanbieder: { select: { naam: true } } } } },
  });
  const zichtbaar = lijst.map((v) => ({ ...v, onbekendeBsn: b.aanbiederId ? null : v.onbekendeBsn }));
  for (const v of zichtbaar.filter((x) => x.onbekendeBsn)) {
    await logVerwerking(
      g,
      "iwmo-verzoek-bekijken",
      "/gemeente/berichten",
      null,
      "gelukt",
      `WMO${v.soort} ${v.bericht.identificatie}, onbekende Bsn`,
    );
  }
  return zichtbaar;
}

/** One message's file, scoped; every inwoner it names is logged as read. */
export async function berichtBestand(g: Ingelogd | null, id: string, bron: string) {
  const b = bereik(g);
  if (!b || !isId(id)) return null;
  const m = await db.iwmoBericht.findFirst({
    where: { id, ...waarVan(b) },
    include: { toewijzingen: { select: { toewijzing: { select: { inwonerId: true } } } } },
  });
  if (!m) return null;
  const inwoners = new Set(m.toewijzingen.map((t) => t.toewijzing.inwonerId));
  let onbekend = false;
  for (const v of await db.iwmoVerzoek.findMany({ where: { berichtId: m.id }, select: { inwonerId: true } })) {
    if (v.inwonerId) inwoners.add(v.inwonerId);
    else onbekend = true;
  }
  for (const i of inwoners) await logVerwerking(g, "iwmo-bericht-bekijken", bron, i, "gelukt", `WMO${m.soort} ${m.identificatie}`);
  // A BSN that is no registered inwoner has no pseudonym: the read is logged on the message.
  if (onbekend) await logVerwerking(g, "iwmo-bericht-bekijken", bron, null, "gelukt", `WMO${m.soort} ${m.identificatie}, onbekende Bsn`);
  return { bestandsnaam: m.bestandsnaam, xml: m.xml };
}

const bronVan = (g: Ingelogd) => (g.aanbiederId ? "/aanbieder/berichten" : "/gemeente/berichten");

/** Upload of several files at once: each file its own result (ok, or refused with reasons). */
export const leesBerichtenIn = defineUseCase({
  activiteit: "iwmo-berichten-uploaden",
  bron: "/gemeente/berichten#inlezen",
  schema: uploadSchema,
  toegang: "ingelogd",
  magGebruiker: (g) => bereik(g) !== undefined,
  async uitvoeren({ invoer: { bestanden }, gebruiker: g, nu, audit }) {
    const b = bereik(g)!;
    const groot = bestanden.filter((f) => f.size > MAX_BERICHT_BYTES);
    const klein = bestanden.filter((f) => f.size <= MAX_BERICHT_BYTES);
    const inhoud = await Promise.all(
      klein.map(async (f) => ({ naam: f.name || "bericht.xml", inhoud: new Uint8Array(await f.arrayBuffer()) })),
    );
    const resultaten = [
      ...(await importeer(inhoud, { gebruikerId: g.id, aanbiederId: b.aanbiederId }, nu)),
      ...groot.map((f) => ({
        bestandsnaam: f.name,
        ok: false,
        soort: null,
        meldingen: [`Het bestand is groter dan ${MAX_BERICHT_BYTES / 1024 / 1024} MB; een iWmo-bericht is veel kleiner.`],
      })),
    ];
    const gelukt_ = resultaten.filter((r) => r.ok).length;
    audit.toelichting = `${gelukt_} van ${resultaten.length} ingelezen (${bronVan(g)})`;
    return gelukt({
      melding:
        gelukt_ === resultaten.length
          ? `${gelukt_} ${gelukt_ === 1 ? "bericht" : "berichten"} ingelezen.`
          : `${gelukt_} van ${resultaten.length} bestanden ingelezen; ${resultaten.length - gelukt_} geweigerd. Zie de redenen per bestand.`,
      resultaten: resultaten.map((r) => ({
        bestandsnaam: r.bestandsnaam,
        ok: r.ok,
        soort: r.soort as string | null,
        meldingen: r.meldingen,
      })),
    });
  },
});

/** The gemeente answers a 315/317 with a WMO319: afgewezen (with a WJ759 reason) or in onderzoek. */
export const beantwoordVerzoek = defineUseCase({
  activiteit: "iwmo-verzoek-beantwoorden",
  bron: "/gemeente/berichten#verzoeken",
  schema: antwoordSchema,
  toegang: "iwmo:berichten",
  laad: ({ invoer }) => db.iwmoVerzoek.findFirst({ where: { id: invoer.id, status: { in: ["OPEN", "IN_ONDERZOEK"] } } }),
  nietGevonden: "Dit verzoek bestaat niet of is al beantwoord.",
  async uitvoeren({ invoer: { antwoord, reden }, doel: v, nu, audit }) {
    audit.betrokkene = v.inwonerId;
    if (antwoord === "2" && v.status === "IN_ONDERZOEK")
      return formFout("Dit verzoek is al in onderzoek. Wijs het af, of geef een toewijzing af.");
    const gemeente = await gemeentecode();
    // A 317 is answered whole: no 319 afgewezen once one of its follow-ups was issued (item 11).
    const toegekend = (await herindicatiesVan(db, v)).filter((h) => h.nieuweToewijzing?.aanbiederId === v.aanbiederId);
    if (antwoord === "1" && toegekend.length)
      return formFout("Op dit verzoek is al een vervolg toegewezen; het wordt met die toewijzing (WMO301) beantwoord, niet afgewezen.");
    await db.$transaction(async (tx) => {
      await tx.iwmoVerzoek.update({
        where: { id: v.id },
        data: antwoord === "1" ? { status: "AFGEWEZEN", redenAfwijzing: reden!, beantwoordOp: nu } : { status: "IN_ONDERZOEK" },
      });
      if (antwoord === "1") {
        await tx.herindicatieverzoek.updateMany({
          where: { id: { in: (await herindicatiesVan(tx, v)).map((h) => h.id) }, status: "INGEDIEND" },
          data: { status: "BEEINDIGEN", besluitOp: nu, besluitToelichting: "Verzoek om wijziging afgewezen (WMO319)." },
        });
      }
      await maak319({ tx, nu, gemeente }, v, antwoord, antwoord === "1" ? reden! : null);
    });
    audit.toelichting = `WMO${v.soort} ${v.referentieAanbieder}: ${antwoord === "1" ? "afgewezen" : "in onderzoek"}`;
    return gelukt({
      melding:
        antwoord === "1"
          ? "Het verzoek is afgewezen; de WMO319 staat klaar om te verzenden."
          : "Het verzoek is in onderzoek genomen; de WMO319 staat klaar om te verzenden.",
    });
  },
});

export const zetGemeentecode = defineUseCase({
  activiteit: "iwmo-gemeentecode-wijzigen",
  bron: "/gemeente/beheer/berichtenverkeer",
  schema: gemeentecodeSchema,
  toegang: "iwmo:instellen",
  async uitvoeren({ invoer: { gemeentecode: code }, audit }) {
    await db.iwmoInstelling.upsert({
      where: { sleutel: "gemeentecode" },
      create: { sleutel: "gemeentecode", waarde: code },
      update: { waarde: code },
    });
    audit.toelichting = `gemeentecode ${code}`;
    return gelukt({ melding: `De gemeentecode is ${code}.` });
  },
});

/**
 * The download of what is due, as one zip (one XML file per message), marking them sent. A
 * mutating route handler, so a use case: each side downloads only its own outgoing messages.
 */
export const downloadTeVerzenden = defineUseCase({
  activiteit: "iwmo-berichten-downloaden",
  bron: "/gemeente/berichten/download",
  schema: z.object({}),
  toegang: "ingelogd",
  magGebruiker: (g) => bereik(g) !== undefined,
  async uitvoeren({ gebruiker: g, nu, audit }) {
    const b = bereik(g)!;
    const filter = eigenUitgaand(b);
    await werkBijVoorVerzenden(nu);
    const berichten = await teVerzenden(filter);
    if (!berichten.length) return formFout("Er zijn geen berichten te verzenden.");
    const verzonden = new Set(
      await markeerVerzonden(
        berichten.map((m) => m.id),
        nu,
        filter,
      ),
    );
    const mee = berichten.filter((m) => verzonden.has(m.id));
    if (!mee.length) return formFout("Er zijn geen berichten te verzenden.");
    const inwoners = await db.iwmoBerichtToewijzing.findMany({
      where: { berichtId: { in: mee.map((m) => m.id) } },
      select: { toewijzing: { select: { inwonerId: true } } },
    });
    for (const i of new Set(inwoners.map((r) => r.toewijzing.inwonerId))) {
      await logVerwerking(g, "iwmo-bericht-bekijken", bronVan(g), i, "gelukt", "download te verzenden");
    }
    audit.toelichting = `${mee.length} bericht(en) gedownload`;
    return gelukt({ melding: `${mee.length} bericht(en)`, zip: zipVan(mee), aantal: mee.length });
  },
});

/** The aanbieders with their AGB code (the log filter, the settings page), for whoever may see messages. */
export async function aanbiedersMetAgb(g: Ingelogd | null) {
  if (!g || !(mag(g.rol, "iwmo:berichten") || mag(g.rol, "iwmo:instellen"))) return [];
  return db.aanbieder.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true, agbCode: true } });
}

/** The caller's own organisation's name and AGB code (aanbieder side). */
export async function eigenAanbieder(g: Ingelogd | null) {
  const b = bereik(g);
  if (!b?.aanbiederId) return null;
  return db.aanbieder.findUnique({ where: { id: b.aanbiederId }, select: { naam: true, agbCode: true } });
}

/** How many messages are ready to download for the caller (a read: it makes none). */
export async function aantalTeVerzenden(g: Ingelogd | null): Promise<number> {
  const b = bereik(g);
  if (!b) return 0;
  return db.iwmoBericht.count({ where: { status: "TE_VERZENDEN", ...eigenUitgaand(b) } });
}
