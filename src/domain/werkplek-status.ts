import { formatTijdstip } from "./format";

// How a werkplek's state reads for the aanbieder (issue 3): the row's status plus, for a published
// werkplek, the state of its pending revision.

export type WerkplekStatus = "CONCEPT" | "INGEDIEND" | "GEPUBLICEERD" | "AFGEWEZEN" | "GEARCHIVEERD";
export type RevisieStatus = "CONCEPT" | "INGEDIEND" | "AFGEWEZEN";

export const STATUS_NAAM: Record<WerkplekStatus, string> = {
  CONCEPT: "Concept",
  INGEDIEND: "Wacht op controle",
  GEPUBLICEERD: "Gepubliceerd",
  AFGEWEZEN: "Afgewezen",
  GEARCHIVEERD: "Gearchiveerd",
};

const REVISIE_NAAM: Record<RevisieStatus, string> = {
  CONCEPT: "wijziging in concept",
  INGEDIEND: "wijziging wacht op controle",
  AFGEWEZEN: "wijziging afgewezen",
};

export function statusTekst(status: WerkplekStatus, revisie: RevisieStatus | null | undefined): string {
  return status === "GEPUBLICEERD" && revisie ? `${STATUS_NAAM.GEPUBLICEERD}, ${REVISIE_NAAM[revisie]}` : STATUS_NAAM[status];
}

/** What a save did, as a code in the redirect URL and the message the next page shows. */
export const BEWAAR_MELDINGEN = {
  concept:
    "De werkplek is opgeslagen als concept. Dien hem in als je klaar bent; pas na de controle door de gemeente staat hij in de catalogus.",
  ingediend:
    "De werkplek is opgeslagen en ingediend voor de inhoudelijke controle door de gemeente. Je krijgt een e-mail als hij is beoordeeld.",
  "wijziging-concept":
    "Je wijziging is bewaard als concept. De huidige versie blijft in de catalogus staan; dien de wijziging in als je klaar bent.",
  "wijziging-ingediend":
    "Je wijziging is ingediend voor de inhoudelijke controle. Tot de goedkeuring blijft de huidige versie in de catalogus staan.",
  gearchiveerd: "De werkplek is gearchiveerd en staat niet meer in de catalogus.",
} as const;
export type BewaarCode = keyof typeof BEWAAR_MELDINGEN;

export function isBewaarCode(v: unknown): v is BewaarCode {
  return typeof v === "string" && Object.hasOwn(BEWAAR_MELDINGEN, v);
}

/** Who last approved a werkplek (R-WP-1) and when: "1 december 2026 om 14:05 door Carla Centrum". */
export function goedgekeurdTekst(g: { op: Date; door: string | null }): string {
  return `${formatTijdstip(g.op)}${g.door ? ` door ${g.door}` : ""}`;
}

/** May the aanbieder still change this werkplek (its text, its free places)? Not once archived. */
export function isBewerkbaar(w: { status: WerkplekStatus }): boolean {
  return w.status !== "GEARCHIVEERD";
}

/** In the public catalogue: changes to it go through a revision. */
export function isGepubliceerd(w: { status: WerkplekStatus }): boolean {
  return w.status === "GEPUBLICEERD";
}

/** Rejected by the gemeente: the werkplek itself, or (asked of w.revisie) its pending change. */
export function isAfgewezen(w: { status: WerkplekStatus | RevisieStatus } | null | undefined): boolean {
  return w?.status === "AFGEWEZEN";
}

/** An id of another organisation is answered exactly like an id that does not exist. */
export const WERKPLEK_NIET_GEVONDEN = "Deze werkplek bestaat niet of hoort niet bij jouw organisatie.";
