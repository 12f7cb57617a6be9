import { describe, expect, it } from "vitest";
import { normaliseer, slugify, zoektermen } from "./tekst";

describe("normaliseer", () => {
  it("removes case and accents", () => {
    expect(normaliseer("Café Ëénhoorn  Oriëntatie")).toBe("cafe eenhoorn orientatie");
  });
});

describe("zoektermen", () => {
  it("splits on punctuation and drops empties", () => {
    expect(zoektermen("  Fiets-maker, ÉÉN!! ")).toEqual(["fiets", "maker", "een"]);
  });
  it("keeps at most 8 words of at most 40 characters", () => {
    const lang = "a".repeat(100);
    const r = zoektermen(`${lang} 1 2 3 4 5 6 7 8 9`);
    expect(r).toHaveLength(8);
    expect(r[0]).toHaveLength(40);
  });
  it("treats SQL wildcards as separators", () => {
    expect(zoektermen("100% _test_")).toEqual(["100", "test"]);
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs", () => {
    expect(slugify("Fietsenmaker in Apeldoorn-Zuid!")).toBe("fietsenmaker-in-apeldoorn-zuid");
    expect(slugify("Zorgboerderij 't Hoentje")).toBe("zorgboerderij-t-hoentje");
  });
});
