import { describe, expect, it } from "vitest";
import {
  gesprekNogTeHouden,
  isGestopt,
  laatsteAnderMoment,
  magIntrekken,
  magVerlengen,
  startNogTeMelden,
  volgendeMelding,
} from "./traject-regels";

// The life-cycle questions the pages and use cases ask of a toewijzing (issue 22).

describe("volgendeMelding", () => {
  it("offers the start while toegewezen and the stop while gestart", () => {
    expect(volgendeMelding({ status: "TOEGEWEZEN" })).toBe("start");
    expect(volgendeMelding({ status: "GESTART" })).toBe("stop");
  });
  it("offers nothing once stopped or withdrawn", () => {
    expect(volgendeMelding({ status: "BEEINDIGD" })).toBeNull();
    expect(volgendeMelding({ status: "INGETROKKEN" })).toBeNull();
  });
});

describe("startNogTeMelden and isGestopt", () => {
  it("waits for the start only while toegewezen", () => {
    expect(startNogTeMelden({ status: "TOEGEWEZEN" })).toBe(true);
    expect(startNogTeMelden({ status: "GESTART" })).toBe(false);
    expect(startNogTeMelden({ status: "BEEINDIGD" })).toBe(false);
  });
  it("is gestopt only after a reported stop", () => {
    expect(isGestopt({ status: "BEEINDIGD" })).toBe(true);
    expect(isGestopt({ status: "GESTART" })).toBe(false);
    expect(isGestopt({ status: "INGETROKKEN" })).toBe(false);
  });
});

describe("magIntrekken", () => {
  it("only before the start", () => {
    expect(magIntrekken({ status: "TOEGEWEZEN" })).toBe(true);
    expect(magIntrekken({ status: "GESTART" })).toBe(false);
    expect(magIntrekken({ status: "INGETROKKEN" })).toBe(false);
  });
});

describe("magVerlengen", () => {
  it("a running or stopped period without a verlenging", () => {
    expect(magVerlengen({ status: "GESTART", verlenging: null })).toBe(true);
    expect(magVerlengen({ status: "BEEINDIGD", verlenging: null })).toBe(true);
  });
  it("not once withdrawn or already extended", () => {
    expect(magVerlengen({ status: "INGETROKKEN", verlenging: null })).toBe(false);
    expect(magVerlengen({ status: "GESTART", verlenging: { id: "t2" } })).toBe(false);
  });
});

describe("laatsteAnderMoment", () => {
  it("finds the newest request for another moment", () => {
    const g = [
      { id: "a", status: "ANDER_MOMENT" },
      { id: "b", status: "ANDER_MOMENT" },
      { id: "c", status: "VOORGESTELD" },
    ];
    expect(laatsteAnderMoment(g)?.id).toBe("b");
  });
  it("is null when none was asked", () => {
    expect(laatsteAnderMoment([{ status: "GEACCEPTEERD" }])).toBeNull();
  });
});

describe("gesprekNogTeHouden", () => {
  const nu = new Date("2026-03-10T10:00:00Z");
  it("an accepted gesprek whose moment lies ahead", () => {
    expect(gesprekNogTeHouden({ status: "GEACCEPTEERD", moment: new Date("2026-03-10T10:00:01Z") }, nu)).toBe(true);
  });
  it("not once the moment has come, nor before acceptance", () => {
    expect(gesprekNogTeHouden({ status: "GEACCEPTEERD", moment: nu }, nu)).toBe(false);
    expect(gesprekNogTeHouden({ status: "VOORGESTELD", moment: new Date("2026-04-01T10:00:00Z") }, nu)).toBe(false);
  });
});
