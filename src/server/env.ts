import { z } from "zod";

// Every setting of the portal, read from the environment in this one place and validated once
// (issue 8). A fresh clone needs none of them; a bad value stops the server at start with a
// message that names the variable (src/instrumentation.ts loads this module first).
// No "server-only" here: the proxy, the seed and scripts read the same settings.

/** An empty variable counts as unset, the way shells and .env files write "not set". */
const leeg = (v: unknown) => (v === "" ? undefined : v);
const tekst = (standaard: string) => z.preprocess(leeg, z.string().min(1).default(standaard));
const optioneel = z.preprocess(leeg, z.string().min(1).optional());
const aan = (standaard: boolean) =>
  z.preprocess(leeg, z.enum(["true", "false"]).default(standaard ? "true" : "false")).transform((v) => v === "true");
const getal = (standaard: number) => z.preprocess(leeg, z.coerce.number().int().positive().default(standaard));

const schema = z
  .object({
    NODE_ENV: z.preprocess(leeg, z.enum(["development", "production", "test"]).default("development")),
    DATABASE_URL: tekst("file:./data/werktmee.db").refine(
      (u) => /^(file:|postgres(ql)?:\/\/)/.test(u),
      "moet beginnen met file: of postgresql://",
    ),
    /** Where links in e-mails point to. */
    APP_URL: z.preprocess(leeg, z.url().default("http://localhost:3000")),
    PC4_CSV_PATH: tekst("data/nl-pc4.csv"),
    MAP_TILE_URL: z.preprocess(
      leeg,
      z.string().url().default("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"),
    ),
    MAP_TILE_ATTRIBUTION: tekst("Kaartgegevens © Kadaster (PDOK, BRT-Achtergrondkaart)"),
    INTERESSE_RATE_LIMIT: getal(5),
    INTERESSE_RATE_WINDOW_MINUTES: getal(60),
    /** Signs sessions and sign-in tickets; without it a random one is kept in var/auth-secret. */
    AUTH_SECRET: optioneel,
    /** true: sign-in cookies without Secure (a production build over plain http, README). */
    AUTH_INSECURE_COOKIES: aan(false),
    /** Failed sign-ins per client address per 15 minutes (per account it is 5, docs/decisions/0006). */
    INLOG_MAX_PER_ADRES: getal(20),
    /** false: demo accounts need TOTP like every other account. */
    DEMO_ZONDER_TOTP: aan(true),
    /**
     * Reverse proxies whose X-Forwarded-For is believed (comma-separated addresses). Empty: the
     * socket's own address is the client, whatever headers say.
     */
    TRUSTED_PROXIES: z.preprocess(leeg, z.string().default("")).transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    SMTP_URL: z.preprocess(leeg, z.string().url().optional()),
    MAIL_FROM: tekst("Apeldoorn Werkt Mee <noreply@apeldoornwerktmee.nl>"),
    MAIL_OUTBOX_DIR: tekst("var/outbox"),
    /** The /dev/mail viewer in a production build (the e2e tests read their mail there). */
    MAIL_VIEWER: aan(false),
    SEED_DEMO: aan(true),
    /**
     * The in-process schedule of the scheduled tasks (src/server/taken/intern/planning.ts): aan or
     * uit. Unset: aan for a production server on SQLite (the single-machine default, `npm start`),
     * uit otherwise (with PostgreSQL and several instances a CronJob or timer runs `npm run taken`).
     */
    TAKEN_PLANNEN: z.preprocess(leeg, z.enum(["aan", "uit"]).optional()),
    /** pino's level: fatal, error, warn, info, debug, trace or silent (default info; silent in tests). */
    LOG_LEVEL: z.preprocess(leeg, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
    /**
     * The bearer token Prometheus sends to GET /metrics (docs/decisions/0040). Unset: /metrics
     * answers 404. At least 16 characters: it is compared in constant time, not guessed.
     */
    METRICS_TOKEN: z.preprocess(leeg, z.string().min(16, "moet minstens 16 tekens lang zijn").optional()),
    /** The commit this build was made from, shown on /api/health and in every log line; without it `git rev-parse` at start. */
    GIT_COMMIT: optioneel,
  })
  // Several instances on PostgreSQL must sign sessions alike: a per-host random file
  // (src/server/auth/auth-geheim.ts) would make each instance refuse the others' sessions.
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === "production" && /^postgres(ql)?:\/\//.test(e.DATABASE_URL) && !e.AUTH_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "is verplicht in productie met PostgreSQL: alle instanties moeten sessies met hetzelfde geheim ondertekenen (bijv. `openssl rand -base64 32`)",
      });
  });

export type Env = z.infer<typeof schema>;

/** Parse the given variables; the error names each bad variable in plain words. */
export function parseEnv(bron: Record<string, string | undefined>): Env {
  const r = schema.safeParse(bron);
  if (r.success) return r.data;
  const regels = r.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Ongeldige instelling in de omgeving (.env):\n${regels.join("\n")}`);
}

let geladen: Env | null = null;

/**
 * The settings, parsed on first use. Tests set variables before they import the server modules
 * and get a fresh process per file, so parsing once is enough.
 */
export const env: Env = new Proxy({} as Env, {
  get(_doel, sleutel) {
    geladen ??= parseEnv(process.env);
    return geladen[sleutel as keyof Env];
  },
});

/** For tests that change a setting after the first read. */
export function herlaadEnv(): void {
  geladen = null;
}
