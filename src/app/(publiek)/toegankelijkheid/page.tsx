import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Toegankelijkheid",
};

export default function ToegankelijkheidPage() {
  return (
    <article className="inhoud">
      <h1>Toegankelijkheids&shy;verklaring</h1>
      <p>
        De gemeente Apeldoorn wil dat iedereen de website van Apeldoorn Werkt Mee kan gebruiken. Ook als je slecht ziet, slecht hoort,
        moeilijk leest of geen muis gebruikt. Dat noemen we een toegankelijke website. In deze verklaring lees je hoe we dat doen en wat nog
        niet goed werkt.
      </p>

      <h2>Ons doel</h2>
      <p>
        Overheidsorganisaties in Nederland moeten hun websites toegankelijk maken. Dat staat in de wet (Besluit digitale toegankelijkheid
        overheid). Daarvoor bestaan internationale regels: de WCAG. Wij willen voldoen aan de nieuwste versie,{" "}
        <strong>WCAG 2.2 op niveau AA</strong>.
      </p>
      <p>Dat betekent bijvoorbeeld:</p>
      <ul>
        <li>Je kunt alles op de website gebruiken met alleen een toetsenbord.</li>
        <li>De website werkt met een schermlezer (software die de tekst voorleest).</li>
        <li>Tekst heeft genoeg contrast met de achtergrond, zodat je hem goed kunt lezen.</li>
        <li>Je kunt de tekst groter maken zonder dat er iets verdwijnt.</li>
        <li>Formulieren laten duidelijk zien wat je moet invullen en wat er fout ging.</li>
      </ul>
      <p>We schrijven de teksten ook zo eenvoudig mogelijk, met korte zinnen.</p>

      <h2>Hoe we testen</h2>
      <p>We controleren de website op drie manieren:</p>
      <ul>
        <li>
          <strong>Automatische controle.</strong> Bij elke test van de website controleert het programma axe automatisch elke pagina uit
          onze tests op bekende problemen.
        </li>
        <li>
          <strong>Toetsenbord.</strong> We testen of je alle pagina’s, knoppen en formulieren kunt gebruiken met alleen het toetsenbord. En
          of je altijd kunt zien waar je bent op de pagina.
        </li>
        <li>
          <strong>Controle door mensen.</strong> Een automatische test vindt niet alles. Daarom bekijken we pagina’s ook zelf. Bijvoorbeeld
          of de koppen en de volgorde kloppen, en of alles goed blijft werken als je de tekst groter maakt.
        </li>
      </ul>
      <p>Deze verklaring is gemaakt op basis van deze eigen tests.</p>

      <h2>Wat nog niet helemaal toegankelijk is</h2>
      <h3>De kaart met werkplekken</h3>
      <p>
        Bij het zoeken naar werkplekken kun je ook een kaart bekijken. De kaart is een extra. Niet iedereen kan een kaart goed gebruiken,
        bijvoorbeeld als je een schermlezer gebruikt. Daarom staat alles wat op de kaart staat ook in de lijst met werkplekken. Die lijst
        werkt met een toetsenbord en met een schermlezer.
      </p>
      <p>
        De kaartplaatjes komen van PDOK, een dienst van de overheid. Werkt PDOK even niet? Dan zie je geen kaart. De lijst met werkplekken
        werkt dan gewoon.
      </p>
      <p>
        <Link href="/werkplekken">Zoek werkplekken in de lijst</Link>
      </p>

      <h2>Probleem melden</h2>
      <p>
        Kun je iets op deze website niet gebruiken? Of zie je een ander probleem met de toegankelijkheid? Laat het ons weten. Stuur een
        e-mail naar <a href="mailto:info@apeldoornwerktmee.nl">info@apeldoornwerktmee.nl</a>. Schrijf erbij:
      </p>
      <ul>
        <li>op welke pagina het probleem is;</li>
        <li>wat er niet goed gaat;</li>
        <li>welke hulpmiddelen je gebruikt, als je dat wilt (bijvoorbeeld een schermlezer).</li>
      </ul>
      <p>
        Je krijgt binnen <strong>5 werkdagen</strong> antwoord. Heb je de informatie op een andere manier nodig? Vraag het ons. We helpen je
        graag.
      </p>

      <h2>Meer informatie</h2>
      <ul>
        <li>
          <Link href="/privacy">Lees onze privacyverklaring</Link>
        </li>
        <li>
          <Link href="/veelgestelde-vragen">Lees de veelgestelde vragen</Link>
        </li>
      </ul>

      <p>
        Deze verklaring is opgesteld op <time dateTime="2026-11-22">22 november 2026</time>.
      </p>
    </article>
  );
}
