import "server-only";
import { db, isUniekFout } from "../../db";
import { log } from "../../log";
import { gemeentecode } from "./instellingen";
import { OngeldigBericht, type Tx } from "./opslag";
import { werkTermijnen305Bij, type Ctx } from "./uitgaand-bouw";
import { maak323Bij, verzamel323, type Groep323 } from "./uitgaand-323";
import { eerste301, ingetrokken301, product301, start305, stop307, wijziging301 } from "./uitgaand-toewijzing";
import { beantwoordVerzoekenBij } from "./uitgaand-verzoeken";

// The outbox (issue 13): every fact in the portal that the standard says must travel as a message
// gets exactly one, made from the portal's own state. Issue 22: the message is made in the use
// case's own transaction, beside the change that causes it (issuing, withdrawing or changing a
// toewijzing, a start or stop reported in the portal, a herindicatie decision, a declaratie line),
// never because someone opened a page. The use cases call `berichtenBijToewijzing`,
// `berichtenBijVerzoeken` or `berichtenBijDeclaratie` with their transaction.
//
// `werkUitgaandBij` is the scheduled catch-up (`npm run iwmo -- uitvoer`, the download): the facts
// that come with time rather than with a change (a gemeente's end reached, ADR 0031's product
// correction, a 305's deadline once its 301 was sent), and whatever an earlier failure left.
// `bronSleutel` (unique) makes it idempotent: running it twice, or in two processes at once, makes
// one message per fact. docs/decisions/0020 says why, and what 305/307/323 mean here.

/**
 * A message that does not validate (a bug) must not undo the change the user made: it is logged,
 * and the catch-up reports it again. A database error ends the transaction, so it is not caught.
 */
async function veilig(naam: string, f: () => Promise<unknown>) {
  try {
    await f();
  } catch (e) {
    const vanDatabase = e instanceof Error && /prisma|adapter/i.test(`${e.name} ${e.constructor.name}`);
    if (!(e instanceof Error) || isUniekFout(e) || vanDatabase) throw e;
    log.error({ bron: "iwmo" }, `outbox ${naam}: ${e.message}`);
  }
}

/**
 * The options for a use case's transaction that makes messages: each message is validated against
 * its XSD (libxml2 in WebAssembly) before it is stored, which takes longer than Prisma's 5 s default.
 */
export const MET_BERICHTEN = { timeout: 30_000, maxWait: 10_000 } as const;

const ctxVan = async (tx: Tx, nu: Date): Promise<Ctx> => ({ tx, nu, gemeente: await gemeentecode(tx) });

/** The messages one toewijzing's facts need now (301 first/withdrawn/changed, 305, 307). */
export async function berichtenBijToewijzing(tx: Tx, toewijzingId: string, nu: Date) {
  const ctx = await ctxVan(tx, nu);
  // A new toewijzing may answer a waiting verzoek (315/317): its 301 then names it.
  await veilig("verzoeken", () => beantwoordVerzoekenBij(ctx));
  for (const [naam, stap] of [
    ["301", eerste301],
    ["301-ingetrokken", ingetrokken301],
    ["305", start305],
    ["307", stop307],
  ] as const)
    await veilig(`${naam} ${toewijzingId}`, () => stap(ctx, toewijzingId));
  for (const w of await tx.toewijzingWijziging.findMany({ where: { toewijzingId }, orderBy: { createdAt: "asc" } }))
    await veilig(`301-wijziging ${w.id}`, () => wijziging301(ctx, w));
}

/** Verzoeken (315/317) a decision answered: a 317 refused whole gets its WMO319. */
export async function berichtenBijVerzoeken(tx: Tx, nu: Date) {
  const ctx = await ctxVan(tx, nu);
  await veilig("verzoeken", () => beantwoordVerzoekenBij(ctx));
}

/**
 * A herindicatie decided: the verzoek (317) it answers is answered whole, by the new toewijzing's
 * 301 or a 319 afgewezen. The 301 made when the new toewijzing was issued (before the decision
 * named it) is made again, not yet sent, so that it names the verzoek it answers.
 */
export async function berichtenBijHerindicatie(tx: Tx, nieuweToewijzingId: string | null, nu: Date) {
  if (nieuweToewijzingId)
    await tx.iwmoBericht.deleteMany({ where: { bronSleutel: `301:toewijzing:${nieuweToewijzingId}`, status: "TE_VERZENDEN" } });
  await berichtenBijVerzoeken(tx, nu);
  if (nieuweToewijzingId) await berichtenBijToewijzing(tx, nieuweToewijzingId, nu);
}

/** A declaratie line stored: its month's WMO323 (for a line the aanbieder declared in the portal). */
export async function berichtenBijDeclaratie(
  tx: Tx,
  regel: Groep323 & { iwmoBerichtId?: string | null; doorGemeente?: unknown },
  nu: Date,
) {
  if (regel.iwmoBerichtId || regel.doorGemeente) return;
  const ctx = await ctxVan(tx, nu);
  await veilig(`323 ${regel.aanbiederId}:${regel.maand}`, () => maak323Bij(ctx, { aanbiederId: regel.aanbiederId, maand: regel.maand }));
}

/**
 * The scheduled catch-up: bring the outbox up to date with the portal's state. Returns the number
 * of new messages. Each fact is handled in its own transaction: one that cannot be written (a bug)
 * is reported and does not stop the others.
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
    await beantwoordVerzoekenBij(ctx);
    return null;
  });

  const toewijzingen = await db.toewijzing.findMany({
    where: { iwmoCategorie: { not: null } },
    select: { id: true, status: true, gestartOp: true, beeindigdOp: true },
    orderBy: { createdAt: "asc" },
  });
  const eindeDoorGemeente = new Set(
    (await db.toewijzingWijziging.findMany({ where: { soort: "BEEINDIGD_DOOR_GEMEENTE" }, select: { toewijzingId: true } })).map(
      (w) => w.toewijzingId,
    ),
  );
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
    await stap(`301 ${id}`, (ctx) => eerste301(ctx, id));
    await stap(`301-ingetrokken ${id}`, (ctx) => ingetrokken301(ctx, id));
    await stap(`305 ${id}`, (ctx) => start305(ctx, id));
    await stap(`307 ${id}`, (ctx) => stop307(ctx, id));
  }

  await stap("305-termijnen", async (ctx) => {
    await werkTermijnen305Bij(ctx.tx);
    return null;
  });

  const wijzigingen = await db.toewijzingWijziging.findMany({ orderBy: { createdAt: "asc" } });
  for (const w of wijzigingen.filter((w) => !bestaand.has(`301:wijziging:${w.id}`)))
    await stap(`301-wijziging ${w.id}`, (ctx) => wijziging301(ctx, w));
  for (const id of await teCorrigerenProduct()) await stap(`301-product ${id}`, (ctx) => product301(ctx, id));
  for (const m of await verzamel323(db)) await stap(`323 ${m.sleutel}`, m.maak);
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
