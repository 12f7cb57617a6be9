import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDate } from "@/domain/kalender";
import { maakInwoner, maakTraject, trajectBetrokkenen } from "../fixtures/traject";
import { frisseDatabase } from "../support/testdb";
import { data, reden } from "../support/gelezen";
import { rapportjaar } from "@/domain/inwoner/doorstroom-rapport";

// R-LAD-3 on a real database: the doorstroom report counts from the ladder history and the
// trajecten, for the roles that may read it, and logs each read (docs/decisions/0023).

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let mod: typeof import("@/server/inwoners/doorstroom");
const { ids, als, maak } = trajectBetrokkenen({
  teammanager: ["TEAMMANAGER"],
  regisseur: ["TRAJECTREGISSEUR"],
  beheerder: ["BEHEERDER"],
  mwA: ["AANBIEDER_MEDEWERKER", "a"],
});
const NU = new Date("2026-12-01T10:00:00Z");

beforeAll(async () => {
  omgeving = await frisseDatabase();
  mod = await import("@/server/inwoners/doorstroom");
  const { db } = omgeving;
  await maak(db);
  const wie = { vastgelegdDoorId: ids.regisseur!, contactpersoonId: ids.regisseur! };
  const stap = (inwonerId: string, datum: string, trede: number, toewijzingId: string | null = null) =>
    db.ladderRegel.create({ data: { inwonerId, datum: calendarDate(datum), trede, vastgelegdDoorId: ids.regisseur!, toewijzingId } });

  // 1: ontwikkeling naar trede 3 at A, from 2 to 3, step made.
  const een = await maakInwoner(db, { ...wie, trede: 2 });
  const t1 = await maakTraject(db, { inwonerId: een.id, aanbiederId: ids.a!, contactpersoonId: ids.regisseur!, status: "BEEINDIGD" });
  await db.eindverantwoording.create({ data: { toewijzingId: t1.id, status: "GELEZEN", stapGemaakt: true, bereikteTrede: 3 } });
  await stap(een.id, "2026-07-10", 3, t1.id);

  // 2: op trede 3 at A, ended in June, no trede recorded after it yet.
  const twee = await maakInwoner(db, { ...wie, trede: 3 });
  await maakTraject(db, {
    inwonerId: twee.id,
    aanbiederId: ids.a!,
    contactpersoonId: ids.regisseur!,
    productCode: "OP_TREDE_3",
    startdatum: "2026-01-05",
    einddatum: "2026-06-30",
  });

  // 3: ontwikkeling naar trede 4 at B with a verlenging: 2 at the chain's start, 3 when the second
  // period began, 3 after it: higher than at the start of the traject (the first period).
  const drie = await maakInwoner(db, { ...wie, trede: 3 });
  await stap(drie.id, "2025-05-01", 2);
  const eerste = await maakTraject(db, {
    inwonerId: drie.id,
    aanbiederId: ids.b!,
    contactpersoonId: ids.regisseur!,
    productCode: "ONTW_4",
    startdatum: "2025-06-01",
    einddatum: "2025-11-30",
  });
  const tweede = await maakTraject(db, {
    inwonerId: drie.id,
    aanbiederId: ids.b!,
    contactpersoonId: ids.regisseur!,
    productCode: "ONTW_4",
    startdatum: "2025-12-01",
    einddatum: "2026-05-31",
  });
  await db.toewijzing.update({ where: { id: tweede.id }, data: { verlengingVanId: eerste.id, verlengingsnummer: 1 } });
  await db.eindverantwoording.create({ data: { toewijzingId: tweede.id, status: "GELEZEN", stapGemaakt: false } });
  await stap(drie.id, "2026-06-05", 3, tweede.id);

  // 4: no step in 2026 (only the 2025 registration): on the ladder, not in the year's movement.
  await maakInwoner(db, { ...wie, trede: 5 });
});
afterAll(async () => omgeving.opruimen());

