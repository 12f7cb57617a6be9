import { KeuzeLijst, TekstVeld } from "@/components/ui/velden";

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
  const staat = { values: waarden, fieldErrors: fouten };
  return (
    <>
      <KeuzeLijst staat={staat} naam="productCode" label={product.label} uitleg={product.uitleg}>
        <option value="">Kies een product</option>
        {producten.map((p) => (
          <option key={p.code} value={p.code}>
            {p.korteNaam}
          </option>
        ))}
      </KeuzeLijst>
      {[start, eind].map((d) => (
        <TekstVeld key={d.naam} staat={staat} naam={d.naam} label={d.label} uitleg={d.uitleg} type="date" klasse="max-w-60" />
      ))}
      <TekstVeld staat={staat} naam="urenPerWeek" label="Uren per week (alleen werkplek op trede)" inputMode="numeric" klasse="max-w-24" />
    </>
  );
}
