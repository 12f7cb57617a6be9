import { type Lijnstatus, STATUS_NAAM } from "@/domain/declaratie/regels";
import { formatEuro } from "@/domain/format";
import { Tabel } from "@/components/tabel";

const STATUSSEN = ["INGEDIEND", "GOEDGEKEURD", "AFGEWEZEN", "BETAALD"] as const satisfies readonly Lijnstatus[];

export type TotalenRij = { sleutel: string; naam: string; aantal: number } & Record<Lijnstatus, number>;

type Props = {
  caption: string;
  /** Heading of the first column, whose cells head their row (Aanbieder, Product). */
  eersteKolom: string;
  /** Heading of the count column (Regels, Betaalde eenheden). */
  aantalKolom: string;
  rijen: TotalenRij[];
  /** The same totals as CSV, for those who may download them. */
  csv?: { href: string; tekst: string };
};

/** A declaratie overview: one row per aanbieder or product, a count and the amount per status. */
export function TotalenTabel({ caption, eersteKolom, aantalKolom, rijen, csv }: Props) {
  return (
    <>
      <Tabel caption={caption}>
        <thead>
          <tr>
            <th scope="col">{eersteKolom}</th>
            <th scope="col">{aantalKolom}</th>
            {STATUSSEN.map((s) => (
              <th scope="col" key={s}>
                {STATUS_NAAM[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.sleutel}>
              <th scope="row">{r.naam}</th>
              <td>{r.aantal}</td>
              {STATUSSEN.map((s) => (
                <td key={s}>{formatEuro(r[s])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Tabel>
      {csv && (
        <p>
          <a href={csv.href} download>
            {csv.tekst}
          </a>
        </p>
      )}
    </>
  );
}
