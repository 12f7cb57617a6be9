import { doelVelden, type EindverantwoordingInvoer } from "./invoer";

// R-EV-1…3 as pure rules (issue 11, docs/decisions/0016): what a submitted eindverantwoording must
// contain, who may still change it, and the one send-back.

export type EvStatus = "CONCEPT" | "INGEDIEND" | "TERUGGESTUURD" | "GELEZEN";

export const EV_STATUS_TEKST: Record<EvStatus | "NIEUW", string> = {
  NIEUW: "Nog niet begonnen",
  CONCEPT: "Concept, nog niet ingediend",
  INGEDIEND: "Ingediend",
  TERUGGESTUURD: "Teruggestuurd met een vraag",
  GELEZEN: "Gelezen door de gemeente",
};

/** What the form is about: the traject's kind and whether a further extension is still possible. */
export type EvContext = {
  /** R-EV-3: ontwikkeling asks whether the agreed step was made. */
  ontwikkeling: boolean;
  /** R-EV-2 §5: new goals only make sense when the traject can still be extended (R-TOE-4). */
  verlengbaar: boolean;
  /** The goals of the ondersteuningsplan (R-EV-2 §2). */
  doelIds: readonly string[];
  /** The toewijzing's start: the report cannot have been written before it. */
  startdatum: Date;
  /** R-EV-3: the trede the ontwikkeling works towards (the agreed step); null or absent when unknown. */
  doelTrede?: number | null;
};

/** The aanbieder writes while it is a draft or after the one send-back. */
export function magBewerken(status: EvStatus | null): boolean {
  return status === null || status === "CONCEPT" || status === "TERUGGESTUURD";
}

/** Submitted at least once: the gemeente sees it (a draft stays with the aanbieder). */
export function isIngediend(ev: { status: EvStatus }): boolean {
  return ev.status !== "CONCEPT";
}

/** Sent back with a question: the aanbieder is changing it, the gemeente waits. */
export function isTeruggestuurd(ev: { status: EvStatus }): boolean {
  return ev.status === "TERUGGESTUURD";
}

/** Submitted and not sent back: its content stands, so the trede after the traject can be set. */
export function isDefinitief(ev: { status: EvStatus }): boolean {
  return ev.status === "INGEDIEND" || ev.status === "GELEZEN";
}

/** The contact person sends back ONCE, only a submitted report that was never sent back. */
export function magTerugsturen(ev: { status: EvStatus; teruggestuurdOp: Date | null }): boolean {
  return ev.status === "INGEDIEND" && ev.teruggestuurdOp === null;
}

/** A submitted report (also once more after the send-back) can be marked read. */
export function magGelezenMarkeren(ev: { status: EvStatus }): boolean {
  return ev.status === "INGEDIEND";
}

/**
 * On submission every section of R-EV-2 (and R-EV-3 for ontwikkeling) must be filled in; a draft
 * is never checked. Returns field → Dutch message; empty when it may be submitted.
 */
