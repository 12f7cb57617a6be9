import type { Metadata } from "next";
import Link from "next/link";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { iwmoProducten } from "@/server/beheer/iwmo-producten";
import { lees } from "@/server/pipeline/pagina";
import { aanbiedersMetAgb, gemeentecodeInstelling } from "@/server/iwmo/berichten";
import { BeheerFormulier } from "../_ui/formulier";
import { wijzigIwmoProductAction, zetGemeentecodeAction } from "./acties";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = { title: "Berichtenverkeer" };

export default async function Berichtenverkeer() {
  await vereisGebruiker("iwmo:instellen");
  const [code, aanbieders, producten] = await Promise.all([
    lees(gemeentecodeInstelling, {}, { bron: "/gemeente/beheer/berichtenverkeer" }),
    lees(aanbiedersMetAgb, {}, { bron: "/gemeente/beheer/berichtenverkeer" }),
    lees(iwmoProducten),
  ]);
  return (
    <article className="inhoud">
      <p>
        <Link href="/gemeente/beheer">Terug naar beheer</Link>
      </p>
      <h1>Berichtenverkeer (iWmo)</h1>
      <p>
        De gemeentecode staat als afzender in elk bericht van de gemeente en als ontvanger in elk bericht van een aanbieder. Een bericht
        voor een andere gemeentecode wordt geweigerd.
      </p>
      <BeheerFormulier
        actie={zetGemeentecodeAction}
        prefix="iwmo"
        knop="Gemeentecode opslaan"
        velden={[
          {
            naam: "gemeentecode",
            label: "Gemeentecode",
            uitleg: "Vier cijfers (CBS); Apeldoorn is 0200.",
            invoermodus: "numeric",
            standaard: code,
            smal: true,
          },
        ]}
      />
      {producten && (
        <>
          <h2>Producten in de berichten</h2>
          <p>
            Elk bericht over een toewijzing noemt de productcategorie uit de landelijke codelijst (WMO020) en de productcode uit de
            productcodetabel van de gemeente. Een wijziging geldt voor toewijzingen die vanaf dan worden afgegeven; een toewijzing die al is
            afgegeven, houdt de codes van haar bericht.
          </p>
          <Tabel caption="Producten met hun productcategorie en productcode">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Productcategorie</th>
                <th scope="col">Productcode</th>
              </tr>
            </thead>
            <tbody>
              {producten.producten.map((p) => (
                <tr key={p.code}>
                  <td>{p.korteNaam}</td>
                  <td>{p.categorie ?? "Geen"}</td>
                  <td>{p.iwmoCode ?? "Geen"}</td>
                </tr>
              ))}
            </tbody>
          </Tabel>
          <h3>Productcategorie en productcode wijzigen</h3>
          <BeheerFormulier
            actie={wijzigIwmoProductAction}
            prefix="product"
            knop="Codes opslaan"
            velden={[
              {
                naam: "productCode",
                label: "Product",
                type: "select",
                opties: [
                  { waarde: "", label: "Kies een product" },
                  ...producten.producten.map((p) => ({ waarde: p.code, label: p.korteNaam })),
                ],
              },
              {
                naam: "categorie",
                label: "Productcategorie (WMO020)",
                type: "select",
                opties: [{ waarde: "", label: "Kies een productcategorie" }, ...producten.categorieen],
              },
              {
                naam: "code",
                label: "Productcode",
                uitleg: "1 tot 5 letters en cijfers, zoals afgesproken in het contract, bijvoorbeeld 07W41.",
                smal: true,
              },
            ]}
          />
        </>
      )}
      <h2>AGB-codes van de aanbieders</h2>
      <p>
        Een bericht van een AGB-code die hier niet staat, wordt geweigerd. De AGB-code legt de gemeente vast bij het registreren van de
        aanbieder.
      </p>
      <Tabel caption="Aanbieders en hun AGB-code">
        <thead>
          <tr>
            <th scope="col">Aanbieder</th>
            <th scope="col">AGB-code</th>
          </tr>
        </thead>
        <tbody>
          {aanbieders.map((a) => (
            <tr key={a.id}>
              <td>{a.naam}</td>
              <td>{a.agbCode}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </article>
  );
}
