import { describe, expect, it } from "vitest";
import { calendarDate as d, toIsoDate } from "../kalender";
import { antwoordUiterlijk, isTeLaat, openPerMaand } from "./termijn";

describe("the answer deadline of a declaratie line: 10 working days after receipt (reactietermijnen.md, OP090x4)", () => {
  it("counts working days from the Dutch day of receipt, skipping weekends and public holidays", () => {
    // Tuesday 2 June 2026 → Tuesday 16 June.
    expect(toIsoDate(antwoordUiterlijk(new Date("2026-06-02T10:00:00Z")))).toBe("2026-06-16");
    // 23:30 UTC on 1 June is 2 June in the Netherlands.
    expect(toIsoDate(antwoordUiterlijk(new Date("2026-06-01T23:30:00Z")))).toBe("2026-06-16");
    // Received Friday 24 April 2026: Koningsdag (Monday 27 April) does not count → 11 May.
    expect(toIsoDate(antwoordUiterlijk(new Date("2026-04-24T09:00:00Z")))).toBe("2026-05-11");
  });
  it("is late from the day after the last day", () => {
    expect(isTeLaat(d("2026-06-16"), d("2026-06-16"))).toBe(false);
    expect(isTeLaat(d("2026-06-16"), d("2026-06-17"))).toBe(true);
  });
  it("groups the open lines of every month, oldest first, with the earliest deadline and the late ones", () => {
    const open = openPerMaand(
      [
        { maand: "2026-05", ingediendOp: new Date("2026-06-10T09:00:00Z") },
        { maand: "2026-03", ingediendOp: new Date("2026-06-02T09:00:00Z") },
        { maand: "2026-03", ingediendOp: new Date("2026-04-02T09:00:00Z") },
      ],
      d("2026-06-17"),
    );
    expect(open.map((m) => [m.maand, m.aantal, m.teLaat, toIsoDate(m.eersteUiterlijk)])).toEqual([
      ["2026-03", 2, 2, "2026-04-17"],
      ["2026-05", 1, 0, "2026-06-24"],
    ]);
  });
});