export function controleerIndienen(ev: EindverantwoordingInvoer, c: EvContext): Record<string, string> {
  const f: Record<string, string> = {};
  if (!ev.algemeen) f.algemeen = "Beschrijf het algemeen functioneren en de bijzonderheden van de periode.";
  for (const id of c.doelIds) {
    const d = ev.doelen[id];
    const v = doelVelden(id);
    if (!d?.resultaat) f[v.resultaat] = "Kies of dit doel bereikt, gedeeltelijk bereikt of niet bereikt is.";
    if (!d?.toelichting) f[v.toelichting] = "Schrijf waarom dit doel wel of niet bereikt is.";
  }
  // Without goals in the plan, the goals worked on and their result are described in words.
  if (c.doelIds.length === 0 && !ev.resultaatToelichting) {
    f.resultaatToelichting = "Beschrijf aan welke doelen is gewerkt en wat het resultaat is, want het plan heeft geen doelen.";
  }
  if (!ev.voortzetten) f.voortzetten = "Schrijf welke doelen worden voortgezet en waarom, of waarom geen.";
  if (c.verlengbaar && !ev.nieuweDoelen) {
    f.nieuweDoelen = "Schrijf de nieuwe doelen voor een verlenging, of schrijf dat er geen verlenging nodig is.";
  }
  if (ev.vervolgNodig === null) f.vervolgNodig = "Kies of er een vervolg nodig is: een verlenging of een ander product.";
  if (ev.adviesTrede === null) f.adviesTrede = "Kies de hoogst haalbare trede.";
  if (!ev.adviesWaarHoe) f.adviesWaarHoe = "Schrijf waar en hoe de inwoner aan die trede kan werken.";
  if (c.ontwikkeling) {
    if (ev.stapGemaakt === null) f.stapGemaakt = "Kies of de afgesproken stap is gemaakt.";
    if (!ev.stapToelichting) f.stapToelichting = "Licht toe waarom de stap wel of niet is gemaakt.";
    if (ev.bereikteTrede === null) f.bereikteTrede = "Kies de trede die de inwoner heeft bereikt.";
    // Issue 21 item 22: the answer and the trede reached must tell the same story.
    const doel = c.doelTrede ?? null;
    if (doel !== null && ev.bereikteTrede !== null && ev.stapGemaakt === true && ev.bereikteTrede < doel) {
      f.bereikteTrede = `Je kiest dat de afgesproken stap is gemaakt, maar trede ${ev.bereikteTrede} ligt onder trede ${doel}, de stap van deze toewijzing. Kies nee, of kies de trede die de inwoner echt bereikt heeft.`;
    }
    if (doel !== null && ev.bereikteTrede !== null && ev.stapGemaakt === false && ev.bereikteTrede >= doel) {
      f.stapGemaakt = `De inwoner heeft trede ${ev.bereikteTrede} bereikt, de stap van deze toewijzing: dan is de stap gemaakt. Kies ja, of kies de trede die de inwoner echt bereikt heeft.`;
    }
  }
  if (!ev.samenMetInwoner) f.samenMetInwoner = "Bevestig dat je de eindverantwoording samen met de inwoner hebt opgesteld.";
  if (!ev.samenMetInwonerOp) f.samenMetInwonerOp = "Vul de datum in waarop je de eindverantwoording met de inwoner hebt besproken.";
  else if (ev.samenMetInwonerOp < c.startdatum) f.samenMetInwonerOp = "Deze datum ligt voor de start van de toewijzing.";
  return f;
}

/**
 * A draft may be incomplete, but a goal's explanation is only stored together with its result: say
 * so rather than drop the text.
 */
export function controleerConcept(ev: EindverantwoordingInvoer, c: Pick<EvContext, "doelIds">): Record<string, string> {
  const f: Record<string, string> = {};
  for (const id of c.doelIds) {
    const d = ev.doelen[id];
    if (d && !d.resultaat && d.toelichting) f[doelVelden(id).resultaat] = "Kies ook het resultaat, dan wordt de toelichting bewaard.";
  }
  if (ev.samenMetInwonerOp && !ev.samenMetInwoner) {
    f.samenMetInwoner = "Vink ook de bevestiging aan, dan wordt de datum van het gesprek bewaard.";
  }
  return f;
}

/**
 * R-LAD-3: the trede proposed after the traject. For ontwikkeling the trede reached (R-EV-3); for
 * other products the inwoner stays where they are. The advice (highest reachable trede) becomes
 * the perspectief, when it is not below the trede.
 */
export function voorgesteldeTrede(
  ev: { bereikteTrede: number | null; adviesTrede: number | null },
  huidige: number | null,
): { trede: number | null; perspectiefTrede: number | null } {
  const trede = ev.bereikteTrede ?? huidige;
  const perspectiefTrede = ev.adviesTrede !== null && (trede === null || ev.adviesTrede >= trede) ? ev.adviesTrede : null;
  return { trede, perspectiefTrede };
}
