import { describe, expect, it } from "vitest";
import { GELDIGHEID_MS, tokenStatus } from "./tokens";

const uitgegeven = new Date("2026-11-01T10:00:00Z");
const token = (soort: keyof typeof GELDIGHEID_MS, gebruiktOp: Date | null = null) => ({
  verlooptOp: new Date(uitgegeven.getTime() + GELDIGHEID_MS[soort]),
  gebruiktOp,
});

describe("tokenStatus", () => {
  it("an invitation works for 7 days, not a millisecond longer", () => {
    expect(tokenStatus(token("UITNODIGING"), new Date("2026-11-08T09:59:59.999Z"))).toBe("geldig");
    expect(tokenStatus(token("UITNODIGING"), new Date("2026-11-08T10:00:00Z"))).toBe("verlopen");
  });
  it("a reset link works for 30 minutes", () => {
    expect(tokenStatus(token("WACHTWOORD_HERSTEL"), new Date("2026-11-01T10:29:59Z"))).toBe("geldig");
    expect(tokenStatus(token("WACHTWOORD_HERSTEL"), new Date("2026-11-01T10:30:00Z"))).toBe("verlopen");
  });
  it("works once", () => {
    expect(tokenStatus(token("UITNODIGING", new Date("2026-11-02T00:00:00Z")), new Date("2026-11-02T00:00:01Z"))).toBe("gebruikt");
  });
  it("an unknown token is unknown", () => {
    expect(tokenStatus(null, new Date())).toBe("onbekend");
  });
});
