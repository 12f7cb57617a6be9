import "server-only";
import { z } from "zod";
import { verzoekUiterlijk } from "@/domain/iwmo/werkdagen";
import { vandaagInNederland } from "@/domain/kalender";
import { idVeld } from "@/domain/id";
import { mag } from "@/domain/permissies";
import { db } from "../db";
import { defineQuery, type DataVan } from "../pipeline";
import { bereik, eigenUitgaand, waarVan, type Bereik } from "./intern/bereik";
import { gemeentecode } from "./intern/instellingen";
import { teVerzenden } from "./intern/uitvoer";

// The reads of the Berichten pages (issue 13, on the front door since issue 22): the gemeente sees
// every aanbieder's messages (iwmo:berichten), an aanbieder only its own (iwmo:berichten-eigen).
// The lists name the toewijzing number, never an inwoner; opening a file (it holds the BSN) is
// logged per inwoner. The use cases are in ./berichtenverkeer.ts.

/** Who may read messages at all: the gemeente (all) or an aanbieder (its own). */
const berichtenToegang = {
  toegang: "ingelogd",
  magGebruiker: (g: Parameters<typeof bereik>[0]) => bereik(g) !== undefined,
} as const;
/** Checked by `magGebruiker` before `laad` runs. */
const bereikVan = (g: Parameters<typeof bereik>[0]): Bereik => bereik(g)!;

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

/** The message log (newest first), for the gemeente or one aanbieder. */
export const berichtenLijst = defineQuery({
  activiteit: "iwmo-berichten-bekijken",
  bron: "/gemeente/berichten",
  ...berichtenToegang,
  schema: z.object({ aanbiederId: idVeld.optional(), toewijzingId: idVeld.optional(), max: z.number().int().min(1).max(200).optional() }),
  laad: ({ gebruiker, invoer }) => {
    const b = bereikVan(gebruiker);
    return db.iwmoBericht.findMany({
      where: {
        ...waarVan(b),
        ...(invoer.aanbiederId && !b.aanbiederId ? { aanbiederId: invoer.aanbiederId } : {}),
        ...(invoer.toewijzingId ? { toewijzingen: { some: { toewijzingId: invoer.toewijzingId } } } : {}),
      },
      orderBy: [{ aangemaaktOp: "desc" }, { id: "desc" }],
      take: invoer.max ?? 200,
      select: lijstSelect,
    });
  },
});

export type BerichtRij = DataVan<typeof berichtenLijst>[number];

export type Termijn = { wat: string; uiterlijk: Date; te_laat: boolean; href?: string };

/**
 * The deadline list (reactietermijnen.md): messages due with their latest day, and verzoeken
 * waiting for the gemeente's answer (5 working days; in onderzoek: 8 weeks after the dagtekening).
 * A read: it writes nothing (issue 22). A start reported a minute ago is on it because its use case
 * made its WMO305 in its own transaction.
 */
export const berichtTermijnen = defineQuery({
  activiteit: "iwmo-termijnen-bekijken",
  bron: "/gemeente/berichten",
  ...berichtenToegang,
  schema: z.object({}),
  async laad({ gebruiker, nu }): Promise<Termijn[]> {
    const b = bereikVan(gebruiker);
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
        const uiterlijk = verzoekUiterlijk({ ...v, dagtekening: v.bericht.dagtekening });
        return {
          wat: `Antwoord op WMO${v.soort} ${v.referentieAanbieder} van ${v.bericht.aanbieder.naam}${v.status === "IN_ONDERZOEK" ? " (in onderzoek)" : ""}: toewijzing (301) of antwoord (319)`,
          uiterlijk,
          te_laat: uiterlijk < vandaag,
        };
      }),
    ];
    return lijst.sort((a, c) => a.uiterlijk.getTime() - c.uiterlijk.getTime());
  },
});

/**
 * Verzoeken (315/317) waiting for the gemeente, with what the aanbieder asked. A 315 for a BSN
 * that is no registered inwoner shows that BSN to the gemeente (never to the aanbieder: item 30),
 * so it can register the inwoner; each such read is logged without a pseudonym (there is none
 * yet), with the message's identification as its note.
 */
