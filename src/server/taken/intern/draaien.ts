import "server-only";
import { createHash } from "node:crypto";
import type pino from "pino";
import { db } from "../../db";
import { log as standaardLog } from "../../log";
import { telTaakRun } from "../../metriek";
import { soortVan } from "../../prisma-client";
import { onbekendeTaakMelding, vindTaak } from "./lijst";
import { TaakFout, type Taak, type Telling } from "./taak";

// Runs one task once (issue 23, docs/decisions/0041): at most one run of a task at a time across
// instances, one JSON log line per run (taak, uitkomst, duur, counts), counted in /metrics.
// On PostgreSQL a transaction-level advisory lock with a stable key per task guards the run: a
// second instance (a CronJob, a systemd timer, another replica's schedule) that finds it taken
// skips ("overgeslagen"), and the lock ends with its connection if a process dies. SQLite is one
// process by design: there a run skips when the same process already runs the task. The tasks
// themselves are idempotent, so a run that overlaps anyway (two processes on one SQLite file) does
// nothing twice.

export type Uitkomst = "gelukt" | "mislukt" | "overgeslagen";
export type Run = { taak: string; uitkomst: Uitkomst; duur: number; telling: Telling };

export class OnbekendeTaak extends Error {}

/** A stable 64-bit lock key per task name (the same in every instance and release). */
export function slotSleutel(naam: string): bigint {
  return createHash("sha256").update(`werktmee:taak:${naam}`).digest().readBigInt64BE(0);
}

// Tasks running in this process (kept on globalThis: Next.js may load this module twice).
const globaal = globalThis as unknown as { werktMeeLopendeTaken?: Set<string> };
const lopend = (globaal.werktMeeLopendeTaken ??= new Set<string>());

/** Hours a run may take at most before PostgreSQL's lock transaction is ended. */
const MAX_DUUR_MS = 6 * 60 * 60_000;

async function metSlot(taak: Taak, werk: () => Promise<Telling>): Promise<Telling | null> {
  if (lopend.has(taak.naam)) return null;
  lopend.add(taak.naam);
  try {
    if (soortVan(db) !== "postgresql") return await werk();
    // The lock holds for this transaction's connection only; the work itself uses other connections.
    return await db.$transaction(
      async (tx) => {
        const sleutel = slotSleutel(taak.naam).toString();
        const [rij] = await tx.$queryRaw<{ vrij: boolean }[]>`SELECT pg_try_advisory_xact_lock(${sleutel}::bigint) AS vrij`;
        if (!rij?.vrij) return null;
        return werk();
      },
      { maxWait: 30_000, timeout: MAX_DUUR_MS },
    );
  } finally {
    lopend.delete(taak.naam);
  }
}

/**
 * Run the task `naam` as of `nu`. Throws OnbekendeTaak (with the list of tasks) for an unknown
 * name; a failing task does not throw but gives uitkomst "mislukt" (its error is logged).
 */
export async function draaiTaak(naam: string, opties: { nu?: Date; log?: pino.Logger } = {}): Promise<Run> {
  const taak = vindTaak(naam);
  if (!taak) throw new OnbekendeTaak(onbekendeTaakMelding(naam));
  const log = opties.log ?? standaardLog;
  const begin = performance.now();
  let uitkomst: Uitkomst;
  let telling: Telling = {};
  let fout: unknown;
  try {
    const t = await metSlot(taak, () => taak.draai(opties.nu ?? new Date()));
    uitkomst = t ? "gelukt" : "overgeslagen";
    telling = t ?? {};
  } catch (e) {
    uitkomst = "mislukt";
    fout = e;
    if (e instanceof TaakFout) telling = e.telling;
  }
  const duur = Math.round(performance.now() - begin) / 1000;
  telTaakRun(taak.naam, uitkomst, duur);
  const regel = { taak: taak.naam, uitkomst, duur, telling };
  if (uitkomst === "mislukt") log.error({ ...regel, fout: foutOmschrijving(fout) }, "taak mislukt");
  else log.info(regel, uitkomst === "gelukt" ? "taak gedraaid" : "taak overgeslagen: draait al elders");
  return regel;
}

/** A TaakFout's own message (written to hold no personal data); of any other error its kind only. */
function foutOmschrijving(e: unknown): string {
  if (e instanceof TaakFout) return e.message;
  const code = (e as { code?: unknown } | null)?.code;
  return [e instanceof Error ? e.name : typeof e, typeof code === "string" ? code : ""].filter(Boolean).join(" ");
}
