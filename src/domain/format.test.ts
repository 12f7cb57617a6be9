import { describe, expect, it } from "vitest";
import { formatDatum, formatEuro, formatTijd, formatTijdstip, meervoud } from "./format";

describe("formatEuro", () => {
  it.each([
    [1063, "€ 10,63"],
    [31904, "€ 319,04"],
    [190000, "€ 1.900,00"],
    [0, "€ 0,00"],
  ])("%i cents reads %s", (cent, tekst) => {
    expect(formatEuro(cent)).toBe(tekst);
  });
  it("refuses fractions of cents (R-TAR-3)", () => {
    expect(() => formatEuro(10.5)).toThrow();
  });
});

describe("formatDatum", () => {
  it("writes dates the Dutch way", () => {
    expect(formatDatum(new Date("2026-11-22T12:00:00Z"))).toBe("22 november 2026");
  });
  it("uses Dutch time, not UTC, at the year boundary", () => {
    expect(formatDatum(new Date("2025-12-31T23:30:00Z"))).toBe("1 januari 2026");
  });
});

describe("meervoud", () => {
  it("picks singular or plural", () => {
    expect(meervoud(1, "werkplek", "werkplekken")).toBe("1 werkplek");
    expect(meervoud(1234, "werkplek", "werkplekken")).toBe("1.234 werkplekken");
  });
});

describe("formatTijdstip", () => {
  it("shows Dutch local time", () => {
    expect(formatTijdstip(new Date("2026-11-22T19:18:33Z"), { seconden: true })).toBe("22 november 2026 om 20:18:33");
    expect(formatTijdstip(new Date("2026-07-01T10:00:00Z"), { seconden: true })).toBe("1 juli 2026 om 12:00:00");
  });
});

describe("formatTijd", () => {
  it("shows the Dutch clock, with seconds when asked", () => {
    expect(formatTijd(new Date("2026-11-22T19:18:33Z"))).toBe("20:18");
    expect(formatTijd(new Date("2026-07-01T10:00:05Z"), { seconden: true })).toBe("12:00:05");
  });
});
