"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition, type FormEvent } from "react";
import { meervoud } from "@/domain/format";
import { AFSTANDEN, filterAantal, type Zoekparameters } from "@/domain/zoekfilters";
import { htmlId } from "@/domain/html-id";

// The catalogue's search: a plain GET form (the URL is the search, shareable, works without
// JavaScript) that posts to #resultaten, so after "Zoeken" the results are in view. The filter
// groups fold away in <details>: the whole set behind one "Filters" control on a phone (always open
// on a wide screen, see globals.css), each group closed unless it has a choice.
// With JavaScript a changed checkbox or distance applies at once, without a reload: the scroll
// position and the focus stay where they are.

type Optie = { waarde: string; label: string };
export type FilterKeuzes = { branches: Optie[]; ondersteuning: Optie[]; ontwikkelmogelijkheden: Optie[] };

type Props = { p: Zoekparameters; keuzes: FilterKeuzes; postcodeFout: string | null; totaal: number };

const TREDEN: Optie[] = [
  { waarde: "3", label: "Trede 3: meedoen, met begeleiding dichtbij" },
  { waarde: "4", label: "Trede 4: onbetaald werk, begeleiding op afstand" },
];
const ONTWIKKELING: Optie[] = [
  { waarde: "3", label: "Naar trede 3 (meedoen)" },
  { waarde: "4", label: "Naar trede 4 (onbetaald werk)" },
  { waarde: "5", label: "Naar trede 5 (betaald werk)" },
];

