"use client";

import Link from "next/link";
import { useActionState } from "react";
import { formatDatum } from "@/domain/format";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { opsomming } from "@/domain/toewijzing/bevinding";
import type { Kandidaat } from "@/server/orientaties/registreren";
import { Tabel } from "@/components/tabel";

export type ZoekState = FormState<{ kandidaten: Kandidaat[]; q: string }>;
type Actie = (v: ZoekState, d: FormData) => Promise<ZoekState>;

/**
 * Step 1: find the inwoner. A POST (server action), never a GET: a BSN typed here must not end up
 * in a URL, the history or an access log, and it is not sent back. Choosing is a link with the
 * inwoner's random id, which says nothing about the person.
 */
export function InwonerZoeken({ actie, treden }: { actie: Actie; treden: readonly number[] }) {
  const [s, action, bezig] = useActionState(actie, LEGE_STAAT as ZoekState);
  const fout = s.fieldErrors.q ?? s.formError;
  return (
    <>
      <form action={action} className="mb-6 max-w-xl" role="search" aria-label="Inwoner zoeken" key={JSON.stringify([s.q, s.values])}>
        <label htmlFor="q" className="block font-bold mb-1">
          Zoek de inwoner op naam, geboortedatum of BSN
        </label>
        <p id="q-uitleg" className="text-sm text-tekst-zacht mb-1">
          Bijvoorbeeld: Jansen, 15-03-1990 of 123456782.
        </p>
        {fout && (
          <p id="q-fout" className="text-fout font-semibold mb-1" role="alert">
            <span className="sr-only">Fout: </span>
            {fout}
          </p>
        )}
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={s.q ?? ""}
          aria-describedby={fout ? "q-fout q-uitleg" : "q-uitleg"}
          aria-invalid={fout ? true : undefined}
          className="veld mb-2"
          autoComplete="off"
        />
        <button type="submit" className="knop" disabled={bezig}>
          Inwoner zoeken
        </button>
      </form>
      {s.kandidaten &&
        (s.kandidaten.length === 0 ? (
          <p role="status">
            Geen inwoners gevonden. Zoek op een andere schrijfwijze, of laat de contactpersoon de inwoner eerst registreren.
          </p>
        ) : (
          <Tabel
            caption={
              <>
                {s.kandidaten.length === 1 ? "1 inwoner gevonden" : `${s.kandidaten.length} inwoners gevonden`}; kies voor wie de oriëntatie
                is
              </>
            }
          >
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Geboortedatum</th>
                <th scope="col">Woonplaats</th>
                <th scope="col">Trede</th>
                <th scope="col">Kiezen</th>
              </tr>
            </thead>
            <tbody>
              {s.kandidaten.map((k) => (
                <tr key={k.id}>
                  <th scope="row">{k.naam}</th>
                  <td>{formatDatum(new Date(k.geboortedatum))}</td>
                  <td>{k.plaats}</td>
                  <td>{k.trede ?? "Geen trede vastgelegd"}</td>
                  <td>
                    {k.lopend ? (
                      `Heeft al een lopende oriëntatie (${k.lopend})`
                    ) : k.trede !== null && treden.includes(k.trede) ? (
                      <Link href={`/gemeente/orientaties/nieuw?inwoner=${k.id}`}>
                        Kiezen<span className="sr-only"> {k.naam}</span>
                      </Link>
                    ) : (
                      `Kan niet: een oriëntatie is voor trede ${opsomming(treden)}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        ))}
    </>
  );
}
