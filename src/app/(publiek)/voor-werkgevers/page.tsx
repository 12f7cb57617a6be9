import type { Metadata } from "next";
import Link from "next/link";
import { Tabel } from "@/components/tabel";

export const metadata: Metadata = {
  title: "Voor werkgevers",
};

// R-VV-1: the Belastingdienst limits per year, as data (not as constants in the text).
// Amounts are written the Dutch way. Add a row when a new year is known.
const vrijwilligersgrenzen = [
  { jaar: 2023, perUur: "€ 5,00", perMaand: "€ 190", perJaar: "€ 1.900" },
  { jaar: 2024, perUur: "€ 5,50", perMaand: "€ 210", perJaar: "€ 2.100" },
  { jaar: 2025, perUur: "€ 5,60", perMaand: "€ 210", perJaar: "€ 2.100" },
];

export default function VoorWerkgeversPage() {
  return (
    <article className="inhoud">
      <h1>Een werkplek aanbieden bij Apeldoorn Werkt Mee</h1>
      <p>
        Ben je werkgever of organisatie en wil je een werkplek aanbieden? Op deze pagina lees je wat dat betekent, hoe je aanbieder wordt en
        wat de gemeente van je verwacht.
      </p>
      <p>
        <Link href="/inloggen">Inloggen voor aanbieders</Link>
      </p>

      <h2>Wat betekent een Werkt Mee-werkplek?</h2>
      <ul>
        <li>De inwoner heeft veel begeleiding nodig. Het werk komt nooit in de plaats van een gewone (betaalde) arbeidsplaats.</li>
        <li>Het is altijd onbetaald werk. Je betaalt geen salaris, maar je investeert wel in begeleiding.</li>
        <li>
          Je levert een bijdrage aan de samenleving. Je helpt de inwoner zich te ontwikkelen, zodat hij of zij naar vermogen kan meedoen, en
          waar het kan betaald werk vindt.
        </li>
      </ul>
      <p>
        We werken zo regulier mogelijk: bij voorkeur op een gewone werkplek, dicht bij huis, en gericht op ontwikkeling. We kijken naar de
        kracht en kwaliteiten van de inwoner, niet naar wat hij of zij niet kan.
      </p>

      <h3>Wat vragen we van jou als werkgever?</h3>
      <ul>
        <li>
          Je helpt de inwoner om talenten te ontwikkelen: werknemersvaardigheden, vakvaardigheden en persoonlijke groei. Je werkt aan doelen
          die je samen met de inwoner hebt afgesproken.
        </li>
        <li>Je laat de inwoner waar het kan zelf de regie houden.</li>
        <li>
          Je helpt de inwoner een portfolio bij te houden: een overzicht van talenten, kennis, werkzaamheden en behaalde certificaten.
        </li>
        <li>Je geeft als het nodig is lichte hulp bij dagelijkse dingen tijdens het werk.</li>
        <li>
          Je kiest zelf welke methode je gebruikt voor de begeleiding. Wil je weten welke methodes andere werkgevers gebruiken? Mail naar{" "}
          <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>.
        </li>
      </ul>

      <h3>Hoe wordt de begeleiding betaald?</h3>
      <ul>
        <li>
          <strong>Ontwikkeling naar trede 3, 4 of 5:</strong> een vaste prijs voor het hele traject van 6 maanden.
        </li>
        <li>
          <strong>Werkplek op trede 3 of 4:</strong> een vast bedrag per uur. Je declareert alleen de uren die de inwoner echt heeft
          gewerkt. Op trede 4 is het uurtarief lager, omdat de begeleiding daar meer op afstand is.
        </li>
      </ul>
      <p>
        De gemeente stelt de tarieven elk jaar vast. <Link href="/producten">Lees meer over de trajecten van Werkt Mee</Link>.
      </p>

      <h2>Hoe word je aanbieder?</h2>
      <ol>
        <li>
          <strong>Contract met de gemeente.</strong> Alleen aanbieders met een contract voor Apeldoorn Werkt Mee kunnen werkplekken op deze
          website zetten. Het Centrum Apeldoorn Werkt Mee helpt je graag bij de inschrijving:{" "}
          <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>.
        </li>
        <li>
          <strong>Uitnodiging.</strong> Na het contract krijg je een uitnodiging om een account te maken. Daarna krijg je een bevestiging
          per e-mail. Geen e-mail gekregen? Kijk ook in je map met ongewenste e-mail (spam), of mail ons.
        </li>
        <li>
          <strong>Werkplekken beheren.</strong> Je zet je werkplekken zelf op de website en past ze zelf aan. Elke nieuwe of gewijzigde
          werkplek controleert de gemeente eerst op inhoud. Dat kan een paar dagen duren. Pas daarna is de werkplek voor iedereen zichtbaar.
          Tot die tijd blijft de vorige versie online staan.
        </li>
      </ol>
      <p>
        Wachtwoord kwijt? Kies ‘Wachtwoord vergeten?’ op <Link href="/inloggen">de pagina Inloggen voor aanbieders</Link>.
      </p>

      <h2>Wat verwacht de gemeente tijdens een traject?</h2>
      <p>
        Een inwoner meldt zich aan via de gemeente, niet rechtstreeks bij jou. De gemeente kijkt samen met jou en de inwoner wat nodig is:
        de werkplek, opleiding en begeleiding.
      </p>
      <h3>Eindverantwoording</h3>
      <p>
        Uiterlijk <strong>6 weken voor het einde</strong> van de toewijzing stuur je de eindverantwoording naar de gemeente. Dat doe je ook
        als het traject eerder stopt, of als het niet wordt verlengd. Je schrijft de eindverantwoording samen met de inwoner. Er staat in
        ieder geval in:
      </p>
      <ol>
        <li>Hoe het in het algemeen ging, en bijzonderheden uit deze periode.</li>
        <li>Aan welke doelen is gewerkt (kennis, vaardigheden en houding).</li>
        <li>Wat het resultaat was, en waarom doelen wel of niet zijn gehaald.</li>
        <li>Welke doelen je wilt voortzetten, en waarom.</li>
        <li>Nieuwe doelen voor een eventuele verlenging.</li>
        <li>
          Jouw advies over de volgende stap: welke trede de inwoner het hoogst kan halen, en waar en hoe hij of zij daaraan kan werken.
        </li>
      </ol>
      <p>
        Bij een ontwikkeltraject schrijf je ook of de inwoner de afgesproken stap op de participatieladder heeft gezet, met uitleg. Je kunt
        de eindverantwoording via beveiligde e-mail sturen naar <a href="mailto:rapportagesAWM@apeldoorn.nl">rapportagesAWM@apeldoorn.nl</a>
        .
      </p>
      <h3>Evaluatiegesprek</h3>
      <p>
        Ook uiterlijk 6 weken voor het einde plan je een evaluatiegesprek met de inwoner en de gemeente. De eindverantwoording is de basis
        voor dit gesprek. Is er daarna meer begeleiding nodig? Vraag dan ook uiterlijk 6 weken voor het einde een nieuwe indicatie
        (herindicatie) aan.
      </p>
      <p>Je maakt de afspraak met de contactpersoon van de inwoner:</p>
      <ul>
        <li>
          Heeft de inwoner een Participatiewet-uitkering? Dan is dat de trajectregisseur: bel 14&nbsp;055 (optie 1) of mail{" "}
          <a href="mailto:trajectregieregulier@apeldoorn.nl">trajectregieregulier@apeldoorn.nl</a>.
        </li>
        <li>
          Heeft de inwoner een UWV-uitkering of iets anders? Dan is dat de Wmo-consulent: vul het meldingsformulier in op{" "}
          <a href="https://www.apeldoorn.nl/begeleiding">apeldoorn.nl/begeleiding</a>.
        </li>
      </ul>
      <p>De naam van de contactpersoon zie je bij de toewijzing.</p>
      <h3>Tussendoor</h3>
      <p>
        Tussendoor hoef je geen verslag te sturen. Je meldt het de gemeente alleen als er een calamiteit is (iets ernstigs), of als de
        afgesproken resultaten niet gehaald dreigen te worden.
      </p>

      <h2 id="vrijwilligersvergoeding">Vrijwilligersvergoeding</h2>
      <p>
        Je mag een inwoner een vrijwilligersvergoeding geven. Dat kan een vergoeding zijn voor kosten zoals reizen, een opleiding of lunch.
        Het kan ook een bedrag in geld zijn. De vergoeding moet binnen de grenzen van de Belastingdienst blijven. De Belastingdienst stelt
        die grenzen elk jaar opnieuw vast. Heeft de inwoner een uitkering? Dan mag de vergoeding per jaar niet hoger zijn dan de grens voor
        dat jaar.
      </p>
      {/* On a phone a wide table scrolls on its own; the page itself never scrolls sideways. */}
      <div className="tabel-scroll" role="region" aria-label="Tabel met de grenzen van de vrijwilligersvergoeding" tabIndex={0}>
        <Tabel caption="Grenzen voor de vrijwilligersvergoeding per jaar (Belastingdienst)">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col">Per uur</th>
              <th scope="col">Per maand</th>
              <th scope="col">Per jaar</th>
            </tr>
          </thead>
          <tbody>
            {vrijwilligersgrenzen.map((rij) => (
              <tr key={rij.jaar}>
                <th scope="row">{rij.jaar}</th>
                <td>{rij.perUur}</td>
                <td>{rij.perMaand}</td>
                <td>{rij.perJaar}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      </div>
      <p>
        Staat het jaar dat je zoekt niet in de tabel? Kijk dan op{" "}
        <a href="https://www.belastingdienst.nl">de website van de Belastingdienst</a>. Informatie over vrijwilligerswerk met een uitkering
        vind je ook bij <a href="https://www.uwv.nl">het UWV</a>.
      </p>
      <p>
        <strong>Let op: is de inwoner jonger dan 27 jaar?</strong> Dan kan een vergoeding gevolgen hebben voor de uitkering. Een algemene
        vergoeding (een vast bedrag) gaat af van de Participatiewet-uitkering (bijstand). Een vergoeding voor kosten die echt gemaakt zijn,
        gaat er niet af.
      </p>

      <h2>Vragen?</h2>
      <p>
        Mail naar het Centrum Apeldoorn Werkt Mee: <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>. Of lees de{" "}
        <Link href="/veelgestelde-vragen">veelgestelde vragen</Link>.
      </p>
      <p>
        Ben je al aanbieder? <Link href="/inloggen">Inloggen voor aanbieders</Link>
      </p>
    </article>
  );
}
