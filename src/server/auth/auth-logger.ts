// next-auth's own log (its `logger` option). By default it prints a stack trace for every failed
// sign-in, a wrong code included. Here: one line per event, never a stack, a request value or a
// secret (issue 8, defect 12). A refused sign-in is an everyday event, not a server error.

type Fout = Error & { type?: string; code?: unknown };

/** The reason a refused sign-in carries (src/server/auth/config.ts); next-auth's own is "credentials". */
const reden = (fout: Fout) => (typeof fout.code === "string" && /^[a-z-]{1,30}$/.test(fout.code) ? fout.code : "onbekend");

export const authLogger = {
  error(fout: Fout) {
    // next-auth's CredentialsSignin (and its subclasses) carry this type.
    if (fout.type === "CredentialsSignin") {
      console.warn(`[auth] inloggen geweigerd (${reden(fout)})`);
      return;
    }
    const soort = fout.type ?? fout.name;
    const oorzaak = (fout.cause as { err?: unknown } | undefined)?.err;
    console.error(`[auth][error] ${soort}${oorzaak instanceof Error ? ` (${oorzaak.name})` : ""}`);
  },
  warn(code: string) {
    console.warn(`[auth][warn] ${code}`);
  },
  debug() {},
};
