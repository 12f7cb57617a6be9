import Link from "next/link";
import { zoekQuery, type Zoekparameters } from "@/domain/zoekparameters";
import type { Referentie } from "@/server/referentie";

type Filter = { label: string; zonder: Zoekparameters };

function filters(p: Zoekparameters, r: Referentie, afstandGebruikt: boolean): Filter[] {
  const basis = { ...p, pagina: 1 };
  const naam = (lijst: { slug: string; naam: string }[], slug: string) => lijst.find((x) => x.slug === slug)?.naam ?? slug;
  return [
    ...(p.q ? [{ label: `Woord: ${p.q}`, zonder: { ...basis, q: "" } }] : []),
    ...(p.vrij ? [{ label: "Alleen met vrije plekken", zonder: { ...basis, vrij: false } }] : []),
    ...(p.postcode && afstandGebruikt ? [{ label: `Binnen ${p.afstand} km van ${p.postcode}`, zonder: { ...basis, postcode: "" } }] : []),
    ...p.branches.map((b) => ({
      label: `Branche: ${naam(r.branches, b)}`,
      zonder: { ...basis, branches: p.branches.filter((x) => x !== b) },
    })),
    ...p.treden.map((t) => ({ label: `Trede ${t}`, zonder: { ...basis, treden: p.treden.filter((x) => x !== t) } })),
    ...p.ontwikkeling.map((o) => ({
      label: `Ontwikkelen naar trede ${o}`,
      zonder: { ...basis, ontwikkeling: p.ontwikkeling.filter((x) => x !== o) },
    })),
    ...p.ondersteuning.map((s) => ({
      label: naam(r.ondersteuning, s),
      zonder: { ...basis, ondersteuning: p.ondersteuning.filter((x) => x !== s) },
    })),
    ...p.ontwikkelmogelijkheden.map((s) => ({
      label: naam(r.ontwikkelmogelijkheden, s),
      zonder: { ...basis, ontwikkelmogelijkheden: p.ontwikkelmogelijkheden.filter((x) => x !== s) },
    })),
  ];
}

/** Every active filter, each removable on its own, plus "remove all". */
export function ActieveFilters({
  p,
  referentie,
  afstandGebruikt,
}: {
  p: Zoekparameters;
  referentie: Referentie;
  afstandGebruikt: boolean;
}) {
  const lijst = filters(p, referentie, afstandGebruikt);
  if (lijst.length === 0) return null;
  return (
    <section aria-labelledby="actieve-filters" className="mb-4">
      <h2 id="actieve-filters" className="font-bold mb-2">
        Je zoekt op
      </h2>
      <ul className="flex flex-wrap gap-2">
        {lijst.map((f) => (
          <li key={f.label}>
            <Link
              href={`/werkplekken${zoekQuery(f.zonder)}`}
              className="inline-flex items-center gap-2 rounded-full border-2 border-accent bg-accent-licht px-3 py-1 no-underline text-[var(--kleur-accent-donker)] hover:underline"
            >
              <span>{f.label}</span>
              <span aria-hidden="true">✕</span>
              <span className="sr-only">(filter weghalen)</span>
            </Link>
          </li>
        ))}
        {lijst.length > 1 && (
          <li>
            <Link href="/werkplekken" className="inline-block px-3 py-1">
              Alle filters weghalen
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
