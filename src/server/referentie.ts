import "server-only";
import { VERPLICHTE_MOGELIJKHEDEN } from "@/domain/toewijzing/product-plichten";
import type { BekendeSlugs } from "@/domain/zoekparameters";
import { db } from "./db";

// Branches and options change only through beheer; a short in-process cache spares the
// catalogue two queries per request without serving stale data for long.
const GELDIG_MS = 60_000;
let cache: { tot: number; waarde: Promise<Referentie> } | null = null;

export type Referentie = Awaited<ReturnType<typeof laadReferentie>>;

async function laadReferentie() {
  const [branches, mogelijkheden, treden] = await Promise.all([
    db.branche.findMany({ orderBy: { naam: "asc" }, select: { id: true, slug: true, naam: true } }),
    db.mogelijkheid.findMany({ orderBy: { volgorde: "asc" }, select: { slug: true, naam: true, soort: true, omschrijving: true } }),
    db.trede.findMany({ orderBy: { nummer: "asc" } }),
  ]);
  return {
    branches,
    ondersteuning: mogelijkheden.filter((m) => m.soort === "ONDERSTEUNING"),
    // R-PRD-7 (issue 11 defect 9): the portfolio is an obligation of every product, never an option.
    ontwikkelmogelijkheden: mogelijkheden.filter((m) => m.soort === "ONTWIKKELING" && !VERPLICHTE_MOGELIJKHEDEN.has(m.slug)),
    treden,
  };
}

export function referentie(): Promise<Referentie> {
  const nu = Date.now();
  if (!cache || cache.tot < nu) {
    const waarde = laadReferentie();
    cache = { tot: nu + GELDIG_MS, waarde };
    waarde.catch(() => (cache = null));
  }
  return cache.waarde;
}

export function bekendeSlugs(r: Referentie): BekendeSlugs {
  return {
    branches: new Set(r.branches.map((b) => b.slug)),
    ondersteuning: new Set(r.ondersteuning.map((m) => m.slug)),
    ontwikkelmogelijkheden: new Set(r.ontwikkelmogelijkheden.map((m) => m.slug)),
  };
}
