// One demo account per role (README lists them). Password for all: DEMO_WACHTWOORD.
// They are flagged `demo`: with DEMO_ZONDER_TOTP (default on) they sign in without a second factor.
export const DEMO_WACHTWOORD = "zonnige dinsdag in de Veluwe";

export const demoGebruikers = [
  { email: "beheerder@gemeente.example", naam: "Bea Beheer", rol: "BEHEERDER" },
  { email: "centrum@gemeente.example", naam: "Chris Centrum", rol: "CENTRUM" },
  { email: "wmo-consulent@gemeente.example", naam: "Wendy Wmo", rol: "WMO_CONSULENT" },
  { email: "trajectregisseur@gemeente.example", naam: "Tom Traject", rol: "TRAJECTREGISSEUR" },
  { email: "activeringscoach@gemeente.example", naam: "Anouk Activering", rol: "ACTIVERINGSCOACH" },
  { email: "teammanager@gemeente.example", naam: "Thijs Team", rol: "TEAMMANAGER" },
  { email: "beheerder@aanbieder.example", naam: "Anna Aanbieder", rol: "AANBIEDER_BEHEERDER", aanbieder: "eerste" },
  { email: "medewerker@aanbieder.example", naam: "Mo Medewerker", rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste" },
] as const;