export const openVerzoeken = defineQuery({
  activiteit: "iwmo-verzoek-bekijken",
  bron: "/gemeente/berichten",
  ...berichtenToegang,
  schema: z.object({}),
  async laad({ gebruiker }) {
    const b = bereikVan(gebruiker);
    const lijst = await db.iwmoVerzoek.findMany({
      where: { ...waarVan(b), status: { in: ["OPEN", "IN_ONDERZOEK"] } },
      orderBy: { uiterlijkAntwoordOp: "asc" },
      include: { bericht: { select: { bestandsnaam: true, identificatie: true, aanbieder: { select: { naam: true } } } } },
    });
    return lijst.map((v) => ({ ...v, onbekendeBsn: b.aanbiederId ? null : v.onbekendeBsn }));
  },
  betrokkenen: (lijst) =>
    lijst
      .filter((v) => v.onbekendeBsn)
      .map((v) => ({ betrokkene: null, toelichting: `WMO${v.soort} ${v.bericht.identificatie}, onbekende Bsn` })),
});

/**
 * One message's file, scoped; every inwoner it names is logged as read, with the message's
 * identification as the note; a BSN that is no registered inwoner is logged on the message.
 */
export const berichtBestand = defineQuery({
  activiteit: "iwmo-bericht-bekijken",
  bron: "/gemeente/berichten",
  ...berichtenToegang,
  schema: z.object({ id: idVeld }),
  nietGevonden: "Dit bericht bestaat niet of je hebt er geen toegang toe.",
  async laad({ gebruiker, invoer: { id } }) {
    const b = bereikVan(gebruiker);
    const m = await db.iwmoBericht.findFirst({
      where: { id, ...waarVan(b) },
      include: { toewijzingen: { select: { toewijzing: { select: { inwonerId: true } } } } },
    });
    if (!m) return null;
    const inwoners = new Set(m.toewijzingen.map((t) => t.toewijzing.inwonerId));
    let onbekendeBsn = false;
    for (const v of await db.iwmoVerzoek.findMany({ where: { berichtId: m.id }, select: { inwonerId: true } })) {
      if (v.inwonerId) inwoners.add(v.inwonerId);
      else onbekendeBsn = true;
    }
    return { bestandsnaam: m.bestandsnaam, xml: m.xml, naam: `WMO${m.soort} ${m.identificatie}`, inwoners: [...inwoners], onbekendeBsn };
  },
  betrokkenen: (m) => [
    ...m.inwoners.map((i) => ({ betrokkene: i, toelichting: m.naam })),
    ...(m.onbekendeBsn ? [{ betrokkene: null, toelichting: `${m.naam}, onbekende Bsn` }] : []),
  ],
});

/** The aanbieders with their AGB code (the log filter, the settings page), for whoever may see messages. */
export const aanbiedersMetAgb = defineQuery({
  activiteit: "iwmo-aanbieders-bekijken",
  bron: "/gemeente/berichten",
  toegang: "ingelogd",
  wie: "gemeente",
  magGebruiker: (g) => mag(g.rol, "iwmo:berichten") || mag(g.rol, "iwmo:instellen"),
  schema: z.object({}),
  laad: () => db.aanbieder.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true, agbCode: true } }),
});

/** The gemeente's code (Header Afzender/Ontvanger), for the Berichten page and the settings page. */
export const gemeentecodeInstelling = defineQuery({
  activiteit: "iwmo-gemeentecode-bekijken",
  bron: "/gemeente/berichten",
  toegang: "ingelogd",
  wie: "gemeente",
  magGebruiker: (g) => mag(g.rol, "iwmo:berichten") || mag(g.rol, "iwmo:instellen"),
  schema: z.object({}),
  laad: () => gemeentecode(),
});

/** The caller's own organisation's name and AGB code (aanbieder side). */
export const eigenAanbieder = defineQuery({
  activiteit: "iwmo-eigen-aanbieder-bekijken",
  bron: "/aanbieder/berichten",
  toegang: "iwmo:berichten-eigen",
  wie: "aanbieder",
  schema: z.object({}),
  laad: ({ gebruiker }) => db.aanbieder.findUnique({ where: { id: gebruiker.aanbiederId }, select: { naam: true, agbCode: true } }),
});

/** How many messages are ready to download for the caller (a read: it makes none). */
export const aantalTeVerzenden = defineQuery({
  activiteit: "iwmo-te-verzenden-tellen",
  bron: "/gemeente/berichten",
  ...berichtenToegang,
  schema: z.object({}),
  laad: ({ gebruiker }) => db.iwmoBericht.count({ where: { status: "TE_VERZENDEN", ...eigenUitgaand(bereikVan(gebruiker)) } }),
});
