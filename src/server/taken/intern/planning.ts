import { Cron } from "croner";
import { NEDERLANDSE_TIJDZONE } from "@/domain/kalender";
import type { Env } from "../../env";
import { TAKEN } from "./lijst";

// The in-process schedule (issue 23, docs/decisions/0041): for the single-machine default a
// server process runs the tasks itself, at the times below, in Dutch time (croner keeps the
// wall-clock time across daylight saving). With several instances on PostgreSQL a CronJob or
// systemd timer runs `npm run taken -- <taak>` at these times instead; were the schedule on in
// every replica anyway, the advisory lock lets one run and the others skip.

/** Every task's time, in cron notation (minute hour day month weekday), in this one place. */
export const PLANNING: Readonly<Record<string, string>> = {
  // Retries after a mail server outage: often, so a mail waits minutes, not a day.
  "mail-versturen": "*/5 * * * *",
  // At night: end dates reached yesterday become messages before the berichten team starts.
  "iwmo-bijwerken": "15 2 * * *",
  // Before the working day, after iwmo-bijwerken: today's reminders in the morning's mail.
  herinneringen: "0 7 * * *",
  // At night, when nobody works with the data.
  bewaartermijnen: "30 3 * * *",
};

/** Whether this process runs the schedule: TAKEN_PLANNEN, else on for production on SQLite. */
export function planningAan(env: Pick<Env, "TAKEN_PLANNEN" | "NODE_ENV" | "DATABASE_URL">): boolean {
  if (env.TAKEN_PLANNEN) return env.TAKEN_PLANNEN === "aan";
  return env.NODE_ENV === "production" && env.DATABASE_URL.startsWith("file:");
}

/**
 * Start the schedule; `draai` runs one task by name (the runner, with its lock and log line).
 * Returns the jobs (stop() ends them). protect: a run still busy when the next time comes is not
 * doubled; unref: the schedule does not keep a stopping process alive.
 */
export function startPlanning(draai: (naam: string) => Promise<unknown>): Cron[] {
  // Once per process, also when Next.js loads this module twice.
  const globaal = globalThis as unknown as { werktMeePlanning?: Cron[] };
  return (globaal.werktMeePlanning ??= TAKEN.filter((t) => PLANNING[t.naam]).map(
    (t) =>
      new Cron(PLANNING[t.naam]!, { timezone: NEDERLANDSE_TIJDZONE, protect: true, unref: true }, async () => {
        await draai(t.naam);
      }),
  ));
}