function Groep({ legenda, naam, opties, gekozen }: { legenda: string; naam: string; opties: Optie[]; gekozen: string[] }) {
  // Open at first when it holds a choice; after that the person decides (closing it under their
  // focus when they untick the last box would lose their place).
  const [open] = useState(gekozen.length > 0);
  return (
    <details className="filtergroep" open={open}>
      <summary>
        {legenda}
        {gekozen.length > 0 && <span className="text-tekst-zacht font-normal"> ({gekozen.length} gekozen)</span>}
      </summary>
      <fieldset>
        <legend className="sr-only">{legenda}</legend>
        <ul>
          {opties.map((o) => (
            <li key={o.waarde} className="vinkje">
              <input type="checkbox" id={htmlId(naam, o.waarde)} name={naam} value={o.waarde} defaultChecked={gekozen.includes(o.waarde)} />
              <label htmlFor={htmlId(naam, o.waarde)}>{o.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}

/** The form's fields as a query string, leaving out empty ones (the same URL the browser builds). */
function query(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === "string" && v !== "") params.append(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

const geenAbonnement = () => () => {};

/** After a navigation (a filter chip removed, back button) the fields show the URL's search again. */
function volgUrl(form: HTMLFormElement | null, p: Zoekparameters) {
  if (!form) return;
  const gekozen: Record<string, string[]> = {
    branche: p.branches,
    trede: p.treden.map(String),
    ontwikkeling: p.ontwikkeling.map(String),
    ondersteuning: p.ondersteuning,
    ontwikkelmogelijkheid: p.ontwikkelmogelijkheden,
  };
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement) || el === document.activeElement) continue;
    if (el instanceof HTMLInputElement && el.name === "vrij") el.checked = p.vrij;
    else if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = gekozen[el.name]?.includes(el.value) ?? false;
    else if (el.name === "q") el.value = p.q;
    else if (el.name === "postcode") el.value = p.postcode;
    else if (el.name === "afstand") el.value = `${p.afstand}`;
  }
}

export function Zoekformulier({ p, keuzes, postcodeFout, totaal }: Props) {
  const router = useRouter();
  const formulier = useRef<HTMLFormElement>(null);
  const naarResultaten = useRef(false);
  // false in the server's HTML (the button must then say what a plain submit does), true once hydrated.
  const metScript = useSyncExternalStore(
    geenAbonnement,
    () => true,
    () => false,
  );
  useEffect(() => {
    volgUrl(formulier.current, p);
    // After "Zoeken" the results heading takes the focus, as a page load to #resultaten would.
    if (naarResultaten.current) {
      naarResultaten.current = false;
      document.getElementById("resultaten")?.focus();
    }
  }, [p]);
  const pad = usePathname();
  const [, starten] = useTransition();
  const aantal = filterAantal(p);

  function wijziging(e: FormEvent<HTMLFormElement>) {
    const doel = e.target as HTMLInputElement | HTMLSelectElement;
    // Text fields apply with Enter or "Zoeken"; a choice applies at once.
    if (doel.type !== "checkbox" && doel.tagName !== "SELECT") return;
    if (doel.name === "afstand" && !p.postcode) return;
    starten(() => router.replace(`${pad}${query(e.currentTarget)}`, { scroll: false }));
  }

  function zoeken(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = query(e.currentTarget);
    if (q === window.location.search) {
      // Already applied (a choice applies at once): only go to the results.
      const kop = document.getElementById("resultaten");
      kop?.scrollIntoView();
      kop?.focus();
      return;
    }
    naarResultaten.current = true;
    starten(() => router.push(`${pad}${q}#resultaten`));
  }

  return (
    <form
      action="/werkplekken#resultaten"
      method="get"
      role="search"
      aria-label="Werkplekken zoeken"
      className="zoekformulier"
      onChange={wijziging}
      onSubmit={zoeken}
      ref={formulier}
    >
      <div className="mb-2">
        <label htmlFor="q" className="block font-bold mb-1">
          Zoek op woord
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={p.q}
          maxLength={100}
          className="veld"
          placeholder="Bijvoorbeeld fiets of koken"
        />
      </div>
      <div className="grid grid-cols-2 gap-3 items-end mb-1 max-w-sm">
        <div>
          <label htmlFor="postcode" className="block font-bold mb-1">
            Jouw postcode
          </label>
          <input
            id="postcode"
            name="postcode"
            type="text"
            defaultValue={p.postcode}
            autoComplete="postal-code"
            maxLength={20}
            className="veld"
            aria-invalid={postcodeFout ? true : undefined}
            aria-describedby={postcodeFout ? "postcode-fout postcode-uitleg" : "postcode-uitleg"}
          />
        </div>
        <div>
          <label htmlFor="afstand" className="block font-bold mb-1">
            Maximale afstand
          </label>
          <select id="afstand" name="afstand" defaultValue={`${p.afstand}`} className="veld" aria-describedby="postcode-uitleg">
            {AFSTANDEN.map((a) => (
              <option key={a} value={a}>
                {a} km
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="postcode-uitleg" className="text-sm text-tekst-zacht mb-3">
        Met je postcode zie je de dichtstbijzijnde werkplekken eerst.
      </p>
      {postcodeFout && (
        <p id="postcode-fout" className="text-fout font-semibold mb-3">
          <span className="sr-only">Fout: </span>
          {postcodeFout}
        </p>
      )}
      <button type="submit" className="knop w-full justify-center mb-3">
        Zoeken
      </button>
      <details className="filters">
        <summary>Filters{aantal > 0 ? ` (${aantal} actief)` : ""}</summary>
        <p className="vinkje py-2">
          <input type="checkbox" id="vrij" name="vrij" value="ja" defaultChecked={p.vrij} />
          <label htmlFor="vrij">Alleen met vrije plekken</label>
        </p>
        <Groep legenda="Branche" naam="branche" gekozen={p.branches} opties={keuzes.branches} />
        <Groep legenda="Werkplek op trede" naam="trede" gekozen={p.treden.map(String)} opties={TREDEN} />
        <Groep legenda="Ontwikkelen naar trede" naam="ontwikkeling" gekozen={p.ontwikkeling.map(String)} opties={ONTWIKKELING} />
        <Groep legenda="Ondersteuning" naam="ondersteuning" gekozen={p.ondersteuning} opties={keuzes.ondersteuning} />
        <Groep
          legenda="Ontwikkelmogelijkheden"
          naam="ontwikkelmogelijkheid"
          gekozen={p.ontwikkelmogelijkheden}
          opties={keuzes.ontwikkelmogelijkheden}
        />
        {/* With JavaScript the choices apply at once and this button shows the new count. */}
        <button type="submit" className="knop knop-secundair w-full justify-center mt-3" aria-live="polite">
          {metScript ? `Toon ${meervoud(totaal, "werkplek", "werkplekken")}` : "Filters toepassen"}
        </button>
      </details>
    </form>
  );
}
