import "server-only";
import { REDEN_WIJZIGING, redenBeeindigingBijWijziging, type Berichtsoort } from "@/domain/iwmo/codes";
import { bouw301, bouw305, bouw307, bouw319, type ClientGegevens, type Header } from "@/domain/iwmo/bouw";
import { iwmoToewijzingNummer } from "@/domain/iwmo/nummer";
import { TERMIJN, uiterlijk305, werkdagenNa } from "@/domain/iwmo/werkdagen";
import { vandaagInNederland } from "@/domain/kalender";
import { REDENEN_BEEINDIGING } from "@/domain/toewijzing/reden-beeindiging";
import { leesBericht } from "@/domain/iwmo/lees";
import { db, isUniekFout } from "../db";
import { log } from "../log";
import { maak323, splitsRegels, type DeclaratieregelIwmo } from "./declaratie";
import { gemeentecode } from "./instellingen";
import { bewaarUitgaand, nieuweIdentificatie, OngeldigBericht, type Tx } from "./opslag";
import { koppelOnbekendeBsn, uitkomst317, verzoekVanAntwoord } from "./verzoeken";

// The outbox (issue 13): every fact in the portal that the standard says must travel as a message
// gets exactly one, made here from the portal's own state. A use case does not have to know about
// messages: issuing a toewijzing, a verlenging, a ToewijzingWijziging, a herindicatie decision or a
// start/stop reported in the portal is picked up the next time the outbox is brought up to date
// (the Berichten page, the download, `npm run iwmo -- uitvoer`). `bronSleutel` (unique) makes it
// idempotent: running it twice, or in two processes at once, makes one message per fact.
// docs/decisions/0020 says why, and what the aanbieder-side messages (305/307/323) mean here.

const toewijzingSelect = {
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
  inwoner: {
    select: {
      id: true,
      bsn: true,
      voornamen: true,
      tussenvoegsel: true,
      achternaam: true,
      geboortedatum: true,
      straat: true,
      huisnummer: true,
      postcode: true,
      plaats: true,
    },
  },
} as const;

type T = NonNullable<Awaited<ReturnType<typeof laadToewijzing>>>;
const laadToewijzing = (tx: Tx, id: string) => tx.toewijzing.findUnique({ where: { id }, select: toewijzingSelect });

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
const heeftIwmo = (t: Pick<T, "iwmoCategorie">) => Boolean(t.iwmoCategorie);

type Ctx = { tx: Tx; nu: Date; gemeente: string };

async function bestaat(tx: Tx, bronSleutel: string) {
  return (await tx.iwmoBericht.count({ where: { bronSleutel } })) > 0;
}

