import { Melding } from "@/components/ui/melding";
import { Veld } from "@/components/ui/veld";
import { TekstVeld } from "@/components/ui/velden";
import { htmlId } from "@/domain/html-id";
import { FOTO_TYPES, MAX_FOTOS, type Conflict, type WerkplekFormulier } from "@/domain/werkplek-invoer";

// The parts of the werkplek form (./werkplek-formulier.tsx) that stand on their own: the conflict
// message, a group of checkboxes and the photos. They render from what the form gives them.

/** Someone else saved in between: who, when, and where the stored version differs from the input. */
export function ConflictMelding({ conflict }: { conflict: Conflict }) {
  return (
    <Melding soort="fout" className="mb-6 p-4">
      <h2 className="font-bold text-lg mb-2">Let op: iemand anders heeft deze werkplek gewijzigd</h2>
      <p>
        {conflict.door} heeft de werkplek opgeslagen op {conflict.op}, terwijl jij ermee bezig was. Jouw wijzigingen zijn nog niet
        opgeslagen.
      </p>
      {conflict.velden.length > 0 ? (
        <>
          <p>De opgeslagen versie verschilt van jouw invoer bij:</p>
          <dl className="mb-2">
            {conflict.velden.map((v) => (
              <div key={v.label}>
                <dt className="font-semibold">{v.label}</dt>
                <dd className="ml-4 whitespace-pre-line">Nu opgeslagen: {v.waarde}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p>De opgeslagen versie is gelijk aan jouw invoer.</p>
      )}
      <p>Jouw invoer staat hieronder nog. Neem over wat je van de ander wilt houden en sla daarna opnieuw op.</p>
    </Melding>
  );
}

/**
 * A group of checkboxes for a repeated field. `metFout`: this group carries the field's id (where
 * the error summary links to) and its error; a second group for the same field does not.
 */
export function Vinkjes({
  naam,
  legend,
  keuzes,
  gekozen,
  metFout,
  fout,
}: {
  naam: "treden" | "mogelijkheden";
  legend: string;
  keuzes: { waarde: string; label: string; uitleg?: string }[];
  gekozen: string[];
  metFout: boolean;
  fout?: string;
}) {
  const toon = metFout && fout;
  return (
    <fieldset
      id={metFout ? naam : undefined}
      tabIndex={metFout ? -1 : undefined}
      className="mb-6"
      aria-describedby={toon ? `${naam}-fout` : undefined}
    >
      <legend className="font-bold mb-1">{legend}</legend>
      {toon && (
        <p id={`${naam}-fout`} className="text-fout font-semibold mb-1">
          <span className="sr-only">Fout: </span>
          {fout}
        </p>
      )}
      {keuzes.map((k) => (
        <div key={k.waarde} className="flex items-start gap-3 mb-1">
          <input
            id={htmlId(naam, k.waarde)}
            type="checkbox"
            name={naam}
            value={k.waarde}
            defaultChecked={gekozen.includes(k.waarde)}
            className="mt-1.5 size-5 accent-[var(--kleur-accent)]"
          />
          <label htmlFor={htmlId(naam, k.waarde)}>
            {k.label}
            {k.uitleg && <span className="block text-sm text-tekst-zacht">{k.uitleg}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The photos: each with its description and a box to remove it, then a field for a new one while there is room. */
export function FotoVelden({
  fotos,
  fotoBestanden,
  fouten,
  nieuweFotoAlt,
}: {
  fotos: WerkplekFormulier["fotos"];
  /** Photo id → file, for the preview. */
  fotoBestanden: Record<string, string>;
  fouten: Record<string, string>;
  nieuweFotoAlt: string;
}) {
  return (
    <fieldset className="mb-6" id="fotos" tabIndex={-1}>
      <legend className="text-xl font-bold mb-2">Foto&apos;s</legend>
      <p className="text-sm text-tekst-zacht">
        Hoogstens {MAX_FOTOS} foto&apos;s, elk maximaal 5 MB (JPEG, PNG of WebP). We verkleinen de foto en halen verborgen gegevens (zoals
        de plaats waar hij is gemaakt) eruit. Zet geen herkenbare deelnemers op de foto zonder hun toestemming.
      </p>
      {fouten.fotos && (
        <p className="text-fout font-semibold">
          <span className="sr-only">Fout: </span>
          {fouten.fotos}
        </p>
      )}
      {fotos.map((f, i) => (
        <div key={f.fotoId} className="mb-4 flex flex-wrap items-start gap-4 rounded-lg border border-rand-licht p-3">
          <input type="hidden" name="foto" value={f.fotoId} />
          {/* eslint-disable-next-line @next/next/no-img-element -- our own resized file, served by /fotos */}
          {fotoBestanden[f.fotoId] && <img src={`/fotos/${fotoBestanden[f.fotoId]}`} alt="" className="h-24 w-auto rounded" />}
          <div className="grow">
            {/* The error is keyed by position (`alt-<n>`), the input by photo id, so this one is a plain Veld. */}
            <Veld
              id={`alt-${i}`}
              label={`Beschrijving van foto ${i + 1}`}
              fout={fouten[`alt-${i}`]}
              uitleg="Wat is er te zien? Voor wie de foto niet kan zien."
            >
              {(a) => <input id={`alt-${i}`} name={`alt-${f.fotoId}`} type="text" defaultValue={f.altTekst} className="veld" {...a} />}
            </Veld>
            <div className="flex items-center gap-2">
              <input id={`verwijder-${i}`} type="checkbox" name={`verwijder-${f.fotoId}`} value="ja" className="size-5" />
              <label htmlFor={`verwijder-${i}`}>Foto {i + 1} verwijderen</label>
            </div>
          </div>
        </div>
      ))}
      {fotos.length < MAX_FOTOS && (
        <>
          <Veld id="nieuweFoto" label="Nieuwe foto toevoegen (niet verplicht)" fout={fouten.nieuweFoto}>
            {(a) => <input id="nieuweFoto" name="nieuweFoto" type="file" accept={FOTO_TYPES.join(",")} className="veld" {...a} />}
          </Veld>
          <TekstVeld
            staat={{ values: { nieuweFotoAlt }, fieldErrors: fouten }}
            naam="nieuweFotoAlt"
            type="text"
            label="Beschrijving van de nieuwe foto"
            uitleg="Bijvoorbeeld: Twee mensen repareren samen een fiets in de werkplaats."
          />
        </>
      )}
    </fieldset>
  );
}
