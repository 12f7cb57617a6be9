import { maandNaam } from "@/domain/declaratie/regels";
import { formatEuro } from "@/domain/format";
import type { Ingelogd } from "@/domain/gebruiker";
import { vergoedingTotalen } from "@/server/declaraties/vergoedingen";
import { Tabel } from "@/components/tabel";

/**
 * R-VV: what aanbieders paid this inwoner as vrijwilligersvergoeding, per year against the year's
 * limit (issue 12). Its own file so the inwoner page includes it with one line.
 */
export async function VrijwilligersvergoedingTotalen({ g, inwonerId }: { g: Ingelogd; inwonerId: string }) {
  const r = await vergoedingTotalen(g, { inwonerId });
  if (!r.ok) return null;
  const t = r.data;
  return (
    <section aria-labelledby="vv-kop" className="mt-8">
      <h2 id="vv-kop">Vrijwilligersvergoeding</h2>
      {t.jaren.length === 0 ? (
        <p>Geen vrijwilligersvergoeding vastgelegd.</p>
      ) : (
        <Tabel caption="Vrijwilligersvergoeding per jaar, alle aanbieders">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col">Vaste vergoeding</th>
              <th scope="col">Grens per jaar</th>
              <th scope="col">Werkelijke kosten</th>
              <th scope="col">Boven de maandgrens</th>
            </tr>
          </thead>
          <tbody>
            {t.jaren.map((j) => (
              <tr key={j.jaar}>
                <th scope="row">{j.jaar}</th>
                <td>
                  {formatEuro(j.algemeenCent)}
                  {j.grensJaarCent !== null && j.algemeenCent > j.grensJaarCent && <strong className="block">Boven de jaargrens</strong>}
                  {t.magDetails && j.maanden.length > 0 && (
                    <span className="block text-sm">{j.maanden.map(([m, c]) => `${maandNaam(m)}: ${formatEuro(c)}`).join("; ")}</span>
                  )}
                </td>
                <td>{j.grensJaarCent === null ? "Nog niet vastgelegd" : formatEuro(j.grensJaarCent)}</td>
                <td>{formatEuro(j.kostenCent)}</td>
                <td>{j.maandBovenGrens.length ? j.maandBovenGrens.map(maandNaam).join(", ") : "Geen"}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </section>
  );
}
