import Link from "next/link";
import { formatDatum, formatTijdstip } from "@/domain/format";
import type { WerkItem, Werkvoorraad } from "@/server/toewijzingen/werkvoorraad";
import { htmlId } from "@/domain/html-id";

// Issue 11: what needs the contact person, on /gemeente. Each group is a list with its count in
// the heading, so a screen reader user hears how much is waiting.

function Groep({ titel, items, datum, leeg }: { titel: string; items: WerkItem[]; datum: (i: WerkItem) => string; leeg: string }) {
  const kop = htmlId("wv", titel);
  return (
    <section aria-labelledby={kop} className="mb-6">
      <h3 id={kop}>
        {titel} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p>{leeg}</p>
      ) : (
        <ul>
          {items.map((i, n) => (
            <li key={`${i.toewijzingId}-${n}`}>
              <Link href={i.href}>
                {i.wat}: {i.inwoner} ({i.nummer})
              </Link>{" "}
              — {i.aanbieder}, {datum(i)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function WerkvoorraadOverzicht({ w }: { w: Werkvoorraad }) {
  return (
    <section aria-labelledby="werkvoorraad" className="mt-8">
      <h2 id="werkvoorraad">Wat op jou wacht</h2>
      <p>{w.alle ? "Van alle contactpersonen (je volgt alle trajecten)." : "Van de inwoners van wie jij contactpersoon bent."}</p>
      <Groep
        titel="Nieuwe meldingen"
        items={w.meldingen}
        datum={(i) => `gemeld op ${formatTijdstip(i.op)}`}
        leeg="Geen nieuwe meldingen."
      />
      <Groep
        titel="Evaluatiegesprekken te bevestigen"
        items={w.gesprekkenTeBevestigen}
        datum={(i) => `voorgesteld voor ${formatTijdstip(i.op)}`}
        leeg="Geen gesprekken te bevestigen."
      />
      <Groep
        titel="Uitkomst van een evaluatiegesprek vastleggen"
        items={w.uitkomstVastleggen}
        datum={(i) => `gehouden op ${formatTijdstip(i.op)}`}
        leeg="Geen uitkomsten vast te leggen."
      />
      <Groep
        titel="Eindverantwoordingen te lezen"
        items={w.eindverantwoordingen}
        datum={(i) => `ingediend op ${formatDatum(i.op)}`}
        leeg="Geen eindverantwoordingen te lezen."
      />
      <Groep
        titel="Herindicatieverzoeken te beslissen"
        items={w.herindicaties}
        datum={(i) => `ingediend op ${formatDatum(i.op)}`}
        leeg="Geen herindicatieverzoeken."
      />
      <Groep titel="Te laat" items={w.teLaat} datum={(i) => `uiterlijk ${formatDatum(i.op)}`} leeg="Er is niets te laat." />
    </section>
  );
}