describe("the doorstroom report (R-LAD-3)", () => {
  it("counts the treden, the year's movement and the trajecten per product and aanbieder", async () => {
    const r = await data(mod.doorstroomRapport(als("teammanager"), { jaar: 2026 }, { nu: NU }));
    expect(r.peildag).toEqual(calendarDate("2026-12-01"));
    expect(r.treden).toEqual([0, 0, 3, 0, 1, 0]);
    // one and three moved up in 2026; two and four had no step in 2026
    expect(r.doorstroom).toMatchObject({ inwoners: 2, omhoog: 1, gelijk: 1, omlaag: 0 });
    expect(r.doorstroom.matrix[1]![2]).toBe(1); // een: 2 → 3
    expect(r.doorstroom.matrix[2]![2]).toBe(1); // drie: 3 (since 2025-12) → 3
    expect(r.perProduct).toEqual([
      expect.objectContaining({ groep: expect.stringMatching(/trede 3/), aantal: 1, omhoog: 1, stapGemaakt: 1, stapNietGemaakt: 0 }),
      expect.objectContaining({
        groep: expect.stringMatching(/trede 4/),
        aantal: 1,
        omhoog: 1,
        gelijk: 0,
        stapGemaakt: 0,
        stapNietGemaakt: 1,
      }),
    ]);
    expect(r.perAanbieder.map((x) => [x.groep, x.aantal, x.omhoog])).toEqual([
      ["Aanbieder A", 1, 1],
      ["Aanbieder B", 1, 1],
    ]);
    // twee's traject ended in June without a trede; drie's first period was continued
    expect(r.zonderTrede).toBe(1);
  });

  it("shows a past year on its last day, and logs every read", async () => {
    const r = await data(mod.doorstroomRapport(als("beheerder"), { jaar: 2025 }, { nu: NU }));
    expect(r.peildag).toEqual(calendarDate("2025-12-31"));
    expect(r.treden).toEqual([0, 1, 2, 0, 1, 0]);
    expect(r.perProduct).toEqual([]);
    const log = await omgeving.db.auditRegel.findMany({ where: { activiteit: "doorstroom-lezen", uitkomst: "gelukt" } });
    expect(log.map((l) => l.toelichting).sort()).toEqual(["2025", "2026"]);
    expect(log.every((l) => l.betrokkene === null)).toBe(true);
  });

  it("is for the teammanager, the Centrum and beheer only", async () => {
    expect(await reden(mod.doorstroomRapport(als("regisseur"), { jaar: 2026 }, { nu: NU }))).toBe("geen-toegang");
    expect(await reden(mod.doorstroomRapport(als("mwA"), { jaar: 2026 }, { nu: NU }))).toBe("geen-toegang");
    expect(await reden(mod.doorstroomRapport(null, { jaar: 2026 }, { nu: NU }))).toBe("niet-ingelogd");
    expect(await reden(mod.doorstroomRapport(als("teammanager"), { jaar: 2019 }, { nu: NU }))).toBe("ongeldig");
    expect((await mod.exporteerDoorstroom(als("mwA"), { jaar: "2026" })).ok).toBe(false);
    expect((await mod.exporteerDoorstroom(null, { jaar: "2026" })).ok).toBe(false);
  });

  it("exports the same figures as CSV, and takes only a year it knows", async () => {
    const lezenVoor = await omgeving.db.auditRegel.count({ where: { activiteit: "doorstroom-lezen" } });
    const r = await mod.exporteerDoorstroom(als("teammanager"), { jaar: "2026" });
    if (!r.ok) throw new Error(r.formError ?? "geweigerd");
    // one audit line for one export: the export's own, not a page read as well
    expect(await omgeving.db.auditRegel.count({ where: { activiteit: "doorstroom-exporteren", uitkomst: "gelukt" } })).toBe(1);
    expect(await omgeving.db.auditRegel.count({ where: { activiteit: "doorstroom-lezen" } })).toBe(lezenVoor);
    expect(r.bestandsnaam).toBe("doorstroom-2026.csv");
    const regels = r.csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(regels[0]).toBe("Jaar;Onderdeel;Groep;Maat;Aantal");
    expect(regels).toContain("2026;Doorstroom;Van trede 2;Naar trede 3;1");
    expect(regels).toContain("2026;Trajecten per aanbieder;Aanbieder B;Hoger dan bij de start;1");
    expect(regels).toContain("2026;Beëindigd zonder trede na traject;;Aantal;1");
    expect(await mod.exporteerDoorstroom(als("teammanager"), { jaar: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { jaar: "Kies een jaar." },
    });
    expect(rapportjaar("__proto__", NU)).toBe(2026);
    expect(rapportjaar("2019", NU)).toBe(2026);
    expect(rapportjaar("2024", NU)).toBe(2024);
    expect(rapportjaar(["2024", "2025"], NU)).toBe(2026);
  });
});
