import "server-only";
import { db } from "./db";
import { log } from "./log";

// Graceful shutdown on SIGTERM (a deploy, a scale-down). `next start` already stops accepting
// connections, lets the requests in flight finish and then exits; the database connection is
// closed at that last moment, after the last request and before the process ends.
// From the signal on, GET /api/health/ready answers 503 (src/server/gezondheid.ts), so that a load
// balancer that still reaches this instance over a kept-alive connection stops sending it work.
const UITERLIJK_MS = 30_000;

const globaal = globalThis as unknown as { werktMeeAfsluiten?: boolean; werktMeeBezigMetAfsluiten?: boolean };

/** Whether this process got SIGTERM and is finishing its last requests. */
export function wordtAfgesloten(): boolean {
  return globaal.werktMeeBezigMetAfsluiten === true;
}

/** For tests: as if SIGTERM came (or, with false, as if it had not). */
export function zetAfsluiten(bezig: boolean): void {
  globaal.werktMeeBezigMetAfsluiten = bezig;
}

export function sluitNetjesAf(): void {
  if (globaal.werktMeeAfsluiten) return;
  globaal.werktMeeAfsluiten = true;
  process.once("SIGTERM", () => {
    globaal.werktMeeBezigMetAfsluiten = true;
    log.info("SIGTERM: geen nieuwe verzoeken meer, lopende verzoeken worden afgemaakt");
    const stop = process.exit.bind(process);
    let bezig = false;
    const sluitEnStop = (code?: number | string | null) => {
      if (bezig) return;
      bezig = true;
      db.$disconnect()
        .then(() => log.info("database gesloten, server stopt"))
        .catch((err: unknown) => log.error({ err }, "database sluiten mislukt"))
        .finally(() => stop(code ?? 0));
    };
    // Next calls process.exit once its server has closed: close the database first.
    process.exit = sluitEnStop as typeof process.exit;
    setTimeout(() => {
      log.warn("lopende verzoeken duurden te lang, server stopt toch");
      sluitEnStop(1);
    }, UITERLIJK_MS).unref();
  });
}
