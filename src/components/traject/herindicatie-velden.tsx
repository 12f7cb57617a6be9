import { Veld } from "@/components/ui/veld";

type Datumveld = { naam: string; label: string; uitleg?: string };

type Props = {
  /** The values as typed (or the starting values), by field name. */
  waarden: Record<string, string>;
  fouten: Record<string, string>;
  producten: { code: string; korteNaam: string }[];
  product: { label: string; uitleg?: string };
  start: Datumveld;
  eind: Datumveld;
};

/**
 * The product, period and hours of a follow-up toewijzing: asked by the aanbieder's herindicatie
 * request and by the contact person's decision, each with its own field names for the period.
 */
export function HerindicatieVelden({ waarden, fouten, producten, product, start, eind }: Props) {
  return (
    <>
      <Veld id="productCode" label={product.label} uitleg={product.uitleg} fout={fouten.productCode}>
        {(a) => (
          <select id="productCode" name="productCode" defaultValue={waarden.productCode ?? ""} className="veld" {...a}>
            <option value="">Kies een product</option>
            {producten.map((p) => (
              <option key={p.code} value={p.code}>
                {p.korteNaam}
              </option>
            ))}
          </select>
        )}
      </Veld>
      {[start, eind].map((d) => (
        <Veld key={d.naam} id={d.naam} label={d.label} uitleg={d.uitleg} fout={fouten[d.naam]}>
          {(a) => <input id={d.naam} name={d.naam} type="date" defaultValue={waarden[d.naam] ?? ""} className="veld max-w-60" {...a} />}
        </Veld>
      ))}
      <Veld id="urenPerWeek" label="Uren per week (alleen werkplek op trede)" fout={fouten.urenPerWeek}>
        {(a) => (
          <input
            id="urenPerWeek"
            name="urenPerWeek"
            inputMode="numeric"
            defaultValue={waarden.urenPerWeek ?? ""}
            className="veld max-w-24"
            {...a}
          />
        )}
      </Veld>
    </>
  );
}
