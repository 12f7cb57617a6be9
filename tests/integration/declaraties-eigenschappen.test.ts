import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder } from "../fixtures/werkplekken";
import { maakGebruikers, maakNoorJansen } from "../fixtures/declaratie-omgeving";
import { testDb } from "../support/database";
import * as maandIndienen from "@/server/declaraties/maand-indienen";
import * as maandOverzicht from "@/server/declaraties/maand-overzicht";
import * as cor from "@/server/declaraties/correcties";
import * as beoordelen from "@/server/declaraties/beoordelen";
import * as betaalruns from "@/server/declaraties/betaalruns";
import * as overzichten from "@/server/declaraties/overzichten";
import * as exporteren from "@/server/declaraties/export";

// Issue 21, "how to make this hold" (docs/decisions/0029): for ANY sequence of declare, correct,
// reverse (aanbieder or gemeente), approve, reject and pay, through the real use cases on a real
// database: the amount paid per toewijzing per month equals the last accepted line's hours × tariff
// (or zero after a reversal), it is never negative, and no payment run holds half a correction.
// A small model predicts which steps the portal accepts; the database must agree.

const dec = { ...maandIndienen, ...maandOverzicht };
const beo = { ...beoordelen, ...betaalruns, ...overzichten, ...exporteren };
const ids: Record<string, string> = {};
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const NU = new Date("2026-11-15T10:00:00Z");
const TARIEF = 1063;
const MAANDEN = ["2026-03", "2026-04"] as const;
type Maand = (typeof MAANDEN)[number];
const als = (sleutel: string, rol: string, aanbiederId: string | null = null) => ({
  id: ids[sleutel]!,
  naam: sleutel,
  email: `${sleutel}@t.example`,
  rol: rol as never,
  aanbiederId,
});
const mw = () => als("mw", "AANBIEDER_MEDEWERKER", ids.a!);
const tm = () => als("tm", "TEAMMANAGER");
const beh = () => als("beh", "BEHEERDER");
const beh2 = () => als("beh2", "BEHEERDER");
// Two reviewers and two payers, so four eyes holds lines back and runs see partial worlds.
const PERSOON = { tm, beh, beh2 } as const;
type Beoordelaar = "tm" | "beh";
type Betaler = "beh" | "beh2";
const REDEN = "Zo is het echt gegaan";

type Stap =
  | { soort: "declareer"; maand: Maand; uren: number }
  | { soort: "corrigeer"; maand: Maand; uren: number }
  | { soort: "draaiTerug"; maand: Maand }
  | { soort: "draaiTerugGemeente"; maand: Maand; door: Beoordelaar }
  | { soort: "keurDeclaratieGoed"; maand: Maand; door: Beoordelaar }
  | { soort: "wijsDeclaratieAf"; maand: Maand }
  | { soort: "betaal"; door: Betaler };

const maand = fc.constantFrom(...MAANDEN);
const beoordelaar = fc.constantFrom<Beoordelaar>("tm", "beh");
const stap: fc.Arbitrary<Stap> = fc.oneof(
  fc.record({ soort: fc.constant("declareer" as const), maand, uren: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ soort: fc.constant("corrigeer" as const), maand, uren: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ soort: fc.constant("draaiTerug" as const), maand }),
  fc.record({ soort: fc.constant("draaiTerugGemeente" as const), maand, door: beoordelaar }),
  fc.record({ soort: fc.constant("keurDeclaratieGoed" as const), maand, door: beoordelaar }),
  fc.record({ soort: fc.constant("wijsDeclaratieAf" as const), maand }),
  fc.record({ soort: fc.constant("betaal" as const), door: fc.constantFrom<Betaler>("beh", "beh2") }),
);

/** The model of one month: the accepted hours in force, and what waits for the gemeente. */
type Model = { telt: number | null; wacht: null | { soort: "nieuw" | "correctie"; uren: number } | { soort: "terug" }; ooit: Set<number> };

let volgnummer = 0;
async function nieuweToewijzing() {
  return (
    await testDb.toewijzing.create({
      data: {
        nummer: `TW-2026-${String(++volgnummer).padStart(6, "0")}`,
        inwonerId: ids.inwoner!,
        productCode: "OP_TREDE_3",
        aanbiederId: ids.a!,
        startdatum: d("2026-01-05"),
        einddatum: d("2027-01-04"),
        urenPerWeek: 12,
        status: "GESTART",
        gestartOp: d("2026-01-05"),
        afgegevenDoorId: ids.tm!,
        contactpersoonId: ids.tm!,
      },
    })
  ).id;
}

const betaald = async (t: string, m: string) =>
  (await testDb.declaratieregel.aggregate({ where: { toewijzingId: t, maand: m, status: "BETAALD" }, _sum: { bedragCent: true } }))._sum
    .bedragCent ?? 0;

/** The line a correction or reversal aims at: the one that counts, else the newest line of the month. */
const doel = async (t: string, m: string) =>
  (await testDb.declaratieregel.findFirst({ where: { actiefSleutel: `${t}:${m}` } })) ??
  (await testDb.declaratieregel.findFirst({ where: { toewijzingId: t, maand: m, creditVanId: null }, orderBy: { nummer: "desc" } }));

