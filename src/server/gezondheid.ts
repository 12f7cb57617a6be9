import "server-only";
import pakket from "../../package.json";
import { db } from "./db";
import { log } from "./log";

const TIMEOUT_MS = 3000;

export type Gezondheid = { status: "ok" | "fout"; database: "ok" | "onbereikbaar"; version: string };

/** Does the database answer (within 3 s)? */
export async function gezondheid(): Promise<Gezondheid> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, weiger) => (timer = setTimeout(() => weiger(new Error("database antwoordt niet binnen 3 s")), TIMEOUT_MS))),
    ]);
    return { status: "ok", database: "ok", version: pakket.version };
  } catch (err) {
    log.warn({ err }, "health check: database onbereikbaar");
    return { status: "fout", database: "onbereikbaar", version: pakket.version };
  } finally {
    clearTimeout(timer);
  }
}
