import type pino from "pino";
import { log } from "../log";

// next-auth's own log (its `logger` option). By default it prints a stack trace for every failed
// sign-in, a wrong code included. Here: one structured line per event in the portal's pino log,
// never a stack, a request value or a secret (issue 8, defect 12). A refused sign-in is an
// everyday event (warn), not a server error.

type Fout = Error & { type?: string; code?: unknown };

/** The reason a refused sign-in carries (src/server/auth/config.ts); next-auth's own is "credentials". */
const reden = (fout: Fout) => (typeof fout.code === "string" && /^[a-z-]{1,30}$/.test(fout.code) ? fout.code : "onbekend");

/** next-auth's logger, writing to the given pino logger (the portal's own by default). */
export function maakAuthLogger(uit: Pick<pino.Logger, "warn" | "error">) {
  return {
    error(fout: Fout) {
      // next-auth's CredentialsSignin (and its subclasses) carry this type.
      if (fout.type === "CredentialsSignin") {
        uit.warn({ bron: "auth", reden: reden(fout) }, "inloggen geweigerd");
        return;
      }
      const oorzaak = (fout.cause as { err?: unknown } | undefined)?.err;
      uit.error({ bron: "auth", soort: fout.type ?? fout.name, oorzaak: oorzaak instanceof Error ? oorzaak.name : undefined }, "auth-fout");
    },
    warn(code: string) {
      uit.warn({ bron: "auth", code: /^[a-z-]{1,40}$/.test(code) ? code : "onbekend" }, "auth-waarschuwing");
    },
    debug() {},
  };
}

export const authLogger = maakAuthLogger(log);