/** No run holds half a unit: the lines of a correction share their state and their payment run. */
async function eenhedenHeel(t: string) {
  const lijnen = await testDb.declaratieregel.findMany({ where: { toewijzingId: t, correctieId: { not: null } } });
  const per = new Map<string, typeof lijnen>();
  for (const l of lijnen) per.set(l.correctieId!, [...(per.get(l.correctieId!) ?? []), l]);
  for (const unit of per.values()) {
    expect(new Set(unit.map((l) => l.status)).size).toBe(1);
    expect(new Set(unit.map((l) => l.betaalrunId)).size).toBe(1);
  }
}

async function voerUit(t: string, model: Record<Maand, Model>, s: Stap) {
  if (s.soort === "betaal") {
    await beo.maakBetaalrun(PERSOON[s.door](), { betaaldatum: "2026-11-15" }, { nu: NU });
    for (const m of MAANDEN) {
      const x = model[m];
      const bedrag = await betaald(t, m);
      // Never negative, never twice: always an amount the gemeente accepted once (or nothing).
      expect([0, ...[...x.ooit].map((u) => u * TARIEF)]).toContain(bedrag);
      // When nothing of the month waits any more, it is exact.
      const open = await testDb.declaratieregel.count({
        where: { toewijzingId: t, maand: m, status: { in: ["INGEDIEND", "GOEDGEKEURD"] } },
      });
      if (open === 0) expect(bedrag).toBe((x.telt ?? 0) * TARIEF);
    }
    return;
  }
  const x = model[s.maand];
  if (s.soort === "declareer") {
    const r = await dec.dienMaandIn(mw(), { maand: s.maand, [`uren_${t}`]: String(s.uren), [`reden_${t}`]: REDEN }, { nu: NU });
    const mag = (x.telt === null && x.wacht === null) || x.wacht?.soort === "terug";
    expect(r.ok).toBe(mag);
    if (mag) x.wacht = x.wacht?.soort === "terug" ? { soort: "correctie", uren: s.uren } : { soort: "nieuw", uren: s.uren };
    return;
  }
  if (s.soort === "keurDeclaratieGoed" || s.soort === "wijsDeclaratieAf") {
    const open = await testDb.declaratieregel.findFirst({ where: { toewijzingId: t, maand: s.maand, status: "INGEDIEND" } });
    expect(open !== null).toBe(x.wacht !== null);
    if (!open || !x.wacht) return;
    const r =
      s.soort === "keurDeclaratieGoed"
        ? await beo.keurDeclaratieGoed(PERSOON[s.door](), { id: open.id })
        : await beo.wijsDeclaratieAf(tm(), { id: open.id, afwijsreden: REDEN });
    expect(r.ok).toBe(true);
    if (s.soort === "keurDeclaratieGoed") {
      x.telt = x.wacht.soort === "terug" ? null : x.wacht.uren;
      if (x.telt !== null) x.ooit.add(x.telt);
    }
    x.wacht = null;
    return;
  }
  const lijn = await doel(t, s.maand);
  const mag = x.telt !== null && x.wacht === null;
  if (!lijn) {
    expect(mag).toBe(false);
    return;
  }
  const r =
    s.soort === "corrigeer"
      ? await cor.corrigeerRegel(mw(), { id: lijn.id, uren: String(s.uren), reden: REDEN }, { nu: NU })
      : s.soort === "draaiTerug"
        ? await cor.draaiTerug(mw(), { id: lijn.id, reden: REDEN }, { nu: NU })
        : await cor.draaiTerugDoorGemeente(PERSOON[s.door](), { id: lijn.id, reden: REDEN }, { nu: NU });
  expect(r.ok).toBe(mag);
  if (!mag) return;
  if (s.soort === "draaiTerugGemeente") x.telt = null;
  else if (s.soort === "corrigeer" && s.uren > 0) x.wacht = { soort: "correctie", uren: s.uren };
  else x.wacht = { soort: "terug" };
}

beforeAll(async () => {
  const db = testDb;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  Object.assign(
    ids,
    await maakGebruikers(db, [
      ["tm", "TEAMMANAGER", null],
      ["beh", "BEHEERDER", null],
      ["beh2", "BEHEERDER", null],
      ["mw", "AANBIEDER_MEDEWERKER", ids.a],
    ] as const),
  );
  ids.inwoner = await maakNoorJansen(db, ids.tm!);
  await db.tarief.create({ data: { productCode: "OP_TREDE_3", jaar: 2026, bedragCent: TARIEF } });
}, 120_000);

describe("money invariants (property)", () => {
  it("any sequence: paid per month = the last accepted hours × tariff (0 after a reversal), never half a correction in a run", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stap, { minLength: 1, maxLength: 14 }), async (stappen) => {
        const t = await nieuweToewijzing();
        const model = Object.fromEntries(MAANDEN.map((m) => [m, { telt: null, wacht: null, ooit: new Set<number>() }])) as Record<
          Maand,
          Model
        >;
        for (const s of stappen) {
          await voerUit(t, model, s);
          await eenhedenHeel(t);
        }
        // Settle: the gemeente approves what waits, both payers pay; then every month is exact.
        for (const m of MAANDEN) await voerUit(t, model, { soort: "keurDeclaratieGoed", maand: m, door: "tm" });
        await voerUit(t, model, { soort: "betaal", door: "beh" });
        await voerUit(t, model, { soort: "betaal", door: "beh2" });
        for (const m of MAANDEN) expect(await betaald(t, m)).toBe((model[m].telt ?? 0) * TARIEF);
        await eenhedenHeel(t);
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