function kop(afzender: string, ontvanger: string, nu: Date): Header {
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
async function maak305({ tx, nu, gemeente }: Ctx, t: T) {
  const header = kop(t.aanbieder.agbCode, gemeente, nu);
  const xml = bouw305({
    header,
    client: client(t),
    producten: [
      {
        toewijzingNummer: nummer(t),
        categorie: t.iwmoCategorie!,
        code: t.iwmoCode,
        toewijzingIngangsdatum: t.startdatum,
        begindatum: t.gestartOp!,
        statusAanlevering: "1",
      },
    ],
  });
  return bewaarUitgaand(
    tx,
    {
      soort: "305",
      aanbiederId: t.aanbiederId,
      afzender: t.aanbieder.agbCode,
      ontvanger: gemeente,
      identificatie: header.identificatie,
      dagtekening: header.dagtekening,
      bronSleutel: `305:${t.id}`,
      xml,
      toewijzingIds: [t.id],
      omschrijving: `${t.nummer} gestart`,
      uiterlijkOp: await termijn305(tx, t.id, t.gestartOp!),
    },
    nu,
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
async function werkTermijnen305Bij(tx: Tx) {
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
async function maak307({ tx, nu, gemeente }: Ctx, t: T, redenCode: string, einddatum: Date) {
  const header = kop(t.aanbieder.agbCode, gemeente, nu);
  const xml = bouw307({
    header,
    client: client(t),
    producten: [
      {
        toewijzingNummer: nummer(t),
        categorie: t.iwmoCategorie!,
        code: t.iwmoCode,
        toewijzingIngangsdatum: t.startdatum,
        begindatum: t.gestartOp ?? t.startdatum,
        redenBeeindiging: redenCode,
        einddatum,
        statusAanlevering: "1",
      },
    ],
  });
  return bewaarUitgaand(
    tx,
    {
      soort: "307",
      aanbiederId: t.aanbiederId,
      afzender: t.aanbieder.agbCode,
      ontvanger: gemeente,
      identificatie: header.identificatie,
      dagtekening: header.dagtekening,
      bronSleutel: `307:${t.id}`,
      xml,
      toewijzingIds: [t.id],
      omschrijving: `${t.nummer} gestopt`,
      uiterlijkOp: werkdagenNa(einddatum, TERMIJN.START_STOP),
    },
    nu,
  );
}

/** The gemeente's WMO319 on a verzoek: afgewezen (1, with a WJ759 reason) or in onderzoek (2). */
export async function maak319(
  { tx, nu, gemeente }: Ctx,
  verzoek: { id: string; soort: string; aanbiederId: string; referentieAanbieder: string; berichtId: string; uiterlijkAntwoordOp: Date },
  antwoord: "1" | "2",
  redenAfwijzing: string | null,
) {
  const aanbieder = await tx.aanbieder.findUniqueOrThrow({ where: { id: verzoek.aanbiederId }, select: { agbCode: true } });
  const header = kop(gemeente, aanbieder.agbCode, nu);
  const xml = bouw319({ header, referentieAanbieder: verzoek.referentieAanbieder, verzoekAntwoord: antwoord, redenAfwijzing });
  const toewijzingIds = (
    await tx.iwmoBerichtToewijzing.findMany({ where: { berichtId: verzoek.berichtId }, select: { toewijzingId: true } })
  ).map((r) => r.toewijzingId);
  return bewaarUitgaand(
    tx,
    {
      soort: "319",
      aanbiederId: verzoek.aanbiederId,
      afzender: gemeente,
      ontvanger: aanbieder.agbCode,
      identificatie: header.identificatie,
      dagtekening: header.dagtekening,
      bronSleutel: `319:${verzoek.id}:${antwoord}`,
      xml,
      toewijzingIds,
      omschrijving: `WMO${verzoek.soort} ${verzoek.referentieAanbieder} ${antwoord === "1" ? "afgewezen" : "in onderzoek"}`,
      uiterlijkOp: verzoek.uiterlijkAntwoordOp,
      antwoordOpId: verzoek.berichtId,
    },
    nu,
  );
}

/** Verzoeken answered by the portal's own decisions: a new toewijzing (301) or a herindicatie refused (319). */
async function koppelVerzoeken(ctx: Ctx) {
  const { tx, nu } = ctx;
  await koppelOnbekendeBsn(tx);
  const open = await tx.iwmoVerzoek.findMany({ where: { status: { in: ["OPEN", "IN_ONDERZOEK"] } } });
  for (const v of open) {
    if (v.soort === "317") {
      // The whole VOW at once (src/server/iwmo/verzoeken.ts, issue 21 item 11).
      const u = await uitkomst317(tx, v);
      if (u.soort === "afgewezen") {
        await tx.iwmoVerzoek.update({ where: { id: v.id }, data: { status: "AFGEWEZEN", redenAfwijzing: "7", beantwoordOp: nu } });
        await maak319(ctx, v, "1", "7");
      } else if (u.soort === "toegewezen") {
        await tx.iwmoVerzoek.update({
          where: { id: v.id },
          data: { status: "TOEGEWEZEN", antwoordToewijzingId: u.toewijzingIds[0], beantwoordOp: nu },
        });
      }
    } else if (v.soort === "315" && v.inwonerId) {
      const t = await tx.toewijzing.findFirst({
        where: {
          inwonerId: v.inwonerId,
          aanbiederId: v.aanbiederId,
          iwmoCode: v.productCode ?? undefined,
          createdAt: { gte: v.ontvangenOp },
          status: { not: "INGETROKKEN" },
        },
        orderBy: { createdAt: "asc" },
      });
      if (t && !(await tx.iwmoVerzoek.count({ where: { antwoordToewijzingId: t.id } }))) {
        await tx.iwmoVerzoek.update({ where: { id: v.id }, data: { status: "TOEGEWEZEN", antwoordToewijzingId: t.id, beantwoordOp: nu } });
      }
    }
  }
}

/**
 * Bring the outbox up to date with the portal's state. Returns the number of new messages.
 * Each fact is handled in its own transaction: one that cannot be written (a bug) is logged by
 * the caller and does not stop the others.
 */
export async function werkUitgaandBij(nu: Date = new Date()): Promise<{ nieuw: number; fouten: string[] }> {
  const gemeente = await gemeentecode();
  let nieuw = 0;
  const fouten: string[] = [];
  const stap = async (naam: string, f: (ctx: Ctx) => Promise<unknown>) => {
    // A busy database (another process writing) is tried again; a message that does not validate is not.
    for (let poging = 1; ; poging++) {
      try {
        const r = await db.$transaction((tx) => f({ tx, nu, gemeente }));
        if (r) nieuw++;
        return;
      } catch (e) {
        if (poging < 3 && !(e instanceof OngeldigBericht) && !isUniekFout(e)) {
          await new Promise((klaar) => setTimeout(klaar, 100 * poging));
          continue;
        }
        if (!isUniekFout(e)) fouten.push(`${naam}: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
    }
  };

  await stap("verzoeken", async (ctx) => {
    await koppelVerzoeken(ctx);
    return null;
  });

  const toewijzingen = await db.toewijzing.findMany({
    where: { iwmoCategorie: { not: null } },
    select: { id: true, status: true, einddatum: true, gestartOp: true, beeindigdOp: true, redenBeeindiging: true },
    orderBy: { createdAt: "asc" },
  });
  // Item 10: the latest end by the gemeente per toewijzing; its WMO002 reason decides the 307's.
  const eindeDoorGemeente = new Map(
    (
      await db.toewijzingWijziging.findMany({
        where: { soort: "BEEINDIGD_DOOR_GEMEENTE" },
        orderBy: { createdAt: "asc" },
        select: { toewijzingId: true, redenWijziging: true },
      })
    ).map((w) => [w.toewijzingId, w.redenWijziging]),
  );
  const vandaag = vandaagInNederland(nu);
  /** The stop to report: the aanbieder's own, or (started, no stop reported) the gemeente's end once reached. */
  const stop = (t: { id: string; einddatum: Date; gestartOp: Date | null; beeindigdOp: Date | null; redenBeeindiging: string | null }) => {
    if (t.beeindigdOp && t.redenBeeindiging) {
      const code = REDENEN_BEEINDIGING.find((r) => r.key === t.redenBeeindiging)?.iwmoCode;
      if (!code) throw new Error(`Reden beëindiging ${t.redenBeeindiging} has no iWmo code`);
      return { code, einddatum: t.beeindigdOp };
    }
    const redenWijziging = eindeDoorGemeente.get(t.id);
    const einddatum = t.beeindigdOp ?? t.einddatum;
    if (!redenWijziging || !t.gestartOp || einddatum > vandaag) return null;
    const code = redenBeeindigingBijWijziging(redenWijziging);
    if (!code) throw new Error(`RedenWijziging ${redenWijziging} has no WMO588 reason`);
    return { code, einddatum };
  };
  // What exists already, in two queries: only the facts without their message do any work below.
  const bestaand = new Set(
    (await db.iwmoBericht.findMany({ where: { bronSleutel: { not: null } }, select: { bronSleutel: true } })).map((b) => b.bronSleutel!),
  );
  const ingelezen = new Set(
    (
      await db.iwmoBerichtToewijzing.findMany({
        where: { bericht: { richting: "IN", soort: { in: ["305", "307"] } } },
        select: { toewijzingId: true, bericht: { select: { soort: true } } },
      })
    ).map((r) => `${r.bericht.soort}:${r.toewijzingId}`),
  );
  const teDoen = toewijzingen.filter(
    (t) =>
      (t.status !== "INGETROKKEN" && !bestaand.has(`301:toewijzing:${t.id}`)) ||
      (t.status === "INGETROKKEN" && bestaand.has(`301:toewijzing:${t.id}`) && !bestaand.has(`301:ingetrokken:${t.id}`)) ||
      (t.gestartOp && !bestaand.has(`305:${t.id}`) && !ingelezen.has(`305:${t.id}`)) ||
      ((t.beeindigdOp || eindeDoorGemeente.has(t.id)) && !bestaand.has(`307:${t.id}`) && !ingelezen.has(`307:${t.id}`)),
  );
  for (const { id } of teDoen) {
    // 1. The first WMO301 (a verlenging: RedenWijziging 04), or a pending one dropped when withdrawn.
    await stap(`301 ${id}`, async (ctx) => {
      const sleutel = `301:toewijzing:${id}`;
      if (await bestaat(ctx.tx, sleutel)) return null;
      const t = (await laadToewijzing(ctx.tx, id))!;
      if (!heeftIwmo(t) || t.status === "INGETROKKEN") return null;
      const verzoek = await verzoekVanAntwoord(ctx.tx, t.id);
      return maak301(ctx, t, {
        bronSleutel: sleutel,
        moment: t.createdAt,
        einddatum: t.einddatum,
        redenWijziging: t.verlengingVanId ? REDEN_WIJZIGING.VERLENGING : null,
        omschrijving: t.verlengingVanId ? "verlenging" : "nieuw",
        referentieAanbieder: verzoek?.referentieAanbieder,
        uiterlijkOp: verzoek?.uiterlijkAntwoordOp,
        antwoordOpId: verzoek?.berichtId,
      });
    });
    // 2. Withdrawn: a 301 never sent is dropped; one sent is "verwijderd" (13, einddatum = ingangsdatum).
    await stap(`301-ingetrokken ${id}`, async (ctx) => {
      const t = (await laadToewijzing(ctx.tx, id))!;
      if (t.status !== "INGETROKKEN") return null;
      const eerste = await ctx.tx.iwmoBericht.findFirst({ where: { bronSleutel: `301:toewijzing:${id}` } });
      if (!eerste) return null;
      if (eerste.status === "TE_VERZENDEN") {
        await ctx.tx.iwmoBericht.delete({ where: { id: eerste.id } });
        return null;
      }
      const sleutel = `301:ingetrokken:${id}`;
      if (await bestaat(ctx.tx, sleutel)) return null;
      return maak301(ctx, t, {
        bronSleutel: sleutel,
        moment: t.ingetrokkenOp ?? ctx.nu,
        einddatum: t.startdatum,
        redenWijziging: REDEN_WIJZIGING.VERWIJDERD,
        omschrijving: "ingetrokken",
      });
    });
    // 3. The aanbieder's start and stop reported in the portal (not when they came in as a message).
    await stap(`305 ${id}`, async (ctx) => {
      const t = (await laadToewijzing(ctx.tx, id))!;
      if (!t.gestartOp || (await bestaat(ctx.tx, `305:${id}`))) return null;
      if (await ctx.tx.iwmoBerichtToewijzing.count({ where: { toewijzingId: id, bericht: { soort: "305", richting: "IN" } } })) return null;
      return maak305(ctx, t);
    });
    await stap(`307 ${id}`, async (ctx) => {
      const t = (await laadToewijzing(ctx.tx, id))!;
      const s = stop(t);
      if (!s || (await bestaat(ctx.tx, `307:${id}`))) return null;
      if (await ctx.tx.iwmoBerichtToewijzing.count({ where: { toewijzingId: id, bericht: { soort: "307", richting: "IN" } } })) return null;
      return maak307(ctx, t, s.code, s.einddatum);
    });
  }

  await stap("305-termijnen", async (ctx) => {
    await werkTermijnen305Bij(ctx.tx);
    return null;
  });

  // 4. Every ToewijzingWijziging (ending, correction of the end date) is a new 301 (OP033x1).
  const wijzigingen = await db.toewijzingWijziging.findMany({ orderBy: { createdAt: "asc" } });
  for (const w of wijzigingen.filter((w) => !bestaand.has(`301:wijziging:${w.id}`))) {
    await stap(`301-wijziging ${w.id}`, async (ctx) => {
      const sleutel = `301:wijziging:${w.id}`;
      if (await bestaat(ctx.tx, sleutel)) return null;
      const t = (await laadToewijzing(ctx.tx, w.toewijzingId))!;
      if (!heeftIwmo(t)) return null;
      return maak301(ctx, t, {
        bronSleutel: sleutel,
        moment: w.createdAt,
        einddatum: w.nieuweEinddatum,
        redenWijziging: w.redenWijziging,
        omschrijving: w.soort === "BEEINDIGD_DOOR_GEMEENTE" ? "beëindigd door de gemeente" : "einddatum gecorrigeerd",
      });
    });
  }
  // 5. A toewijzing whose product the aanbieder knows differently (its 301 went out before the
  // category was corrected, ADR 0031): one 301 with RedenWijziging 14 (administratieve correctie)
  // naming the product as the portal has it now, so the aanbieder's 305/307/323 can match it.
  for (const id of await teCorrigerenProduct()) {
    await stap(`301-product ${id}`, async (ctx) => {
      const t = (await laadToewijzing(ctx.tx, id))!;
      if (!heeftIwmo(t) || t.status === "INGETROKKEN") return null;
      const sleutel = `301:product:${id}:${t.iwmoCategorie}:${t.iwmoCode ?? ""}`;
      if (await bestaat(ctx.tx, sleutel)) return null;
      return maak301(ctx, t, {
        bronSleutel: sleutel,
        moment: ctx.nu,
        einddatum: t.einddatum,
        redenWijziging: REDEN_WIJZIGING.ADMINISTRATIEVE_CORRECTIE,
        omschrijving: `productcategorie en productcode gecorrigeerd (${t.iwmoCategorie}/${t.iwmoCode})`,
      });
    });
  }
  for (const m of await verzamel323(nu)) await stap(`323 ${m.sleutel}`, m.maak);
  return { nieuw, fouten };
}

/**
 * Toewijzingen with a 301 sent whose product (category and code) no 301 of theirs names: per
 * product in use, one query (the messages' text holds the product as sent).
 */
async function teCorrigerenProduct(): Promise<string[]> {
  const producten = await db.toewijzing.findMany({
    where: { iwmoCategorie: { not: null }, status: { not: "INGETROKKEN" } },
    distinct: ["iwmoCategorie", "iwmoCode"],
    select: { iwmoCategorie: true, iwmoCode: true },
  });
  const ids: string[] = [];
  for (const p of producten) {
    const gelijk = [
      { xml: { contains: `<iwmo:Categorie>${p.iwmoCategorie}</iwmo:Categorie>` } },
      ...(p.iwmoCode ? [{ xml: { contains: `<iwmo:Code>${p.iwmoCode}</iwmo:Code>` } }] : []),
    ];
    const t = await db.toewijzing.findMany({
      where: {
        iwmoCategorie: p.iwmoCategorie,
        iwmoCode: p.iwmoCode,
        status: { not: "INGETROKKEN" },
        iwmoBerichten: {
          some: { bericht: { soort: "301", richting: "UIT", status: "VERZONDEN" } },
          none: { bericht: { soort: "301", richting: "UIT", AND: gelijk } },
        },
      },
      select: { id: true },
    });
    ids.push(...t.map((x) => x.id));
  }
  return ids;
}

/**
 * Declaraties (issue 12's Declaratieregel) → WMO323, recorded as the aanbieder's message: the
 * lines not yet in a 323, per aanbieder per calendar month (the line's `maand`). A line already
 * sent is known by its ReferentieNummer in the 323s written before. A credit line (negative volume
 * and amount) goes as DebetCredit C with the credited line as VorigReferentieNummer. A line that
 * breaks the declaratie rules (TR319, TR307/308, TR346, TR321) (e.g. flagged buitenPeriode after a change) is left out and reported; the others go.
 */
async function verzamel323(_nu: Date): Promise<{ sleutel: string; maak: (ctx: Ctx) => Promise<unknown> }[]> {
  const verzonden = new Set<string>();
  for (const b of await db.iwmoBericht.findMany({ where: { soort: "323", richting: "UIT" }, select: { xml: true } })) {
    const g = leesBericht("323", b.xml);
    if (g.soort === "323") for (const p of g.prestaties) verzonden.add(p.referentieNummer);
  }
  const regels = await db.declaratieregel.findMany({
    // A line that arrived in an imported 323 is the aanbieder's own message already: not sent again.
    // A rejected line had no effect and is never declared (issue 21 item 8); a reversal by the
    // gemeente is the gemeente's own decision, not something the aanbieder declares (ADR 0029).
    where: { toewijzing: { iwmoCategorie: { not: null } }, iwmoBerichtId: null, status: { not: "AFGEWEZEN" }, doorGemeente: false },
    orderBy: [{ ingediendOp: "asc" }, { nummer: "asc" }],
    include: { creditVan: { select: { nummer: true, referentieNummer: true } } },
  });
  const perGroep = new Map<string, DeclaratieregelIwmo[]>();
  for (const r of regels) {
    if (verzonden.has(r.nummer.slice(0, 20))) continue;
    const sleutel = `${r.aanbiederId}:${r.maand}`;
    perGroep.set(sleutel, [
      ...(perGroep.get(sleutel) ?? []),
      {
        id: r.id,
        nummer: r.nummer,
        toewijzingId: r.toewijzingId,
        periodeStart: r.periodeStart,
        periodeEind: r.periodeEind,
        volume: Math.abs(r.volume),
        eenheid: r.eenheid,
        tariefCent: r.tariefCent,
        bedragCent: Math.abs(r.bedragCent),
        // VorigReferentieNummer: the number the aanbieder declared the credited line under (its own
        // ReferentieNummer when the line came in a WMO323).
        creditVan: r.creditVanId ? { nummer: r.creditVan?.referentieNummer ?? r.creditVan?.nummer ?? r.creditVanId } : null,
        boveOmvangToegestaan: r.bovenOmvang,
      },
    ]);
  }
  return [...perGroep].map(([sleutel, lijnen]) => ({
    sleutel,
    maak: async (ctx: Ctx) => {
      const { goed, fouten } = await splitsRegels(ctx.tx, lijnen);
      for (const f of fouten) log.warn({ bron: "iwmo" }, `323 ${sleutel}: regel niet verzonden: ${f}`);
      return goed.length ? maak323(ctx.tx, ctx.gemeente, goed, ctx.nu) : null;
    },
  }));
}

export type { Berichtsoort };
