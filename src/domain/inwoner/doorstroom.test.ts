import { describe, expect, it } from "vitest";
import { calendarDate } from "../kalender";
import { doorstroomIn, jaarperiode, perGroep, perInwoner, tredenOp, tredeOp, type Ladderstap } from "./doorstroom";

const stap = (inwonerId: string, datum: string, trede: number, vastgelegd = `${datum}T12:00:00Z`): Ladderstap => ({
  inwonerId,
  datum: calendarDate(datum),
  trede,
  vastgelegdOp: new Date(vastgelegd),
  toewijzingId: null,
});

describe("the trede on a day (R-LAD-3)", () => {
  const h = perInwoner([stap("a", "2026-03-01", 3), stap("a", "2025-05-01", 2), stap("a", "2026-03-01", 4, "2026-03-01T08:00:00Z")]);
  const a = h.get("a")!;
  it("is the last step on or before the day, two steps of one day in the order they were recorded", () => {
    expect(tredeOp(a, calendarDate("2025-04-30"))).toBeNull();
    expect(tredeOp(a, calendarDate("2025-05-01"))).toBe(2);
    expect(tredeOp(a, calendarDate("2026-02-28"))).toBe(2);
    // recorded 08:00 (trede 4), then 12:00 (trede 3): the later record counts
    expect(tredeOp(a, calendarDate("2026-03-01"))).toBe(3);
  });
  it("counts inwoners per trede, leaving out who had no step yet", () => {
    const h2 = perInwoner([stap("a", "2025-05-01", 2), stap("b", "2025-06-01", 2), stap("c", "2025-07-01", 6), stap("d", "2027-01-01", 1)]);
    expect(tredenOp(h2, calendarDate("2026-12-31"))).toEqual([0, 2, 0, 0, 0, 1]);
  });
});

describe("doorstroom in a year", () => {
  const jaar = jaarperiode(2026);
  const h = perInwoner([
    stap("omhoog", "2025-05-01", 2),
    stap("omhoog", "2026-03-01", 3),
    stap("nieuw", "2026-02-01", 2),
    stap("nieuw", "2026-09-01", 2),
    stap("stil", "2025-01-01", 4),
    stap("omlaag", "2025-12-31", 3),
    stap("omlaag", "2026-12-31", 2),
    stap("later", "2026-01-01", 3),
    stap("later", "2027-01-01", 5),
  ]);
  const d = doorstroomIn(h, jaar);
  it("counts only inwoners with a step in the year, from the trede before it (or their first) to the trede on 31 December", () => {
    expect(d).toMatchObject({ inwoners: 4, omhoog: 1, gelijk: 2, omlaag: 1 });
  });
  it("fills the matrix from the row of the trede before to the column of the trede after", () => {
    expect(d.matrix[1]![2]).toBe(1); // 2 → 3
    expect(d.matrix[1]![1]).toBe(1); // new on 2, still 2
    expect(d.matrix[2]![1]).toBe(1); // 3 → 2 on the year's last day
    expect(d.matrix[2]![2]).toBe(1); // 3 in the year, the step to 5 is in 2027
    expect(d.matrix.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe("trajecten per group", () => {
  it("compares the trede after with the trede at the start, and counts the steps made (R-EV-3)", () => {
    const rijen = perGroep([
      { groep: "Ontwikkeling naar trede 4", bijStart: 3, na: 4, stapGemaakt: true },
      { groep: "Ontwikkeling naar trede 4", bijStart: 3, na: 3, stapGemaakt: false },
      { groep: "Ontwikkeling naar trede 4", bijStart: null, na: 4, stapGemaakt: true },
      { groep: "Begeleiding groep", bijStart: 2, na: 1, stapGemaakt: null },
    ]);
    expect(rijen).toEqual([
      { groep: "Begeleiding groep", aantal: 1, omhoog: 0, gelijk: 0, omlaag: 1, onbekend: 0, stapGemaakt: 0, stapNietGemaakt: 0 },
      { groep: "Ontwikkeling naar trede 4", aantal: 3, omhoog: 1, gelijk: 1, omlaag: 0, onbekend: 1, stapGemaakt: 2, stapNietGemaakt: 1 },
    ]);
  });
});
