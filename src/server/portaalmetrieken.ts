import "server-only";
import { collectDefaultMetrics } from "prom-client";
import { openPerMaand } from "@/domain/declaratie/termijn";
import { ONDERZOEK_WEKEN } from "@/domain/iwmo/werkdagen";
import { addDays, vandaagInNederland } from "@/domain/kalender";
import { db } from "./db";
import { meetBijOpvragen, metrieken } from "./metriek";

// The portal's own gauges on /metrics (issue 23, docs/decisions/0040), read from the database when
// Prometheus scrapes: iWmo messages due and late, and declaratie lines waiting for the gemeente's
// check. Counts per kind only: never an inwoner, an aanbieder or a number in a label. Imported by
// the /metrics route; registering twice is harmless (meetBijOpvragen keeps the first).

type IwmoStand = { wat: IwmoSoort; open: number; teLaat: number }[];
type IwmoSoort = "bericht-gemeente" | "bericht-aanbieder" | "antwoord-op-verzoek";

/**
 * The deadline list of the Berichten pages (berichtTermijnen in src/server/iwmo/berichten.ts),
 * for every side at once: messages to send (late after their `uiterlijkOp`) and verzoeken waiting
 * for the gemeente's answer (5 working days; in onderzoek: 8 weeks after the dagtekening).
 */
async function iwmoStand(nu = new Date()): Promise<IwmoStand> {
  const vandaag = vandaagInNederland(nu);
  const [berichten, verzoeken] = await Promise.all([
    db.iwmoBericht.findMany({ where: { status: "TE_VERZENDEN" }, select: { partij: true, uiterlijkOp: true } }),
    db.iwmoVerzoek.findMany({
      where: { status: { in: ["OPEN", "IN_ONDERZOEK"] } },
      select: { status: true, uiterlijkAntwoordOp: true, bericht: { select: { dagtekening: true } } },
    }),
  ]);
  const stand: Record<IwmoSoort, { open: number; teLaat: number }> = {
    "bericht-gemeente": { open: 0, teLaat: 0 },
    "bericht-aanbieder": { open: 0, teLaat: 0 },
    "antwoord-op-verzoek": { open: 0, teLaat: 0 },
  };
  for (const b of berichten) {
    const s = stand[b.partij === "GEMEENTE" ? "bericht-gemeente" : "bericht-aanbieder"];
    s.open++;
    if (b.uiterlijkOp && b.uiterlijkOp < vandaag) s.teLaat++;
  }
  for (const v of verzoeken) {
    const uiterlijk = v.status === "IN_ONDERZOEK" ? addDays(v.bericht.dagtekening, ONDERZOEK_WEKEN * 7) : v.uiterlijkAntwoordOp;
    stand["antwoord-op-verzoek"].open++;
    if (uiterlijk < vandaag) stand["antwoord-op-verzoek"].teLaat++;
  }
  return (Object.keys(stand) as IwmoSoort[]).map((wat) => ({ wat, ...stand[wat] }));
}

async function declaratieStand(nu = new Date()): Promise<{ open: number; teLaat: number }> {
  const regels = await db.declaratieregel.findMany({ where: { status: "INGEDIEND" }, select: { maand: true, ingediendOp: true } });
  const perMaand = openPerMaand(regels, vandaagInNederland(nu));
  return { open: regels.length, teLaat: perMaand.reduce((s, m) => s + m.teLaat, 0) };
}

/** One read per scrape for the two gauges that share it. */
function eenKeerPerScrape<T>(lees: () => Promise<T>): () => Promise<T> {
  let bezig: { op: number; waarde: Promise<T> } | null = null;
  return () => {
    if (!bezig || Date.now() - bezig.op > 1000) bezig = { op: Date.now(), waarde: lees() };
    return bezig.waarde;
  };
}

const iwmo = eenKeerPerScrape(() => iwmoStand());
const declaraties = eenKeerPerScrape(() => declaratieStand());

export function registreerPortaalMetrieken(): void {
  const globaal = globalThis as unknown as { werktMeeStandaardMetrieken?: boolean };
  if (!globaal.werktMeeStandaardMetrieken) {
    globaal.werktMeeStandaardMetrieken = true;
    collectDefaultMetrics({ register: metrieken.registry });
  }
  meetBijOpvragen(
    "werktmee_iwmo_termijnen_open",
    "iWmo-berichten die verzonden of beantwoord moeten worden, per soort",
    ["wat"],
    async () => (await iwmo()).map((s) => ({ labels: { wat: s.wat }, waarde: s.open })),
  );
  meetBijOpvragen("werktmee_iwmo_termijnen_te_laat", "iWmo-berichten waarvan de termijn verstreken is, per soort", ["wat"], async () =>
    (await iwmo()).map((s) => ({ labels: { wat: s.wat }, waarde: s.teLaat })),
  );
  meetBijOpvragen(
    "werktmee_declaratieregels_open",
    "Ingediende declaratieregels die op controle door de gemeente wachten",
    [],
    async () => (await declaraties()).open,
  );
  meetBijOpvragen(
    "werktmee_declaratieregels_te_laat",
    "Ingediende declaratieregels waarvan de antwoordtermijn verstreken is",
    [],
    async () => (await declaraties()).teLaat,
  );
}
