import { describe, expect, it } from "vitest";
import { formatTijdstip } from "../format";
import { beginVanDagInNederland } from "./tijd";

describe("beginVanDagInNederland", () => {
  it.each([
    ["2026-01-15", "2026-01-14T23:00:00.000Z"], // winter time, UTC+1
    ["2026-07-01", "2026-06-30T22:00:00.000Z"], // summer time, UTC+2
    ["2026-03-29", "2026-03-28T23:00:00.000Z"], // the day summer time starts (at 02:00)
    ["2026-03-30", "2026-03-29T22:00:00.000Z"],
    ["2026-10-25", "2026-10-24T22:00:00.000Z"], // the day winter time starts (at 03:00)
    ["2026-10-26", "2026-10-25T23:00:00.000Z"],
    ["2027-01-01", "2026-12-31T23:00:00.000Z"],
  ])("%s begins at %s", (dag, moment) => {
    expect(beginVanDagInNederland(new Date(`${dag}T00:00:00Z`)).toISOString()).toBe(moment);
  });
});

describe("formatTijdstip", () => {
  it("shows Dutch local time", () => {
    expect(formatTijdstip(new Date("2026-11-22T19:18:33Z"), { seconden: true })).toBe("22 november 2026 om 20:18:33");
    expect(formatTijdstip(new Date("2026-07-01T10:00:00Z"), { seconden: true })).toBe("1 juli 2026 om 12:00:00");
  });
});
