import { TaakFout, type Taak } from "./taak";

// Every scheduled task, in one list (issue 23). Add a task here ({ naam, omschrijving, draai(nu) }) and give it a time in ./planning.ts; `npm run taken -- <naam>`
// and the in-process schedule then know it. Modules load on first run, so listing a task is cheap.

export const TAKEN: readonly Taak[] = [
  {
    naam: "iwmo-bijwerken",
    omschrijving:
      "Zet de iWmo-berichten klaar die de tijd meebrengt (einddatum bereikt, termijnen) en die bij gegevens van buiten de use cases horen.",
    async draai(nu) {
      const { werkUitgaandBij } = await import("../../iwmo/intern/uitgaand");
      const { nieuw, fouten } = await werkUitgaandBij(nu);
      const telling = { nieuw, fouten: fouten.length };
      if (fouten.length) throw new TaakFout(`${fouten.length} toewijzing(en) konden niet worden bijgewerkt`, telling);
      return telling;
    },
  },
  {
    naam: "mail-versturen",
    omschrijving: "Verstuurt de e-mails in de wachtrij die aan de beurt zijn, met nieuwe pogingen na een storing.",
    async draai(nu) {
      const { verstuurWachtrij } = await import("../../mail/wachtrij");
      return verstuurWachtrij({ nu });
    },
  },
  {
    naam: "herinneringen",
    omschrijving: "Mailt aanbieders en medewerkers één keer per dag over termijnen die over twee weken, vandaag of te laat zijn.",
    async draai(nu) {
      const { stuurHerinneringen } = await import("../../herinneringen/intern");
      return stuurHerinneringen(nu);
    },
  },
  {
    naam: "bewaartermijnen",
    omschrijving: "Verwijdert of anonimiseert persoonsgegevens waarvan de bewaartermijn voorbij is (alleen aantallen in het verslag).",
    async draai(nu) {
      const { pasBewaartermijnenToe } = await import("../../bewaartermijnen/intern");
      return pasBewaartermijnenToe(nu);
    },
  },
];

export function vindTaak(naam: string): Taak | undefined {
  return TAKEN.find((t) => t.naam === naam);
}

/** The tasks there are, one line each: name and description. */
export function takenOverzicht(): string {
  return TAKEN.map((t) => `  ${t.naam.padEnd(18)} ${t.omschrijving}`).join("\n");
}

/** The Dutch error for an unknown task name, listing the tasks there are. */
export function onbekendeTaakMelding(naam: string): string {
  return `Onbekende taak "${naam}". De taken zijn:\n${takenOverzicht()}`;
}
