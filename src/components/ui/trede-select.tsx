import { Veld } from "./veld";

type Props = {
  id: string;
  label: string;
  leeg: string;
  treden: { nummer: number; naam: string }[];
  waarde: string;
  fout?: string;
  uitleg?: string;
};

/** A select of the six treden of the participatieladder (R-LAD-1), with an empty first choice. */
export function TredeSelect({ id, label, leeg, treden, waarde, fout, uitleg }: Props) {
  return (
    <Veld id={id} label={label} fout={fout} uitleg={uitleg}>
      {(a) => (
        <select id={id} name={id} defaultValue={waarde} className="veld" {...a}>
          <option value="">{leeg}</option>
          {treden.map((t) => (
            <option key={t.nummer} value={t.nummer}>
              {t.nummer}. {t.naam}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
}
