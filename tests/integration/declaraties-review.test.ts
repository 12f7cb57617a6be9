import { beforeAll, describe, expect, it } from "vitest";
import { gelezen, maakGebruikers, maakNoorJansen } from "../fixtures/declaratie-omgeving";
import { maakAanbieder } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import * as maandIndienen from "@/server/declaraties/maand-indienen";
import * as maandOverzicht from "@/server/declaraties/maand-overzicht";
import * as cor from "@/server/declaraties/correcties";
import * as beoordelen from "@/server/declaraties/beoordelen";
import * as betaalruns from "@/server/declaraties/betaalruns";
import * as overzichten from "@/server/declaraties/overzichten";
import * as exporteren from "@/server/declaraties/export";

// Review of issue 21 (money): realistic cases through the real use cases.
// (approved or sent back together, paid in one run), an overpayment can be undone (a reversal by
// the aanbieder or by the gemeente, hours and fixed price alike), a rejected line says "declareer
// opnieuw", and a fixed price of a traject that stopped early is flagged with the stop date.

const dec = { ...maandIndienen, ...maandOverzicht };
const beo = { ...beoordelen, ...betaalruns, ...overzichten, ...exporteren };
const ids: Record<string, string> = {};
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const NU = new Date("2026-11-15T10:00:00Z");
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
let volgnummer = 0;

async function toewijzing(over: Record<string, unknown> = {}) {
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
        ...over,
      },
    })
  ).id;
}

const declareer = async (t: string, uren: string, m = "2026-03") => {
  const r = await dec.dienMaandIn(mw(), { maand: m, [`uren_${t}`]: uren, [`reden_${t}`]: "Extra uren in de drukke weken" }, { nu: NU });
  expect(r).toMatchObject({ ok: true });
  return testDb.declaratieregel.findFirstOrThrow({ where: { toewijzingId: t, maand: m }, orderBy: { nummer: "desc" } });
};
const regels = (t: string) => testDb.declaratieregel.findMany({ where: { toewijzingId: t }, orderBy: { nummer: "asc" } });
/** What the gemeente paid for a toewijzing: the sum of its paid lines, in cents. */
const betaald = async (t: string) =>
  (await testDb.declaratieregel.aggregate({ where: { toewijzingId: t, status: "BETAALD" }, _sum: { bedragCent: true } }))._sum.bedragCent ??
  0;
const betaal = (wie = beh()) => beo.maakBetaalrun(wie, { betaaldatum: "2026-11-15" }, { nu: NU });

/** March, 40 hours, approved by the teammanager and paid by the beheerder: € 425,20. */
async function betaaldeMaart() {
  const t = await toewijzing();
  const lijn = await declareer(t, "40");
  expect(await beo.keurDeclaratieGoed(tm(), { id: lijn.id })).toMatchObject({ ok: true });
  expect(await betaal()).toMatchObject({ ok: true });
  expect(await betaald(t)).toBe(42520);
  return { t, lijn };
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
    ]),
  );
  ids.inwoner = await maakNoorJansen(db, ids.tm!);
  await db.tarief.create({ data: { productCode: "OP_TREDE_3", jaar: 2026, bedragCent: 1063 } });
  await db.tarief.create({ data: { productCode: "ONTW_3", jaar: 2026, bedragCent: 31904 } });
}, 120_000);

