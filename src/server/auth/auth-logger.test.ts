import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "./auth-logger";

// Issue 8, defect 12: every wrong code wrote a stack trace to the log.
describe("next-auth's log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one line for a refused sign-in, with the reason and no stack", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    // What next-auth's CredentialsSignin looks like (next-auth itself does not load outside Next).
    const fout = Object.assign(new Error("ticket eyJnZWJydWlrZXJJZCI6… code 123456"), { type: "CredentialsSignin", code: "onjuist" });
    authLogger.error(fout);
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([["[auth] inloggen geweigerd (onjuist)"]]);
  });
  it("never echoes an odd reason, and writes other errors as one line without the message", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const fout = Object.assign(new Error(), { type: "CredentialsSignin", code: "geheim 123456\nmet regels" });
    authLogger.error(fout);
    authLogger.error(Object.assign(new Error("wachtwoord=zonnige dinsdag"), { cause: { err: new TypeError("x") } }));
    expect(warn.mock.calls).toEqual([["[auth] inloggen geweigerd (onbekend)"]]);
    expect(error.mock.calls).toEqual([["[auth][error] Error (TypeError)"]]);
  });
});
