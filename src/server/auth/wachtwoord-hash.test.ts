import { describe, expect, it } from "vitest";
import { controleerWachtwoord, hashWachtwoord } from "./wachtwoord-hash";

describe("argon2id password hashing", () => {
  it("hashes with argon2id and verifies", async () => {
    const h = await hashWachtwoord("paarse fiets op de dijk");
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await controleerWachtwoord(h, "paarse fiets op de dijk")).toBe(true);
    expect(await controleerWachtwoord(h, "Paarse fiets op de dijk")).toBe(false);
  });
  it("does not truncate long passwords", async () => {
    const lang = "woord ".repeat(20); // 120 characters
    const h = await hashWachtwoord(lang);
    expect(await controleerWachtwoord(h, lang.slice(0, 100))).toBe(false);
    expect(await controleerWachtwoord(h, lang)).toBe(true);
  });
  it("answers false for an account without a password", async () => {
    expect(await controleerWachtwoord(null, "wat dan ook")).toBe(false);
  });
});
