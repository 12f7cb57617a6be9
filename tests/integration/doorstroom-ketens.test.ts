import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDate } from "@/domain/kalender";
import { maakInwoner, maakTraject, trajectBetrokkenen } from "../fixtures/traject";
import { frisseDatabase } from "../support/testdb";
import { data } from "../support/gelezen";

// Issue 21 items 24–26 (R-LAD-3, docs/decisions/0023 and 0034) on a real database: a verlenging
// chain is one traject, a closed inwoner is out of the current "inwoners per trede", and the
// oriëntaties and their outcome are part of the report and its CSV.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let mod: typeof import("@/server/inwoners/doorstroom");
const { ids, als, maak } = trajectBetrokkenen({ teammanager: ["TEAMMANAGER"], regisseur: ["TRAJECTREGISSEUR"], centrum: ["CENTRUM"] });
const NU = new Date("2026-12-01T10:00:00Z");

beforeAll(async () => {
  omgeving = await frisseDatabase();
  mod = await import("@/server/inwoners/doorstroom");
  const { db } = omgeving;
  await maak(db);
  const wie = { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! };
  const stap = (inwonerId: string, datum: string, trede: number, extra: { toewijzingId?: string; orientatieId?: string } = {}) =>
    db.ladderRegel.create({ data: { inwonerId, datum: calendarDate(datum), trede, vastgelegdDoorId: ids.regisseur!, ...extra } });
  const traject = (inwonerId: string, startdatum: string, einddatum: string) =>
    maakTraject(db, {
      inwonerId,
      aanbiederId: ids.a!,
      contactpersoonId: ids.regisseur!,
      productCode: "ONTW_4",
      startdatum,
      einddatum,
      status: "BEEINDIGD",
    });
  const verleng = (t: { id: string }, van: { id: string }, n = 1) =>
    db.toewijzing.update({ where: { id: t.id }, data: { verlengingVanId: van.id, verlengingsnummer: n } });

  // Item 24: one chain in 2026, trede 2 at its start; an interim trede 3 after the first period,
  // 4 after the verlenging. One traject, 2 → 4, with the last period's "stap gemaakt".
  const een = await maakInwoner(db, { ...wie, trede: 2 });
  const p1 = await traject(een.id, "2026-01-05", "2026-04-04");
  const p2 = await traject(een.id, "2026-04-05", "2026-10-04");
  await verleng(p2, p1);
  await db.eindverantwoording.create({ data: { toewijzingId: p1.id, status: "GELEZEN", stapGemaakt: false } });
  await db.eindverantwoording.create({ data: { toewijzingId: p2.id, status: "GELEZEN", stapGemaakt: true } });
  await stap(een.id, "2026-04-10", 3, { toewijzingId: p1.id });
  await stap(een.id, "2026-10-10", 4, { toewijzingId: p2.id });

  // Item 24: a verlenging issued and withdrawn: the first period is the traject's last; it ended in
  // June without a trede after it.
  const twee = await maakInwoner(db, { ...wie, trede: 3 });
  const q1 = await traject(twee.id, "2026-01-05", "2026-06-30");
  const q2 = await traject(twee.id, "2026-07-01", "2026-12-31");
  await verleng(q2, q1);
  await db.toewijzing.update({ where: { id: q2.id }, data: { status: "INGETROKKEN", ingetrokkenOp: calendarDate("2026-06-20") } });

  // Item 25: on trede 5, closed (moved away) on 1 June 2026 after a traject that ended in May
  // without a trede: not on the ladder now, still on it at the end of 2025; not work to do.
  const drie = await maakInwoner(db, { ...wie, trede: 5 });
  await traject(drie.id, "2025-12-01", "2026-05-31");
  await db.inwoner.update({ where: { id: drie.id }, data: { afgeslotenOp: calendarDate("2026-06-01"), afsluitreden: "VERHUISD" } });

  // Item 26: three oriëntaties: finished with an advice and trede 3 after it (2 at its start),
  // stopped early, and one still running.
  const vier = await maakInwoner(db, { ...wie, trede: 2 });
  const o = (nummer: string, inwonerId: string, startdatum: string, extra: object) =>
    db.orientatie.create({
      data: {
        nummer,
        inwonerId,
        begeleiderId: ids.centrum!,
        startdatum: calendarDate(startdatum),
        einddatum: calendarDate("2026-12-31"),
        ...extra,
      },
    });
  const af = await o("OR-2026-000001", vier.id, "2026-02-01", {
    status: "AFGEROND",
    adviesWerkveld: "Groen",
    adviesOpleiding: "Geen",
    adviesVervolg: "Ontwikkeling",
    adviesOp: calendarDate("2026-04-20"),
  });
  await stap(vier.id, "2026-04-20", 3, { orientatieId: af.id });
  const vijf = await maakInwoner(db, { ...wie, trede: 3 });
  await o("OR-2026-000002", vijf.id, "2026-03-01", { status: "GESTOPT", gestoptOp: calendarDate("2026-03-20"), stopreden: "Ziek" });
  const zes = await maakInwoner(db, { ...wie, trede: 4 });
  await o("OR-2026-000003", zes.id, "2026-11-01", {});
});
afterAll(async () => omgeving.opruimen());

