import { describe, expect, it } from "vitest";
import { MAX_LENGTE, wachtwoordFout } from "./wachtwoord";

describe("wachtwoordFout", () => {
  it("accepts a long passphrase without composition rules", () => {
    expect(wachtwoordFout("paarse fiets op de dijk")).toBeNull();
    expect(wachtwoordFout("alleenkleineletters")).toBeNull();
  });
  it("refuses fewer than 12 characters, counting characters not bytes", () => {
    expect(wachtwoordFout("kort1234567")).toMatch(/minstens 12 tekens/);
    expect(wachtwoordFout("éénéénéénéé")).toMatch(/minstens 12 tekens/); // 11 characters, 22 bytes
    expect(wachtwoordFout("éénéénéénééx")).toBeNull();
  });
  it("allows at least 64 characters and refuses more than the maximum", () => {
    expect(wachtwoordFout("a".repeat(63) + "b")).toBeNull();
    expect(wachtwoordFout("x".repeat(MAX_LENGTE) + "y")).toMatch(/hoogstens/);
  });
  it("refuses commonly used passwords from the maintained list, in any case", () => {
    expect(wachtwoordFout("qwerty123456")).toMatch(/veel gebruikt/);
    expect(wachtwoordFout("Administrator")).toMatch(/veel gebruikt/);
    expect(wachtwoordFout("1QAZ2WSX3EDC")).toMatch(/veel gebruikt/);
  });
  it("refuses the e-mail address and one repeated character", () => {
    expect(wachtwoordFout("jan.jansen.apd@example.nl", { email: "jan.jansen.apd@example.nl" })).toMatch(/e-mailadres/);
    expect(wachtwoordFout("zzzzzzzzzzzzzz")).toMatch(/herhaald/);
  });
});
