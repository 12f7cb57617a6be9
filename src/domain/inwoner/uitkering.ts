// The kind of uitkering (benefit) an inwoner has. It decides who issues a Werkt Mee toewijzing
// (R-TOE-1) and who is the contact person (R-TOE-2).

export const UITKERINGEN = ["PARTICIPATIEWET", "UWV", "ANDERS", "GEEN"] as const;

export type Uitkering = (typeof UITKERINGEN)[number];

export const uitkeringNaam: Record<Uitkering, string> = {
  PARTICIPATIEWET: "Participatiewet-uitkering (bijstand)",
  UWV: "Uitkering van UWV",
  ANDERS: "Andere uitkering",
  GEEN: "Geen uitkering",
};
