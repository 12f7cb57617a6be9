import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlId } from "./html-id";

describe("htmlId: an id from text that aria-labelledby can point at", () => {
  it("makes the dashboard's group headings single, valid ids", () => {
    expect(htmlId("wv", "Nieuwe meldingen")).toBe("wv-nieuwe-meldingen");
    expect(htmlId("wv", "Uitkomst van een evaluatiegesprek vastleggen")).toBe("wv-uitkomst-van-een-evaluatiegesprek-vastleggen");
    expect(htmlId("wv", "Te laat")).toBe("wv-te-laat");
  });
  it("removes accents, punctuation and whitespace of any kind, and never yields an empty id or a leading digit", () => {
    expect(htmlId("filter", "Oriëntatie & café")).toBe("filter-orientatie-cafe");
    expect(htmlId("a\tb\u00a0c\nd")).toBe("a-b-c-d");
    expect(htmlId("", "  ")).toBe("id");
    expect(htmlId(3, "x")).toBe("id-3-x");
  });
  it("property: the result never contains whitespace or characters a list of ids or a selector would split on", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), (delen) => {
        expect(htmlId(...delen)).toMatch(/^[a-z_][a-z0-9_-]*$/);
      }),
    );
  });
});
