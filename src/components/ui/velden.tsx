import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { FormState } from "@/domain/formulier-state";
import { Veld } from "./veld";

// Form fields that read the form state themselves: the field name gives the input's name, its id
// (unless `id` is given, for a form that appears more than once on a page), its value as typed
// and its error. Each renders the same HTML as `Veld` with its own control; `Veld` stays for the odd
// field whose control is not one of these.

/** The part of the form state a field reads (a FormState, or values and errors a form merged itself). */
type VeldStaat = {
  values: Pick<FormState, "values">["values"] | Partial<Record<string, string | null>>;
  fieldErrors: Partial<Record<string, string>>;
};

type Basis = {
  staat: VeldStaat;
  /** The input's name, and the key of its value and error in the state. */
  naam: string;
  label: string;
  /** The input's id; the name when not given. */
  id?: string;
  uitleg?: string;
  /** Classes beside `veld`, e.g. a width. */
  klasse?: string;
  /** Where the value comes from when it is not `staat.values` (e.g. the saved values before any error). */
  waarden?: Partial<Record<string, string | null>>;
  /** The value when the state has none. */
  standaard?: string;
};

function waarde({ staat, naam, waarden, standaard }: Pick<Basis, "staat" | "naam" | "waarden" | "standaard">): string {
  return (waarden ?? staat.values)[naam] ?? standaard ?? "";
}

function klassen(klasse?: string): string {
  return klasse ? `veld ${klasse}` : "veld";
}

type Eigen = keyof Basis | "name" | "defaultValue" | "className" | "children";

type Aria = { "aria-invalid"?: true; "aria-describedby"?: string };

/** What every control gets from its field: id, name, value and classes (in this order), then its own attributes and the aria wiring. */
type Besturing<R> = { id: string; name: string; defaultValue: string; className: string } & R & Aria;

/**
 * The wiring the three controls below share: the field's own props are split off, the control is
 * rendered inside `Veld` with its error, and gets the attributes in `Besturing` plus the rest of its props.
 */
function MetVeld<R extends object>({ veld, children }: { veld: Basis & R; children: (besturing: Besturing<R>) => ReactNode }) {
  const { staat, naam, label, id = naam, uitleg, klasse, waarden, standaard, ...invoer } = veld;
  return (
    <Veld id={id} label={label} uitleg={uitleg} fout={staat.fieldErrors[naam]}>
      {(a) =>
        children({
          id,
          name: naam,
          defaultValue: waarde({ staat, naam, waarden, standaard }),
          className: klassen(klasse),
          ...(invoer as R),
          ...a,
        })
      }
    </Veld>
  );
}

/** A single-line input (text, e-mail, date, number as text, password). A password is never refilled. */
export function TekstVeld(props: Basis & Omit<InputHTMLAttributes<HTMLInputElement>, Eigen>) {
  const geheim = props.type === "password";
  return <MetVeld veld={props}>{({ defaultValue, ...p }) => <input {...p} {...(geheim ? {} : { defaultValue })} />}</MetVeld>;
}

/** A multi-line text field. */
export function TekstVak(props: Basis & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Eigen>) {
  return <MetVeld veld={props}>{(p) => <textarea {...p} />}</MetVeld>;
}

/** A select; the options (and optgroups) are its children. */
export function KeuzeLijst({ children, ...props }: Basis & Omit<SelectHTMLAttributes<HTMLSelectElement>, Eigen> & { children: ReactNode }) {
  return <MetVeld veld={props}>{(p) => <select {...p}>{children}</select>}</MetVeld>;
}

/** A radio group in a fieldset with a legend; error and help are wired to every choice. */
export function Keuzerondjes({
  staat,
  naam,
  legend,
  opties,
  uitleg,
  waarden,
  standaard,
}: Omit<Basis, "label" | "id" | "klasse"> & { legend: string; opties: readonly { waarde: string; label: string }[] }) {
  const fout = staat.fieldErrors[naam];
  const gekozen = waarde({ staat, naam, waarden, standaard });
  const beschreven = [fout ? `${naam}-fout` : null, uitleg ? `${naam}-uitleg` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="mb-4">
      <legend className="font-bold mb-1">{legend}</legend>
      {uitleg && (
        <p id={`${naam}-uitleg`} className="text-sm text-tekst-zacht mb-1">
          {uitleg}
        </p>
      )}
      {fout && (
        <p id={`${naam}-fout`} className="text-fout font-semibold mb-1">
          <span className="sr-only">Fout: </span>
          {fout}
        </p>
      )}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {opties.map((o, n) => {
          // The first choice carries the field's id, so the error summary's link lands on the group.
          const id = n === 0 ? naam : `${naam}-${o.waarde}`;
          return (
            <label key={o.waarde} htmlFor={id} className="inline-flex items-center gap-2">
              <input
                type="radio"
                id={id}
                name={naam}
                value={o.waarde}
                defaultChecked={gekozen === o.waarde}
                aria-describedby={beschreven || undefined}
                aria-invalid={fout ? true : undefined}
                className="h-5 w-5"
              />
              {o.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
