import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BEREIK, datumVeld, optioneleDatumVeld, parseDatum, vandaagInNederland } from "./datum";

describe("parseDatum: only days that exist (issue 8, defect 7)", () => {
  it.each([
    ["2026-03-01", "2026-03-01"],
    ["1-3-2026", "2026-03-01"],
    ["01/03/2026", "2026-03-01"],
    ["29.2.2024", "2024-02-29"],
    [" 2026-12-31 ", "2026-12-31"],
  ])("reads %s as %s", (invoer, iso) => {
    expect(parseDatum(invoer)?.toISOString().slice(0, 10)).toBe(iso);
  });

  it.each([
    "2026-02-30",
    "2025-02-29",
    "31-04-2026",
    "2026-13-01",
    "0000-01-01",
    "1899-12-31",
    "2101-01-01",
    "2026-3-1x",
    "",
    "gisteren",
    "20260301",
  ])("refuses %s, never rolling over", (invoer) => {
    expect(parseDatum(invoer)).toBeNull();
  });
});

describe("today is the Dutch calendar day", () => {
  it("is already the next day at 00:30 Dutch time (23:30 UTC the day before)", () => {
    expect(vandaagInNederland(new Date("2026-06-14T22:30:00Z")).toISOString().slice(0, 10)).toBe("2026-06-15");
    expect(vandaagInNederland(new Date("2026-01-14T23:30:00Z")).toISOString().slice(0, 10)).toBe("2026-01-15");
  });
  it("is still the same day at 23:59 Dutch time", () => {
    expect(vandaagInNederland(new Date("2026-06-15T21:59:00Z")).toISOString().slice(0, 10)).toBe("2026-06-15");
  });
});

describe("date fields in schemas", () => {
  const schema = z.object({
    geboortedatum: datumVeld({ leeg: "Vul de geboortedatum in.", ...BEREIK.geboortedatum }),
    eind: optioneleDatumVeld(BEREIK.looptijd),
  });
  const fout = (v: Record<string, unknown>) => schema.safeParse(v).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);

  it("accepts a birth date and an empty optional date", () => {
    expect(schema.parse({ geboortedatum: "15-03-1990", eind: "" })).toEqual({
      geboortedatum: new Date("1990-03-15T00:00:00Z"),
      eind: null,
    });
  });
  it("refuses a birth date in the future or before 1900 with the field's message", () => {
    expect(fout({ geboortedatum: "01-01-2999", eind: "" })).toEqual([
      "geboortedatum: Vul een bestaande datum in, bijvoorbeeld 15-03-2026.",
    ]);
    expect(fout({ geboortedatum: "2099-01-01", eind: "" })).toEqual(["geboortedatum: Een geboortedatum ligt tussen 1900 en vandaag."]);
    expect(fout({ geboortedatum: "0000-01-01", eind: "" })).toEqual([
      "geboortedatum: Vul een bestaande datum in, bijvoorbeeld 15-03-2026.",
    ]);
  });
  it("refuses a day that does not exist instead of rolling it over", () => {
    expect(fout({ geboortedatum: "1990-01-01", eind: "2026-02-30" })).toEqual([
      "eind: Vul een bestaande datum in, bijvoorbeeld 15-03-2026.",
    ]);
  });
  it("treats a missing or crafted value as text, never a crash", () => {
    expect(fout({ eind: ["2026-01-01"] })?.[0]).toBe("geboortedatum: Vul de geboortedatum in.");
    expect(schema.safeParse({ geboortedatum: { contains: "" }, eind: 5 }).success).toBe(false);
  });
});
