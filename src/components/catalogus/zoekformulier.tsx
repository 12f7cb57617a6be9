import { AFSTANDEN, type Zoekparameters } from "@/domain/zoekparameters";
import type { Referentie } from "@/server/referentie";

type Props = { p: Zoekparameters; ref_: Referentie; postcodeFout: string | null };

function Vinkjes({
  legenda,
  naam,
  opties,
  gekozen,
}: {
  legenda: string;
  naam: string;
  opties: { waarde: string; label: string }[];
  gekozen: string[];
}) {
  return (
    <fieldset className="mb-5">
      <legend className="font-bold mb-2">{legenda}</legend>
      <ul className="space-y-1">
        {opties.map((o) => {
          const id = `${naam}-${o.waarde}`;
          return (
            <li key={o.waarde} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={id}
                name={naam}
                value={o.waarde}
                defaultChecked={gekozen.includes(o.waarde)}
                className="mt-1.5 size-5 accent-[var(--kleur-accent)]"
              />
              <label htmlFor={id}>{o.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** A plain GET form: the URL is the search, so it works without JavaScript and can be shared. */
export function Zoekformulier({ p, ref_, postcodeFout }: Props) {
  return (
    <form
      action="/werkplekken"
      method="get"
      role="search"
      aria-label="Werkplekken zoeken"
      className="bg-[var(--kleur-vlak)] border border-rand-licht rounded-lg p-4"
    >
      <div className="mb-4">
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
      <div className="mb-4">
        <label htmlFor="postcode" className="block font-bold mb-1">
          Jouw postcode
        </label>
        <p id="postcode-uitleg" className="text-sm text-tekst-zacht mb-1">
          Dan zie je werkplekken bij jou in de buurt.
        </p>
        {postcodeFout && (
          <p id="postcode-fout" className="text-fout font-semibold mb-1">
            <span className="sr-only">Fout: </span>
            {postcodeFout}
          </p>
        )}
        <input
          id="postcode"
          name="postcode"
          type="text"
          defaultValue={p.postcode}
          autoComplete="postal-code"
          maxLength={20}
          inputMode="text"
          className="veld max-w-40"
          aria-invalid={postcodeFout ? true : undefined}
          aria-describedby={postcodeFout ? "postcode-fout postcode-uitleg" : "postcode-uitleg"}
        />
      </div>
      <div className="mb-5">
        <label htmlFor="afstand" className="block font-bold mb-1">
          Maximale afstand
        </label>
        <select id="afstand" name="afstand" defaultValue={String(p.afstand)} className="veld max-w-40">
          {AFSTANDEN.map((a) => (
            <option key={a} value={a}>
              {a} km
            </option>
          ))}
        </select>
      </div>
      <Vinkjes
        legenda="Branche"
        naam="branche"
        gekozen={p.branches}
        opties={ref_.branches.map((b) => ({ waarde: b.slug, label: b.naam }))}
      />
      <Vinkjes
        legenda="Werkplek op trede"
        naam="trede"
        gekozen={p.treden.map(String)}
        opties={[
          { waarde: "3", label: "Trede 3: meedoen, met begeleiding dichtbij" },
          { waarde: "4", label: "Trede 4: onbetaald werk, begeleiding op afstand" },
        ]}
      />
      <Vinkjes
        legenda="Ontwikkelen naar trede"
        naam="ontwikkeling"
        gekozen={p.ontwikkeling.map(String)}
        opties={[
          { waarde: "3", label: "Naar trede 3 (meedoen)" },
          { waarde: "4", label: "Naar trede 4 (onbetaald werk)" },
          { waarde: "5", label: "Naar trede 5 (betaald werk)" },
        ]}
      />
      <Vinkjes
        legenda="Ondersteuning"
        naam="ondersteuning"
        gekozen={p.ondersteuning}
        opties={ref_.ondersteuning.map((m) => ({ waarde: m.slug, label: m.naam }))}
      />
      <Vinkjes
        legenda="Ontwikkelmogelijkheden"
        naam="ontwikkelmogelijkheid"
        gekozen={p.ontwikkelmogelijkheden}
        opties={ref_.ontwikkelmogelijkheden.map((m) => ({ waarde: m.slug, label: m.naam }))}
      />
      <button type="submit" className="knop w-full justify-center">
        Zoeken
      </button>
    </form>
  );
}
