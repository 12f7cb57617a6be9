import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Veelgestelde vragen",
};

// Source: seed 004 (FAQ of the Werkt Mee website), rewritten at B1 level.
// No amounts for the vrijwilligersvergoeding here: the limits change per year (R-VV-1);
// the table lives on /voor-werkgevers.
export default function VeelgesteldeVragenPage() {
  return (
    <article className="inhoud">
      <h1>Veelgestelde vragen</h1>
      <p>
        Hier vind je antwoorden op vragen over Apeldoorn Werkt Mee. Klik of tik op een vraag om het antwoord te lezen. Staat je vraag er
        niet bij? Stuur dan een e-mail naar <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>.
      </p>

      <h2>Voor inwoners</h2>

      <details>
        <summary>Wat is Apeldoorn Werkt Mee?</summary>
        <p>
          Apeldoorn Werkt Mee is een programma van de gemeente Apeldoorn. Je doet werk op een werkplek bij een organisatie of bedrijf. Je
          krijgt daarbij de hulp die je nodig hebt.
        </p>
        <p>
          We kijken naar wat je goed kunt en wat je leuk vindt. Je werkt zo veel mogelijk op een gewone werkplek, dicht bij huis. Het doel
          is dat je leert en groeit. Misschien kun je later betaald werk doen.
        </p>
      </details>

      <details>
        <summary>Voor wie is Werkt Mee?</summary>
        <p>Werkt Mee is voor inwoners van de gemeente Apeldoorn die:</p>
        <ul>
          <li>18 jaar of ouder zijn, en nog geen AOW-leeftijd hebben;</li>
          <li>moeilijk werk kunnen vinden;</li>
          <li>graag iets willen doen voor anderen of de samenleving;</li>
          <li>daarbij hulp nodig hebben.</li>
        </ul>
        <p>De AOW-leeftijd is de leeftijd waarop je pensioen van de overheid krijgt. Deze leeftijd hangt af van je geboortedatum.</p>
      </details>

      <details>
        <summary>Krijg ik betaald voor mijn werk?</summary>
        <p>
          Nee. Werk bij Werkt Mee is altijd onbetaald werk. Voor een werkplek op trede 3 of 4 betaal je geen eigen bijdrage. Soms geeft de
          werkgever je wel een vrijwilligersvergoeding. Lees daarover de volgende vraag.
        </p>
      </details>

      <details>
        <summary>Mag ik een vrijwilligersvergoeding krijgen?</summary>
        <p>
          Ja, dat mag. De werkgever beslist of je een vergoeding krijgt. De vergoeding mag niet hoger zijn dan de grenzen van de
          Belastingdienst. Heb je een uitkering? Dan mag je per jaar niet meer krijgen dan een vast maximum.
        </p>
        <p>
          De grenzen veranderen elk jaar.{" "}
          <Link href="/voor-werkgevers#vrijwilligersvergoeding">Bekijk de grenzen voor de vrijwilligersvergoeding per jaar</Link>.
        </p>
        <p>
          <strong>Let op als je jonger bent dan 27 jaar.</strong> Dan kan een vergoeding je uitkering lager maken. Krijg je een vast bedrag,
          los van wat je echt uitgeeft? Dan gaat dat bedrag af van je bijstandsuitkering (Participatiewet). Krijg je alleen de kosten terug
          die je echt hebt gemaakt, zoals een buskaartje? Dan gebeurt dat niet. Twijfel je? Vraag het eerst aan je contactpersoon bij de
          gemeente.
        </p>
      </details>

      <details>
        <summary>Hoe meld ik me aan?</summary>
        <p>Je meldt je aan via de gemeente. Je meldt je dus niet zelf aan bij de werkgever.</p>
        <ol>
          <li>
            Zoek een werkplek die je leuk vindt op de pagina <Link href="/werkplekken">Werkplekken zoeken</Link>.
          </li>
          <li>
            Klik bij die werkplek op de knop ‘Ik heb interesse’. Vul je gegevens in. Je vraag gaat naar de gemeente, niet naar de werkgever.
          </li>
          <li>De gemeente neemt contact met je op. Samen kijk je of Werkt Mee bij je past.</li>
          <li>Past het? Dan kijk je samen met de werkgever wat je nodig hebt: de werkplek, een opleiding en hulp.</li>
        </ol>
        <p>Na het traject kijkt de gemeente samen met jou waar je nu staat. En wat je volgende stap kan zijn.</p>
      </details>

      <details>
        <summary>Hoe zoek ik een werkplek?</summary>
        <p>
          Op de pagina <Link href="/werkplekken">Werkplekken zoeken</Link> kun je zoeken op soort werk (branche), op afstand van je
          postcode, op trede en op wat je er kunt leren en welke hulp je er krijgt.
        </p>
      </details>

      <details>
        <summary>Wat is de participatieladder?</summary>
        <p>
          De participatieladder laat zien hoeveel je meedoet in de samenleving. De ladder heeft 6 treden: van trede 1 (je bent vooral thuis)
          tot trede 6 (betaald werk zonder hulp). Bij trede 2 en 3 gaat het om weer actief worden. Bij trede 4 en 5 gaat het om werk.
        </p>
        <p>
          <Link href="/participatieladder">Lees meer over de participatieladder</Link>
        </p>
      </details>

      <details>
        <summary>Welke trajecten zijn er?</summary>
        <p>Er zijn 3 soorten trajecten:</p>
        <ul>
          <li>
            <strong>Ontwikkeling naar trede 3, 4 of 5.</strong> Je werkt aan een stap omhoog op de ladder. Dit duurt 6 maanden. Als het
            nodig is, kan het één keer langer duren.
          </li>
          <li>
            <strong>Werkplek op trede 3 of 4.</strong> Je blijft meedoen op jouw trede, of je wordt daar sterker in. Dit duurt maximaal 2
            jaar. Daarna kan het langer duren.
          </li>
          <li>
            <strong>Oriëntatietraject.</strong> Voor als je nog niet weet wat je wilt en kunt. Dit duurt maximaal 3 maanden. Het Centrum
            Apeldoorn Werkt Mee doet dit traject. Aan het eind krijg je een advies op papier: welke werkplek past, welke opleiding je kunt
            doen en wat je volgende stap is.
          </li>
        </ul>
        <p>
          <Link href="/producten">Lees meer over de trajecten</Link>
        </p>
      </details>

      <details>
        <summary>Wie is mijn contactpersoon bij de gemeente?</summary>
        <p>Dat hangt af van je uitkering:</p>
        <ul>
          <li>Heb je een uitkering van de gemeente (Participatiewet, bijstand)? Dan is je trajectregisseur je contactpersoon.</li>
          <li>
            Heb je een uitkering van het UWV, of geen uitkering? Dan is je Wmo-consulent je contactpersoon. Dat is een medewerker van de
            gemeente die hulp regelt.
          </li>
        </ul>
      </details>

      <h2>Voor werkgevers en aanbieders</h2>

      <details>
        <summary>Wat betekent het om een werkplek aan te bieden?</summary>
        <p>
          Je biedt onbetaald werk aan iemand die veel begeleiding nodig heeft. Dit werk komt nooit in de plaats van een gewone baan. Je
          betaalt geen salaris, maar je investeert wel in begeleiding. Zo lever je een bijdrage aan de samenleving.
        </p>
        <p>
          <Link href="/voor-werkgevers">Lees alles over werkplekken aanbieden</Link>
        </p>
      </details>

      <details>
        <summary>Hoe word ik aanbieder en hoe krijg ik een account?</summary>
        <p>
          Alleen aanbieders met een contract met de gemeente kunnen werkplekken op deze website zetten. Heb je een contract? Dan krijg je
          een uitnodiging om een account te maken. Na het aanmelden krijg je een bevestiging per e-mail.
        </p>
        <p>
          Daarna controleert de gemeente de inhoud. Dat kan een paar dagen duren. Geen e-mail gekregen? Kijk ook in je map met ongewenste
          e-mail (spam). Staat hij daar niet? Mail dan naar <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>.
        </p>
      </details>

      <details>
        <summary>Hoe pas ik mijn werkplekken aan?</summary>
        <p>
          <Link href="/inloggen">Log in als aanbieder</Link> en pas je werkplek aan. Elke nieuwe of gewijzigde werkplek controleert de
          gemeente eerst. Pas daarna staat hij op de website. Tot die tijd blijft de oude versie zichtbaar.
        </p>
      </details>

      <details>
        <summary>Ik ben mijn wachtwoord kwijt. Wat nu?</summary>
        <p>
          Ga naar <Link href="/inloggen">de pagina Inloggen</Link> en kies ‘Wachtwoord vergeten?’. Je krijgt dan een e-mail met een link om
          een nieuw wachtwoord te maken. Weet je niet meer met welk e-mailadres je het account hebt gemaakt? Mail dan naar{" "}
          <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>.
        </p>
      </details>

      <details>
        <summary>Wat is de eindverantwoording?</summary>
        <p>
          De eindverantwoording is een verslag over het traject. Je schrijft het samen met de inwoner. Je stuurt het uiterlijk 6 weken voor
          het einde van het traject naar de gemeente. Dat doe je ook als het traject eerder stopt, of als het niet wordt verlengd.
        </p>
        <p>
          In het verslag staat of de doelen zijn gehaald en zo niet, waarom niet. Bij een ontwikkeltraject schrijf je ook of de inwoner de
          afgesproken stap op de ladder heeft gezet. Je sluit af met een advies over de volgende stap.
        </p>
      </details>

      <details>
        <summary>Wat is het evaluatiegesprek?</summary>
        <p>
          Uiterlijk 6 weken voor het einde van het traject plan je een gesprek met de inwoner en de gemeente. De eindverantwoording is de
          basis voor dit gesprek. Tussendoor hoef je geen verslag te sturen. Meld alleen als er iets ernstigs gebeurt (een calamiteit), of
          als de afgesproken doelen niet gehaald dreigen te worden.
        </p>
      </details>

      <details>
        <summary>Met wie maak ik een afspraak voor het evaluatiegesprek?</summary>
        <p>Met de contactpersoon van de inwoner:</p>
        <ul>
          <li>
            Heeft de inwoner een Participatiewet-uitkering? Dan is dat de trajectregisseur. Bel 14&nbsp;055 (kies optie 1) of mail naar{" "}
            <a href="mailto:trajectregieregulier@apeldoorn.nl">trajectregieregulier@apeldoorn.nl</a>.
          </li>
          <li>
            Heeft de inwoner een UWV-uitkering of iets anders? Dan is dat de Wmo-consulent. Vraag een afspraak aan met het meldingsformulier
            op <a href="https://www.apeldoorn.nl/begeleiding">apeldoorn.nl/begeleiding</a>.
          </li>
        </ul>
        <p>
          De naam van de contactpersoon staat bij de toewijzing. Staat er nog geen naam? Neem dan contact op met het juiste team. De inwoner
          krijgt dan alsnog een contactpersoon.
        </p>
      </details>

      <details>
        <summary>Mag ik een vrijwilligersvergoeding geven?</summary>
        <p>
          Ja, binnen de grenzen van de Belastingdienst. Die grenzen veranderen elk jaar.{" "}
          <Link href="/voor-werkgevers#vrijwilligersvergoeding">Bekijk de grenzen en de regels voor inwoners jonger dan 27 jaar</Link>.
        </p>
      </details>
    </article>
  );
}
