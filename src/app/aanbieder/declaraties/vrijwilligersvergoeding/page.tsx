import type { Metadata } from "next";
import Link from "next/link";
import { vandaagInNederland } from "@/domain/datum";
import { maandNaam, maandVan, volgendeMaand } from "@/domain/declaratie/regels";
import { SOORT_NAAM } from "@/domain/declaratie/vrijwilligersvergoeding";
import { formatEuro } from "@/domain/format";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";
import { vergoedingenVanAanbieder } from "@/server/declaraties/vergoedingen";
import { vergoedingAction } from "../acties";
import { VergoedingFormulier } from "./formulier";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Vrijwilligersvergoeding" };

export default async function Vrijwilligersvergoeding() {
  const g = await vereisAanbieder("declaratie:indienen");
  const o = (await vergoedingenVanAanbieder(g))!;
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/aanbieder/declaraties">Terug naar declaraties</Link>
      </p>
      <h1>Vrijwilligersvergoeding</h1>
      <p>
        Leg per maand vast wat je een inwoner betaald hebt. De portal toetst een vaste vergoeding aan de grenzen van de Belastingdienst van
        dat jaar (per uur, per maand en per jaar) en waarschuwt vóór het opslaan. Een vergoeding van werkelijke kosten valt daarbuiten.
      </p>
      {o.toewijzingen.length === 0 ? (
        <p>Er zijn geen gestarte toewijzingen.</p>
      ) : (
        <VergoedingFormulier
          actie={vergoedingAction}
          toewijzingen={o.toewijzingen}
          maand={volgendeMaand(maandVan(vandaagInNederland()), -1)}
        />
      )}
      <h2 className="mt-8">Vastgelegd</h2>
      {o.vergoedingen.length === 0 ? (
        <p>Nog niets vastgelegd.</p>
      ) : (
        <Tabel caption="Vastgelegde vergoedingen, nieuwste maand eerst">
          <thead>
            <tr>
              <th scope="col">Maand</th>
              <th scope="col">Inwoner en toewijzing</th>
              <th scope="col">Soort</th>
              <th scope="col">Bedrag</th>
              <th scope="col">Uren</th>
            </tr>
          </thead>
          <tbody>
            {o.vergoedingen.map((v) => (
              <tr key={v.id}>
                <th scope="row">{maandNaam(v.maand)}</th>
                <td>{v.naam}</td>
                <td>{SOORT_NAAM[v.soort]}</td>
                <td>{formatEuro(v.bedragCent)}</td>
                <td>{v.uren ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </article>
  );
}
