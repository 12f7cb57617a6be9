import type { Metadata } from "next";
import Link from "next/link";
import { Melding } from "@/components/ui/melding";
import { formatDatum } from "@/domain/format";
import { rolNaam } from "@/domain/rollen";
import { collegas } from "@/server/accounts/collegas";
import { vereisAanbieder } from "@/server/auth/huidige-gebruiker";
import { deactiveerAction, intrekkenAction, opnieuwUitnodigenAction } from "./acties";
import { RijKnop, UitnodigFormulier } from "./formulieren";
import { COLLEGA_GEDAAN, collegaGedaanSchema } from "./meldingen";
import { Tabel } from "@/components/tabel";
import { lees } from "@/server/pipeline/pagina";

export const metadata: Metadata = { title: "Collega's" };

export default async function Collegas({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const g = await vereisAanbieder("aanbieder:collega-beheren");
  const [lijst, zoek] = await Promise.all([lees(collegas), searchParams]);
  const gedaan = collegaGedaanSchema.safeParse(zoek.gedaan);
  return (
    <article className="inhoud !max-w-5xl">
      <p>
        <Link href="/aanbieder">Terug naar de startpagina</Link>
      </p>
      <h1>Collega&apos;s</h1>
      {gedaan.success && <Melding soort="succes">{COLLEGA_GEDAAN[gedaan.data]}</Melding>}
      <Tabel caption="Accounts van je organisatie" id="collegas">
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">E-mailadres</th>
            <th scope="col">Rol</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Actie</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lijst.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.naam}</th>
              <td>{c.email}</td>
              <td>{rolNaam[c.rol]}</td>
              <td>
                {c.status}
                {c.verlooptOp && (
                  <span className="block text-sm">
                    {c.status === "Uitgenodigd" ? "Link geldig tot" : "Link verlopen op"} {formatDatum(c.verlooptOp)}
                  </span>
                )}
              </td>
              <td>
                {c.soort === "uitnodiging" ? (
                  <div className="flex flex-wrap gap-2">
                    <RijKnop actie={opnieuwUitnodigenAction.bind(null, c.id)} label="Opnieuw uitnodigen" naam={c.naam} />
                    <RijKnop actie={intrekkenAction.bind(null, c.id)} label="Uitnodiging intrekken" naam={c.naam} />
                  </div>
                ) : (
                  c.status !== "Gedeactiveerd" &&
                  c.id !== g.id && <RijKnop actie={deactiveerAction.bind(null, c.id)} label="Deactiveren" naam={c.naam} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      <h2>Collega uitnodigen</h2>
      <p>
        Je collega krijgt een e-mail met een link die 7 dagen werkt. Is de link verlopen? Kies dan &quot;Opnieuw uitnodigen&quot; in de
        lijst.
      </p>
      <UitnodigFormulier />
    </article>
  );
}
