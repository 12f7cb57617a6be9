import { formatDatum } from "@/domain/format";
import type { Termijn } from "@/server/iwmo/berichten";
import { Tabel } from "@/components/tabel";

/** The deadline list: due and late messages and answers (reactietermijnen.md). */
export function TermijnenLijst({ termijnen }: { termijnen: Termijn[] }) {
  if (!termijnen.length) return <p>Er staat niets open.</p>;
  return (
    <Tabel caption="Berichten en antwoorden met een termijn">
      <thead>
        <tr>
          <th scope="col">Wat</th>
          <th scope="col">Uiterlijk</th>
          <th scope="col">Stand</th>
        </tr>
      </thead>
      <tbody>
        {termijnen.map((t, i) => (
          <tr key={i}>
            <td>{t.wat}</td>
            <td>{formatDatum(t.uiterlijk)}</td>
            <td>{t.te_laat ? <strong>Te laat</strong> : "Op tijd"}</td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}
