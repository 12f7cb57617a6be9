import pino from "pino";
import { env } from "./env";
import { versie } from "./versie";

// Structured logs for operations: one JSON object per line on stdout (pino), with the request id
// (set in src/proxy.ts) and the signed-in user's id where there is one (src/server/verzoek-log.ts).
// Never a name, e-mail address, BSN, password or secret: log ids and outcomes only. The redaction
// below is a second line of defence for a field that slips in by mistake.
// No "server-only" and no Next imports: the proxy and scripts log through this too.

export const VERBODEN_VELDEN = [
  "naam",
  "voornamen",
  "achternaam",
  "email",
  "bsn",
  "telefoon",
  "wachtwoord",
  "password",
  "geheim",
  "token",
  "cookie",
  "authorization",
];

export function maakLogger(bestemming?: pino.DestinationStream) {
  return pino(
    {
      level: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
      // Every line says which build wrote it (src/server/versie.ts).
      base: { app: "werkt-mee", pid: process.pid, ...versie() },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: VERBODEN_VELDEN.flatMap((v) => [v, `*.${v}`]), censor: "[verwijderd]" },
      serializers: { err: pino.stdSerializers.err },
      formatters: { level: (label) => ({ level: label }) },
    },
    bestemming ?? pino.destination({ dest: 1, sync: true }),
  );
}

const globaal = globalThis as unknown as { werktMeeLog?: pino.Logger };
export const log: pino.Logger = (globaal.werktMeeLog ??= maakLogger());