describe("the doorstroom report, issue 21", () => {
  it("counts a verlenging chain once, from its first start to the trede after its last period (item 24)", async () => {
    const r = await data(mod.doorstroomRapport(als("teammanager"), { jaar: 2026 }, { nu: NU }));
    expect(r.perProduct).toEqual([
      expect.objectContaining({ groep: expect.stringMatching(/trede 4/), aantal: 1, omhoog: 1, stapGemaakt: 1, stapNietGemaakt: 0 }),
    ]);
    expect(r.perAanbieder.map((x) => [x.groep, x.aantal])).toEqual([["Aanbieder A", 1]]);
    // twee's withdrawn verlenging leaves its first period ended without a trede; drie is closed
    expect(r.zonderTrede).toBe(1);
  });

  it("leaves a closed inwoner out of the inwoners per trede from the day of closing (item 25)", async () => {
    const nu = await data(mod.doorstroomRapport(als("teammanager"), { jaar: 2026 }, { nu: NU }));
    // een 4, twee 3, vier 3, vijf 3, zes 4; drie (trede 5) was closed on 1 June
    expect(nu.treden).toEqual([0, 0, 3, 2, 0, 0]);
    expect(nu.afsluitingen.find((a) => a.reden === "VERHUISD")?.aantal).toBe(1);
    const vorig = await data(mod.doorstroomRapport(als("teammanager"), { jaar: 2025 }, { nu: NU }));
    expect(vorig.treden[4]).toBe(1);
    expect(vorig.afsluitingen.every((a) => a.aantal === 0)).toBe(true);
  });

  it("reports the oriëntaties and their outcome (item 26)", async () => {
    const r = await data(mod.doorstroomRapport(als("teammanager"), { jaar: 2026 }, { nu: NU }));
    expect(r.orientaties).toEqual({
      gestart: 3,
      afgerond: 1,
      gestopt: 1,
      lopend: 1,
      omhoog: 1,
      gelijk: 0,
      omlaag: 0,
      onbekend: 0,
      zonderTrede: 0,
    });
  });

  it("exports the same figures as the page shows", async () => {
    const r = await mod.exporteerDoorstroom(als("teammanager"), { jaar: "2026" });
    if (!r.ok) throw new Error(r.formError ?? "geweigerd");
    const regels = r.csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(regels).toContain("2026;Inwoners op trede;;Trede 5;0");
    expect(regels).toContain(
      "2026;Trajecten per product;Werkt Mee ontwikkeling naar trede 4 (onbetaald werk);Trajecten met trede na traject;1",
    );
    expect(regels).toContain("2026;Beëindigd zonder trede na traject;;Aantal;1");
    expect(regels).toContain("2026;Oriëntaties;;Afgerond met advies;1");
    expect(regels).toContain("2026;Oriëntaties;;Na advies hoger dan bij de start;1");
    expect(regels).toContain("2026;Oriëntaties;;Lopend op de peildag;1");
    expect(regels).toContain("2026;Afgesloten inwoners;Verhuisd naar een andere gemeente;Aantal;1");
  });
});
