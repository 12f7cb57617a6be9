import { describe, expect, it } from "vitest";
import { calendarDate } from "../kalender";
import { ketens, type TrajectPeriode } from "./doorstroom-trajecten";

// Issue 21 item 24: a verlenging chain is one traject.

const p = (id: string, verlengingVanId: string | null): TrajectPeriode => ({
  id,
  verlengingVanId,
  inwonerId: "i",
  startdatum: calendarDate("2026-01-01"),
  einde: calendarDate("2026-06-30"),
  product: "P",
  aanbieder: "A",
  stapGemaakt: null,
});

describe("verlenging chains", () => {
  it("puts every period in one chain, from its first period to its last, in any order", () => {
    const k = ketens([p("c", "b"), p("a", null), p("b", "a"), p("x", null)]);
    expect(k.map((x) => [x.eerste.id, x.laatste.id, [...x.ids].sort()])).toEqual([
      ["a", "c", ["a", "b", "c"]],
      ["x", "x", ["x"]],
    ]);
  });

  it("starts a chain at a period whose earlier period is not counted (withdrawn), and survives a loop", () => {
    expect(ketens([p("b", "weg")]).map((x) => x.eerste.id)).toEqual(["b"]);
    // corrupt data: a loop has no first period and is not counted, but never hangs
    expect(ketens([p("a", "b"), p("b", "a")])).toEqual([]);
  });
});
