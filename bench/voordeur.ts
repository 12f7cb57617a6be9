// The cost of the front door on a read (issue 22): the gemeente's declaratie queue of one month
// for one aanbieder (100 lines, 100 inwoners: one read record each), called as a page calls it,
// through the pipeline: access check, parameter schema, scoped load, read audit. Run on the
// database that bench/declaraties.ts filled, in its own process (server modules need the
// react-server condition): `DATABASE_URL=… npx tsx --conditions=react-server bench/voordeur.ts`.
// Prints one JSON line. Also runs against the code before issue 22 (`wachtrij(g, maand, id)`).
import { performance } from "node:perf_hooks";
import { db } from "../src/server/db";
import * as beoordelen from "../src/server/declaraties/beoordelen";

type Oud = (g: unknown, maand: string, aanbiederId?: string) => Promise<unknown>;
type Nieuw = ((g: unknown, invoer: unknown) => Promise<unknown>) & { soort?: string };

async function main() {
  const wachtrij = beoordelen.wachtrij as unknown as Nieuw;
  const lees = (g: unknown, maand: string, aanbiederId: string) =>
    wachtrij.soort === "query" ? wachtrij(g, { maand, aanbiederId }) : (wachtrij as unknown as Oud)(g, maand, aanbiederId);
  const rij = await db.gebruiker.create({
    data: { email: `bench-voordeur-${Date.now()}@bench.example`, naam: "Bench teammanager", rol: "TEAMMANAGER" },
  });
  const g = { id: rij.id, naam: rij.naam, email: rij.email, rol: rij.rol, aanbiederId: null };
  const aanbieders = (await db.aanbieder.findMany({ where: { slug: { startsWith: "bench-" } }, select: { id: true } })).map((a) => a.id);
  const maanden = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);
  let i = 0;
  const een = () => lees(g, maanden[i % 12]!, aanbieders[i++ % aanbieders.length]!);
  const eerste = (await een()) as { ok?: boolean; regels?: unknown[]; data?: { regels: unknown[] } } | null;
  const aantal = eerste?.data?.regels.length ?? eerste?.regels?.length ?? 0;
  if (aantal === 0) throw new Error("De wachtrij is leeg: vul eerst de database (bench/declaraties.ts)");
  for (let k = 0; k < 5; k++) await een();
  const tijden: number[] = [];
  for (let k = 0; k < 60; k++) {
    const t0 = performance.now();
    await een();
    tijden.push(performance.now() - t0);
  }
  tijden.sort((a, b) => a - b);
  const p = (q: number) => Number(tijden[Math.min(tijden.length - 1, Math.floor(q * tijden.length))]!.toFixed(2));
  console.log(JSON.stringify({ voordeur_wachtrij_regels: aantal, voordeur_wachtrij_p50: p(0.5), voordeur_wachtrij_p99: p(0.99) }));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
