import { describe, expect, it } from "vitest";
import { calendarDate } from "../kalender";
import { controleerAfsluiten, inProgrammaOp, type Afsluitsituatie } from "./afsluiten";

// Issue 21 item 25 (docs/decisions/0034): when an inwoner may be closed, at the edges.

const d = calendarDate;
const basis: Afsluitsituatie = {
  vandaag: d("2026-12-07"),
  afgeslotenOp: null,
  toewijzingen: [],
  lopendeOrientaties: [],
  laatsteStap: d("2026-01-10"),
};
const tw = (status: string, einddatum: string, beeindigdOp: string | null = null) => ({
  nummer: "TW-2026-000001",
  status,
  einddatum: d(einddatum),
  beeindigdOp: beeindigdOp ? d(beeindigdOp) : null,
});

describe("closing an inwoner", () => {
  it("is refused while a toewijzing runs, up to and including its end date", () => {
    for (const status of ["TOEGEWEZEN", "GESTART"])
      expect(controleerAfsluiten({ ...basis, toewijzingen: [tw(status, "2026-12-07")] }, d("2026-12-07"))?.melding).toMatch(
        /nog een lopende toewijzing \(TW-2026-000001\)/,
      );
    // the day after its end date it is afgelopen: no longer running
    expect(controleerAfsluiten({ ...basis, toewijzingen: [tw("GESTART", "2026-12-06")] }, d("2026-12-07"))).toBeNull();
  });

  it("is not before the end of the latest toewijzing, nor before the latest ladder step, nor in the future", () => {
    const s = { ...basis, toewijzingen: [tw("BEEINDIGD", "2027-03-31", "2026-11-30"), tw("INGETROKKEN", "2027-06-30")] };
    expect(controleerAfsluiten(s, d("2026-11-29"))?.veld).toBe("datum");
    expect(controleerAfsluiten(s, d("2026-11-30"))).toBeNull();
    expect(controleerAfsluiten(basis, d("2026-01-09"))?.melding).toBe(
      "De datum ligt niet vóór de laatste trede in de ladderhistorie (10 januari 2026).",
    );
    expect(controleerAfsluiten(basis, d("2026-01-10"))).toBeNull();
    expect(controleerAfsluiten(basis, d("2026-12-08"))?.melding).toBe("De datum ligt niet in de toekomst.");
  });

  it("is refused while an oriëntatie runs or when already closed", () => {
    expect(controleerAfsluiten({ ...basis, lopendeOrientaties: [{ nummer: "OR-2026-000002" }] }, d("2026-12-07"))?.melding).toMatch(
      /lopende oriëntatie \(OR-2026-000002\)/,
    );
    expect(controleerAfsluiten({ ...basis, afgeslotenOp: d("2026-05-01") }, d("2026-12-07"))?.melding).toBe(
      "Deze inwoner is al afgesloten op 1 mei 2026.",
    );
  });

  it("takes the inwoner out of the program from the day of closing", () => {
    expect(inProgrammaOp(d("2026-06-01"), d("2026-05-31"))).toBe(true);
    expect(inProgrammaOp(d("2026-06-01"), d("2026-06-01"))).toBe(false);
    expect(inProgrammaOp(null, d("2026-06-01"))).toBe(true);
  });
});
