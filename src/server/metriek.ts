import { Counter, Gauge, Histogram, Registry } from "prom-client";

// The portal's Prometheus metrics (issue 23), served on GET /metrics for a bearer token only.
// One registry per process, kept on globalThis: Next.js may load this module more than once (the
// instrumentation hook, route handlers and server actions are bundled apart), and every copy must
// count into the same registry. Labels never carry personal data: routes as patterns, statuses,
// task names and outcomes only. No "server-only": the task runner (scripts) counts here too.

type Metrieken = {
  registry: Registry;
  verzoeken: Counter<"route" | "methode" | "status">;
  verzoekDuur: Histogram<"route" | "methode" | "status">;
  taakRuns: Counter<"taak" | "uitkomst">;
  taakDuur: Histogram<"taak">;
};

function maak(): Metrieken {
  const registry = new Registry();
  return {
    registry,
    verzoeken: new Counter({
      name: "werktmee_http_verzoeken_totaal",
      help: "Beantwoorde HTTP-verzoeken, per route (patroon), methode en status",
      labelNames: ["route", "methode", "status"] as const,
      registers: [registry],
    }),
    verzoekDuur: new Histogram({
      name: "werktmee_http_verzoek_duur_seconden",
      help: "Duur van HTTP-verzoeken in seconden, per route (patroon), methode en status",
      labelNames: ["route", "methode", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    taakRuns: new Counter({
      name: "werktmee_taak_runs_totaal",
      help: "Runs van geplande taken, per taak en uitkomst (gelukt, mislukt, overgeslagen)",
      labelNames: ["taak", "uitkomst"] as const,
      registers: [registry],
    }),
    taakDuur: new Histogram({
      name: "werktmee_taak_duur_seconden",
      help: "Duur van runs van geplande taken in seconden",
      labelNames: ["taak"] as const,
      buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900],
      registers: [registry],
    }),
  };
}

const globaal = globalThis as unknown as { werktMeeMetrieken?: Metrieken };
export const metrieken: Metrieken = (globaal.werktMeeMetrieken ??= maak());

/** A task run, counted once: `uitkomst` is "gelukt", "mislukt" or "overgeslagen" (another instance held the lock). */
export function telTaakRun(taak: string, uitkomst: "gelukt" | "mislukt" | "overgeslagen", seconden: number): void {
  metrieken.taakRuns.inc({ taak, uitkomst });
  if (uitkomst !== "overgeslagen") metrieken.taakDuur.observe({ taak }, seconden);
}

/**
 * A gauge read from the database when /metrics is scraped (the mail queue, iWmo messages due and
 * late, open declaratie lines): `lees` gives one value, or values per label set. Registering the
 * same name twice keeps the first (modules may load twice, see above).
 */
export function meetBijOpvragen<L extends string>(
  naam: string,
  help: string,
  labelNames: readonly L[],
  lees: () => Promise<number | { labels: Record<L, string>; waarde: number }[]>,
): void {
  if (metrieken.registry.getSingleMetric(naam)) return;
  new Gauge<L>({
    name: naam,
    help,
    labelNames,
    registers: [metrieken.registry],
    async collect() {
      const v = await lees();
      this.reset();
      if (typeof v === "number") this.set(v);
      else for (const { labels, waarde } of v) this.set(labels as Partial<Record<L, string | number>>, waarde);
    },
  });
}
