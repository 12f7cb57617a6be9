import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Privacy",
};

export default function PrivacyPage() {
  return (
    <article className="inhoud">
      <h1>Privacyverklaring</h1>
      <p>
        Op deze pagina lees je welke gegevens we van je bewaren, waarom we dat doen en hoe lang. En welke rechten je hebt. De gemeente
        Apeldoorn is verantwoordelijk voor deze website en voor jouw gegevens.
      </p>

      <h2>Het formulier ‘Ik heb interesse’</h2>
      <p>Bij elke werkplek staat de knop ‘Ik heb interesse’. Vul je dat formulier in? Dan bewaren we deze gegevens:</p>
      <ul>
        <li>je naam;</li>
        <li>je e-mailadres of je telefoonnummer;</li>
        <li>je postcode;</li>
        <li>je bericht;</li>
        <li>bij welke werkplek je interesse hebt;</li>
        <li>dat je toestemming hebt gegeven.</li>
      </ul>
      <p>Vul in je bericht alleen in wat nodig is. Je hoeft niets over je gezondheid te vertellen.</p>

      <h3>Waarom we deze gegevens bewaren</h3>
      <p>
        We gebruiken je gegevens alleen om contact met je op te nemen. Je aanvraag gaat naar de gemeente Apeldoorn. De gemeente belt of
        mailt je en kijkt samen met jou of Werkt Mee bij je past.
      </p>
      <p>
        Je aanvraag gaat <strong>niet</strong> naar de werkgever van de werkplek. Je meldt je bij Werkt Mee altijd aan via de gemeente. We
        gebruiken je gegevens niet voor reclame en we verkopen ze niet.
      </p>
      <p>
        We bewaren je gegevens omdat jij daar toestemming voor geeft. Je kunt je toestemming altijd weer intrekken. Stuur dan een e-mail
        naar <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>.
      </p>

      <h3>Wie je gegevens ziet</h3>
      <p>Alleen medewerkers van de gemeente Apeldoorn die aan Werkt Mee werken, kunnen je aanvraag zien.</p>

      <h3>Hoe lang we je gegevens bewaren</h3>
      <p>
        Als de gemeente je aanvraag heeft afgehandeld, bewaren we hem nog <strong>12 maanden</strong>. Daarna verwijderen we je aanvraag.
      </p>

      <h2>Zoeken op postcode</h2>
      <p>
        Je kunt werkplekken zoeken dicht bij je huis. Je typt dan je postcode. Wij berekenen de afstand op onze eigen server. Daarvoor
        gebruiken we open gegevens van <a href="https://www.geonames.org">GeoNames</a> (licentie{" "}
        <a href="https://creativecommons.org/licenses/by/4.0/deed.nl">CC BY 4.0</a>). De postcode die je typt, bewaren we niet. We sturen
        hem ook niet naar een ander bedrijf.
      </p>
      <p>
        Bekijk je de kaart? Dan haalt je browser de kaartplaatjes op bij PDOK. Dat is een dienst van de overheid. PDOK ziet dan, net als
        elke andere website, je IP-adres en welk stuk van de kaart je bekijkt. Je postcode krijgt PDOK niet van ons.
      </p>

      <h2>Cookies</h2>
      <p>
        Een cookie is een klein bestandje dat een website op je computer of telefoon zet. Deze website gebruikt{" "}
        <strong>geen cookies om je te volgen</strong>. Er zijn ook geen cookies voor reclame of statistieken.
      </p>
      <p>
        We gebruiken alleen een cookie die nodig is om in te loggen (een sessiecookie). Die gebruiken we alleen voor medewerkers van de
        gemeente en voor aanbieders die inloggen. Log je niet in? Dan gebruiken we deze cookie niet.
      </p>

      <h2>Jouw rechten</h2>
      <p>Het gaat om jouw gegevens. Daarom mag je:</p>
      <ul>
        <li>
          <strong>inzage</strong> vragen: we laten je zien welke gegevens we van je hebben;
        </li>
        <li>
          <strong>correctie</strong> vragen: we passen gegevens aan die niet kloppen;
        </li>
        <li>
          <strong>verwijdering</strong> vragen: we wissen je gegevens.
        </li>
      </ul>
      <p>
        Stuur hiervoor een e-mail naar <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>. We vragen je misschien om
        te laten zien wie je bent. Zo weten we zeker dat we de gegevens aan de goede persoon geven.
      </p>

      <h2>Klacht</h2>
      <p>
        Ben je het niet eens met hoe we met je gegevens omgaan? Laat het ons eerst weten via{" "}
        <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>. Ben je daarna nog niet tevreden? Dan kun je een klacht
        indienen bij de <a href="https://www.autoriteitpersoonsgegevens.nl">Autoriteit Persoonsgegevens</a>. Dat is de organisatie die in
        Nederland controleert of iedereen goed omgaat met persoonsgegevens.
      </p>

      <h2>Meer informatie</h2>
      <ul>
        <li>
          <Link href="/toegankelijkheid">Lees onze toegankelijkheidsverklaring</Link>
        </li>
        <li>
          <Link href="/veelgestelde-vragen">Lees de veelgestelde vragen</Link>
        </li>
      </ul>

      <p>
        Deze privacyverklaring is opgesteld op <time dateTime="2026-11-22">22 november 2026</time>.
      </p>
    </article>
  );
}
