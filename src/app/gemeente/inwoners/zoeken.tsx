"use client";

import Link from "next/link";
import { useActionState } from "react";
import { formatDatum } from "@/domain/format";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import type { InwonerRegel } from "@/server/inwoners/zoeken";
import { Tabel } from "@/components/tabel";

export type ZoekState = FormState<{ regels: InwonerRegel[]; q: string; verborgen: number }>;
type Actie = (v: ZoekState, d: FormData) => Promise<ZoekState>;

/**
 * The search is a POST (a server action), not a GET: a BSN typed here must never end up in a
 * URL, the browser history or an access log. Nor is it sent back: after a search by BSN the box
 * is empty (`q` returns only for a name or a date).
 */
export function InwonersZoeken({ actie }: { actie: Actie }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT as ZoekState);
  const fout = s.fieldErrors.q ?? s.formError;
  return (
    <>
      <form action={action} className="mb-6 max-w-xl" role="search" aria-label="Inwoners zoeken" key={JSON.stringify([s.q, s.values])}>
        <label htmlFor="q" className="block font-bold mb-1">
          Zoek op naam, geboortedatum of BSN
        </label>
        <p id="q-uitleg" className="text-sm text-tekst-zacht mb-1">
          Bijvoorbeeld: Jansen, 15-03-1990 of 123456782.
        </p>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={s.q ?? ""}
          aria-describedby="q-uitleg"
          className="veld mb-2"
          autoComplete="off"
        />
        <div className="flex items-center gap-2 mb-3">
          <input id="mijn" name="mijn" type="checkbox" value="ja" defaultChecked={s.values.mijn === "ja"} className="size-5" />
          <label htmlFor="mijn">Alleen inwoners van wie ik contactpersoon ben</label>
        </div>
        <div className="flex items-center gap-2 mb-3">
          <input
            id="afgesloten"
            name="afgesloten"
            type="checkbox"
            value="ja"
            defaultChecked={s.values.afgesloten === "ja"}
            className="size-5"
          />
          <label htmlFor="afgesloten">Ook afgesloten inwoners tonen</label>
        </div>
        <button type="submit" className="knop" disabled={bezig}>
          Zoeken
        </button>
      </form>
      {fout && <p role="alert">{fout}</p>}
      {s.ok && !!s.verborgen && (
        // Issue 21 item 25: closed inwoners are left out unless asked for; say so rather than "niets gevonden".
        <p role="status" className="mb-3">
          {s.verborgen === 1
            ? "1 afgesloten inwoner past ook bij deze zoekvraag."
            : `${s.verborgen} afgesloten inwoners passen ook bij deze zoekvraag.`}{" "}
          Vink &lsquo;Ook afgesloten inwoners tonen&rsquo; aan om ze te zien.
        </p>
      )}
      {s.regels &&
        (s.regels.length === 0 ? (
          <p role="status">Geen inwoners gevonden.</p>
        ) : (
          <Tabel
            caption={
              <>
                {s.regels.length === 25
                  ? "De eerste 25 inwoners; maak de zoekvraag preciezer"
                  : `${s.regels.length} ${s.regels.length === 1 ? "inwoner" : "inwoners"} gevonden`}
              </>
            }
          >
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Geboortedatum</th>
                <th scope="col">BSN</th>
                <th scope="col">Woonplaats</th>
                <th scope="col">Contactpersoon</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {s.regels.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link href={`/gemeente/inwoners/${i.id}`}>{i.naam}</Link>
                  </th>
                  <td>{formatDatum(i.geboortedatum)}</td>
                  <td>{i.bsn}</td>
                  <td>{i.plaats}</td>
                  <td>{i.contactpersoon ?? "—"}</td>
                  <td>{i.afgeslotenOp ? `Afgesloten op ${formatDatum(i.afgeslotenOp)}` : "In het programma"}</td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        ))}
    </>
  );
}
