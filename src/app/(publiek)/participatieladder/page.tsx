import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "De participatieladder",
};

// R-LAD-1: the six treden. R-LAD-2: treden 2–3 are about activering, 4–5 about werk.
// The offers per trede follow the products in RULES.md §2 (R-PRD) and seed 000 §1–2.
type Trede = {
  nummer: number;
  naam: string;
  uitleg: string;
  fase?: "Activering" | "Werk";
  aanbod: string[];
};

const treden: Trede[] = [
  {
    nummer: 6,
    naam: "Betaald werk",
    uitleg: "Je hebt een betaalde baan. Je doet je werk zelf, zonder extra hulp. Dit is de hoogste trede.",
    aanbod: ["Werkt Mee ontwikkeling naar trede 5: met dit traject kun je ook werken aan de stap naar betaald werk zonder hulp."],
  },
  {
    nummer: 5,
    naam: "Betaald werk met ondersteuning",
    uitleg: "Je hebt een betaalde baan. Je krijgt daarbij nog hulp of begeleiding.",
    fase: "Werk",
    aanbod: [
      "Werkt Mee ontwikkeling naar trede 5. Je leert de vaardigheden voor een vak. En je krijgt hulp bij het zoeken naar betaald werk. Dit kan als je nu op trede 2, 3 of 4 staat.",
      "Heb je binnen een jaar zicht op betaald werk? Dan kan de gemeente je ook naar Lucrato verwijzen.",
    ],
  },
  {
    nummer: 4,
    naam: "Onbetaald werk",
    uitleg: "Je doet werk zonder loon, bijvoorbeeld vrijwilligerswerk. Je werkt zelfstandig. Je hebt eigen taken en verantwoordelijkheid.",
    fase: "Werk",
    aanbod: [
      "Werkplek op trede 4. Je doet zelf je taken. Je begeleider is op afstand en je kunt hem of haar bellen als het nodig is.",
      "Werkt Mee ontwikkeling naar trede 4. Je leert zelfstandig werken en goed omgaan met collega’s. Dit kan als je nu op trede 2 of 3 staat.",
      "Oriëntatietraject: je ontdekt wat je wilt en wat je kunt.",
    ],
  },
  {
    nummer: 3,
    naam: "Deelname aan georganiseerde activiteiten",
    uitleg:
      "Je doet mee aan activiteiten met een vaste tijd en een vaste plek. Je levert een bijdrage. Het werk is rustig en je krijgt veel hulp.",
    fase: "Activering",
    aanbod: [
      "Werkplek op trede 3. Het werk is rustig. Je begeleider is op de werkplek en dichtbij.",
      "Werkt Mee ontwikkeling naar trede 3 (‘Meedoen’). Je loopt mee op de werkvloer. Je went aan vaste werktijden en aan werken in een team. Dit kan als je nu op trede 2 staat.",
      "Oriëntatietraject: je ontdekt wat je wilt en wat je kunt.",
    ],
  },
  {
    nummer: 2,
    naam: "Sociale contacten buiten de deur",
    uitleg: "Je gaat de deur uit en ontmoet andere mensen. Bijvoorbeeld bij een activiteit in de buurt.",
    fase: "Activering",
    aanbod: [
      "Ontmoeten: activiteiten in de buurt waar je andere mensen leert kennen.",
      "Begeleiding in een groep, voor mensen die daarbij veel hulp nodig hebben.",
      "Oriëntatietraject: je ontdekt wat je wilt en wat je kunt.",
      "Werkt Mee ontwikkeling naar trede 3, 4 of 5: je werkt aan een stap omhoog.",
    ],
  },
  {
    nummer: 1,
    naam: "Geïsoleerd",
    uitleg: "Je hebt weinig of geen contact met mensen buiten je eigen huis.",
    aanbod: ["Werkt Mee heeft op deze trede geen aanbod. Wil je meer mensen ontmoeten? Vraag de gemeente wat er voor jou mogelijk is."],
  },
];

export default function ParticipatieladderPage() {
  return (
    <article className="inhoud">
      <h1>De participatieladder</h1>
      <p>
        De participatieladder laat zien hoeveel je meedoet in de samenleving. De ladder heeft 6 treden. Een trede is een stap op de ladder.
        Trede 1 is de laagste trede: je bent dan vooral thuis. Trede 6 is de hoogste trede: je hebt dan betaald werk zonder hulp.
      </p>
      <p>De gemeente kijkt samen met jou op welke trede je nu staat. Zo weet je welke hulp en welke werkplek bij jou passen.</p>

      <h2>Activering en werk</h2>
      <ul>
        <li>
          Bij <strong>trede 2 en 3</strong> gaat het om <strong>activering</strong>. Dat betekent: weer actief worden en meedoen.
        </li>
        <li>
          Bij <strong>trede 4 en 5</strong> gaat het om <strong>werk</strong>.
        </li>
      </ul>

      <h2>Het doel: een stap omhoog</h2>
      <p>
        Werkt Mee wil dat je een stap omhoog kunt zetten op de ladder. Dat noemen we <strong>doorstroom</strong>: van de trede waar je nu
        staat naar de volgende trede. Kun je (nog) geen stap omhoog zetten? Dan helpt Werkt Mee je om te blijven meedoen op jouw trede.
      </p>

      <h2>De 6 treden</h2>
      <p>Bovenaan staat de hoogste trede (6). Onderaan staat de laagste trede (1).</p>
      <ol reversed start={6} className="grid list-none gap-3 p-0">
        {treden.map((trede) => (
          <li key={trede.nummer} className="rounded-lg border border-[var(--kleur-rand)] bg-white p-4">
            <h3>
              Trede {trede.nummer}: {trede.naam}
            </h3>
            {trede.fase ? (
              <p>
                <strong>Nadruk op: {trede.fase.toLowerCase()}</strong>
              </p>
            ) : null}
            <p>{trede.uitleg}</p>
            <div className="rounded-lg bg-[var(--kleur-accent-licht)] p-4">
              <p>
                <strong>Wat kun je hier krijgen?</strong>
              </p>
              <ul>
                {trede.aanbod.map((regel) => (
                  <li key={regel}>{regel}</li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>

      <h2>Soorten trajecten</h2>
      <ul>
        <li>
          <strong>Ontwikkeling naar een hogere trede.</strong> Je werkt 6 maanden aan een stap omhoog. Als het nodig is, kan dit traject één
          keer langer duren.
        </li>
        <li>
          <strong>Werkplek op trede 3 of 4.</strong> Je blijft meedoen op jouw trede, of je wordt daar sterker in. Dit duurt maximaal 2
          jaar. Daarna kan het langer.
        </li>
        <li>
          <strong>Oriëntatietraject.</strong> Voor als je nog niet weet wat je wilt en kunt. Dit duurt maximaal 3 maanden. Aan het eind
          krijg je een advies op papier.
        </li>
      </ul>
      <p>
        Vaak krijg je een ontwikkeltraject en een werkplek tegelijk. Na een traject kijkt de gemeente samen met jou opnieuw waar je staat en
        wat de volgende stap is.
      </p>
      <p>Alle werkplekken van Werkt Mee zijn onbetaald werk. Je betaalt zelf niets.</p>

      <h2>Meer weten?</h2>
      <ul>
        <li>
          <Link href="/werkplekken">Zoek een werkplek bij jou in de buurt</Link>
        </li>
        <li>
          <Link href="/producten">Lees meer over de trajecten van Werkt Mee</Link>
        </li>
        <li>
          <Link href="/veelgestelde-vragen">Lees de veelgestelde vragen</Link>
        </li>
      </ul>
    </article>
  );
}
