import { describe, expect, it } from "vitest";
import { controleerTotp, hashHerstelcode, nieuweHerstelcodes, nieuwTotpGeheim, totpCode, totpStap, totpUri } from "./totp";

describe("TOTP", () => {
  const geheim = nieuwTotpGeheim();
  const nu = Date.UTC(2026, 10, 22, 12, 0, 0);

  it("accepts the current code and one period of drift, not more", () => {
    expect(controleerTotp(geheim, totpCode(geheim, nu), nu)).toBe(true);
    expect(controleerTotp(geheim, totpCode(geheim, nu - 30_000), nu)).toBe(true);
    expect(controleerTotp(geheim, totpCode(geheim, nu - 90_000), nu)).toBe(false);
  });
  it("tells the time step a code belongs to, so a used step can be refused", () => {
    const stap = Math.floor(nu / 30_000);
    expect(totpStap(geheim, totpCode(geheim, nu), nu)).toBe(stap);
    expect(totpStap(geheim, totpCode(geheim, nu - 30_000), nu)).toBe(stap - 1);
    expect(totpStap(geheim, totpCode(geheim, nu + 30_000), nu)).toBe(stap + 1);
  });
  it("refuses malformed codes", () => {
    for (const c of ["", "12345", "1234567", "abcdef"]) expect(controleerTotp(geheim, c, nu)).toBe(false);
  });
  it("gives an otpauth URI for the QR code", () => {
    expect(totpUri(geheim, "a@b.nl")).toMatch(
      /^otpauth:\/\/totp\/Apeldoorn%20Werkt%20Mee:a%40b\.nl\?issuer=Apeldoorn%20Werkt%20Mee&secret=[A-Z2-7]+/,
    );
  });
  it("makes ten distinct recovery codes and hashes them case-insensitively", () => {
    const codes = nieuweHerstelcodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(hashHerstelcode(codes[0]!.toUpperCase())).toBe(hashHerstelcode(codes[0]!));
  });
});