describe("review: realistic money cases", () => {
  it("a correction of a correction: rejected, the first correction counts again; approved, the month is paid at the last hours", async () => {
    const { t, lijn } = await betaaldeMaart();
    await cor.corrigeerRegel(mw(), { id: lijn.id, uren: "30", reden: "" }, { nu: NU });
    const n1 = (await regels(t)).at(-1)!;
    // Pending: the replacement cannot be corrected yet.
    expect(await cor.corrigeerRegel(mw(), { id: n1.id, uren: "20", reden: "" }, { nu: NU })).toMatchObject({ ok: false });
    await beo.keurDeclaratieGoed(tm(), { id: n1.id });
    // Approved, not paid yet: correct it again; the whole chain waits for the second correction.
    expect(await cor.corrigeerRegel(mw(), { id: n1.id, uren: "20", reden: "" }, { nu: NU })).toMatchObject({ ok: true });
    expect(await betaal()).toMatchObject({ ok: false });
    const n2 = (await regels(t)).at(-1)!;
    await beo.wijsDeclaratieAf(tm(), { id: n2.id, afwijsreden: "Het rooster zegt 30 uur" });
    expect(await betaal()).toMatchObject({ ok: true });
    expect(await betaald(t)).toBe(30 * 1063);
    expect(await cor.corrigeerRegel(mw(), { id: n1.id, uren: "20", reden: "" }, { nu: NU })).toMatchObject({ ok: true });
    await beo.keurDeclaratieGoed(tm(), { id: (await regels(t)).at(-1)!.id });
    await betaal();
    expect(await betaald(t)).toBe(20 * 1063);
  });

  it("a reversed line and a credit line cannot be reversed again", async () => {
    const { t, lijn } = await betaaldeMaart();
    await cor.draaiTerug(mw(), { id: lijn.id, reden: "Niet gewerkt in maart" }, { nu: NU });
    const credit = (await regels(t)).at(-1)!;
    expect(await cor.draaiTerug(mw(), { id: lijn.id, reden: "Nog een keer terug" }, { nu: NU })).toMatchObject({ ok: false });
    await beo.keurDeclaratieGoed(tm(), { id: credit.id });
    expect(await cor.draaiTerug(mw(), { id: credit.id, reden: "Credit terugdraaien" }, { nu: NU })).toMatchObject({ ok: false });
    expect(await cor.draaiTerugDoorGemeente(tm(), { id: credit.id, reden: "Credit terugdraaien" }, { nu: NU })).toMatchObject({
      ok: false,
    });
    await betaal();
    expect(await betaald(t)).toBe(0);
  });

  it("the gemeente cannot reverse a line whose correction is pending; it judges the correction and reverses its result", async () => {
    const { t, lijn } = await betaaldeMaart();
    await cor.corrigeerRegel(mw(), { id: lijn.id, uren: "30", reden: "" }, { nu: NU });
    expect(await cor.draaiTerugDoorGemeente(tm(), { id: lijn.id, reden: "Inwoner opgenomen" }, { nu: NU })).toMatchObject({ ok: false });
    const n1 = (await regels(t)).at(-1)!;
    await beo.keurDeclaratieGoed(tm(), { id: n1.id });
    expect(await cor.draaiTerugDoorGemeente(tm(), { id: n1.id, reden: "Inwoner opgenomen" }, { nu: NU })).toMatchObject({ ok: true });
    await betaal();
    expect(await betaald(t)).toBe(0);
  });

  it("approving twice and running twice pay once", async () => {
    const t = await toewijzing();
    const lijn = await declareer(t, "40");
    expect(await beo.keurDeclaratieGoed(tm(), { id: lijn.id })).toMatchObject({ ok: true });
    expect(await beo.keurDeclaratieGoed(tm(), { id: lijn.id })).toMatchObject({ ok: false });
    expect(await beo.keurDeclaratieGoed(beh(), { id: lijn.id })).toMatchObject({ ok: false });
    await betaal();
    await betaal(beh2());
    expect(await betaald(t)).toBe(42520);
  });

  it("a fixed price paid on the wrong traject, reversed by the gemeente and declared on the right one, is paid once", async () => {
    const fout = await toewijzing({ productCode: "ONTW_3", urenPerWeek: null, gestartOp: d("2026-02-02") });
    const goed = await toewijzing({ productCode: "ONTW_3", urenPerWeek: null, gestartOp: d("2026-02-02") });
    await dec.dienMaandIn(mw(), { maand: "2026-02", [`vasteprijs_${fout}`]: "ja" }, { nu: NU });
    const [prijs] = await regels(fout);
    await beo.keurDeclaratieGoed(tm(), { id: prijs!.id });
    await betaal();
    expect(await cor.draaiTerugDoorGemeente(tm(), { id: prijs!.id, reden: "Verkeerd traject" }, { nu: NU })).toMatchObject({ ok: true });
    expect(await dec.dienMaandIn(mw(), { maand: "2026-02", [`vasteprijs_${goed}`]: "ja" }, { nu: NU })).toMatchObject({ ok: true });
    const [juist] = await regels(goed);
    await beo.keurDeclaratieGoed(tm(), { id: juist!.id });
    await betaal();
    expect((await betaald(fout)) + (await betaald(goed))).toBe(31904);
  });

  it("a December corrected in January keeps the tariff of the year worked", async () => {
    await testDb.tarief.create({ data: { productCode: "OP_TREDE_3", jaar: 2027, bedragCent: 1100 } });
    const t = await toewijzing({ einddatum: d("2027-06-30") });
    const JAN = new Date("2027-01-10T10:00:00Z");
    const r = await dec.dienMaandIn(mw(), { maand: "2026-12", [`uren_${t}`]: "40", [`reden_${t}`]: "Drukke weken" }, { nu: JAN });
    expect(r).toMatchObject({ ok: true });
    const dec12 = (await regels(t)).at(-1)!;
    expect(dec12.tariefCent).toBe(1063);
    await beo.keurDeclaratieGoed(tm(), { id: dec12.id });
    expect(await cor.corrigeerRegel(mw(), { id: dec12.id, uren: "30", reden: "" }, { nu: JAN })).toMatchObject({ ok: true });
    const [, credit, nieuw] = await regels(t);
    expect([credit!.tariefCent, nieuw!.tariefCent, nieuw!.bedragCent]).toEqual([1063, 1063, 30 * 1063]);
    await beo.keurDeclaratieGoed(tm(), { id: nieuw!.id });
    await beo.maakBetaalrun(beh(), { betaaldatum: "2027-01-15" }, { nu: JAN });
    expect(await betaald(t)).toBe(30 * 1063);
  });

  it("the month limit on a cut period: 12 h/week stopped on the 20th allows 36 h (⌈20/7⌉ weeks), 37 is flagged", async () => {
    const t = await toewijzing({ status: "BEEINDIGD", beeindigdOp: d("2026-04-20") });
    const r = await dec.dienMaandIn(mw(), { maand: "2026-04", [`uren_${t}`]: "37" }, { nu: NU });
    expect(r).toMatchObject({ ok: false, fieldErrors: { [`uren_${t}`]: expect.stringMatching(/toegewezen 36 uur/) } });
    expect(await dec.dienMaandIn(mw(), { maand: "2026-04", [`uren_${t}`]: "36" }, { nu: NU })).toMatchObject({ ok: true });
    expect((await regels(t))[0]).toMatchObject({ volume: 36, bovenOmvang: false, periodeEind: d("2026-04-20") });
  });

  it("a run where only a gemeente reversal is open pays a negative amount to the aanbieder (recorded as such)", async () => {
    const { t, lijn } = await betaaldeMaart();
    await cor.draaiTerugDoorGemeente(tm(), { id: lijn.id, reden: "Inwoner opgenomen" }, { nu: NU });
    const te = gelezen(await beo.tebetalen(beh()));
    const a = te!.perAanbieder.find((x) => x.aanbieder === "Aanbieder A");
    expect(a?.bedragCent).toBeLessThan(0);
    await betaal();
    expect(await betaald(t)).toBe(0);
  });
});
