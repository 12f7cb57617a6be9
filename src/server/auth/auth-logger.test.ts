import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { maakAuthLogger } from "./auth-logger";

// Issue 8, defect 12: every wrong code wrote a stack trace to the log. Now one pino line per event.
function opvangen() {
  const regels: Record<string, unknown>[] = [];
  const stroom = new Writable({
    write(chunk: Buffer, _enc, klaar) {
      for (const r of chunk.toString().split("\n").filter(Boolean)) regels.push(JSON.parse(r) as Record<string, unknown>);
      klaar();
    },
  });
  return { regels, logger: maakAuthLogger(pino({ level: "info", base: null, timestamp: false }, stroom)) };
}

describe("next-auth's log", () => {
  it("writes one warn line for a refused sign-in, with the reason and no stack or message", () => {
    const { regels, logger } = opvangen();
    // What next-auth's CredentialsSignin looks like (next-auth itself does not load outside Next).
    const fout = Object.assign(new Error("ticket eyJnZWJydWlrZXJJZCI6… code 123456"), { type: "CredentialsSignin", code: "onjuist" });
    logger.error(fout);
    expect(regels).toEqual([{ level: 40, bron: "auth", reden: "onjuist", msg: "inloggen geweigerd" }]);
  });

  it("never echoes an odd reason, and writes other errors as one line without the message", () => {
    const { regels, logger } = opvangen();
    logger.error(Object.assign(new Error(), { type: "CredentialsSignin", code: "geheim 123456\nmet regels" }));
    logger.error(Object.assign(new Error("wachtwoord=zonnige dinsdag"), { cause: { err: new TypeError("x") } }));
    logger.warn("debug-enabled");
    logger.warn("geheim 123456");
    expect(regels).toEqual([
      { level: 40, bron: "auth", reden: "onbekend", msg: "inloggen geweigerd" },
      { level: 50, bron: "auth", soort: "Error", oorzaak: "TypeError", msg: "auth-fout" },
      { level: 40, bron: "auth", code: "debug-enabled", msg: "auth-waarschuwing" },
      { level: 40, bron: "auth", code: "onbekend", msg: "auth-waarschuwing" },
    ]);
    expect(JSON.stringify(regels)).not.toMatch(/zonnige|123456|stack/);
  });
});
