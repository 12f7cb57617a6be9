import { z } from "zod";
import { calendarDate } from "../kalender";

// The audit log viewer's filters live in the URL (a GET form: shareable, works without
// JavaScript). Every parameter is checked here; a malformed one is ignored and explained, never an
// error page.

export const AUDIT_PER_PAGINA = 50;
export const UITKOMSTEN = ["gelukt", "geweigerd", "mislukt"] as const;
export type AuditUitkomst = (typeof UITKOMSTEN)[number];
const MAX_PAGINA = 100_000;

/** The filter as parseAuditFilter made it; the query parses it once more (it is its input). */
export const auditFilterSchema = z.object({
  activiteit: z.string().max(254).nullable(),
  /** Lower case. A complete e-mail address matches exactly; a part matches every address containing it. */
  gebruiker: z.object({ tekst: z.string().max(254), exact: z.boolean() }).nullable(),
  betrokkene: z.string().max(100).nullable(),
  uitkomst: z.enum(UITKOMSTEN).nullable(),
  /** Dutch calendar days at UTC midnight, both inclusive. */
  van: z.date().nullable(),
  totEnMet: z.date().nullable(),
  pagina: z.number().int().min(1).max(MAX_PAGINA),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export type RuweParameters = Record<string, string | string[] | undefined>;
export const AUDIT_PARAMETERS = ["activiteit", "gebruiker", "betrokkene", "uitkomst", "van", "tot", "pagina"] as const;
export type AuditParameter = (typeof AUDIT_PARAMETERS)[number];

const eerste = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

function dag(v: string): Date | null {
  try {
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? calendarDate(v) : null;
  } catch {
    return null;
  }
}

export function parseAuditFilter(ruw: RuweParameters, activiteiten: readonly string[]) {
  const meldingen: string[] = [];
  const waarden = Object.fromEntries(AUDIT_PARAMETERS.map((k) => [k, eerste(ruw[k]).slice(0, 254)])) as Record<AuditParameter, string>;
  const filter: AuditFilter = { activiteit: null, gebruiker: null, betrokkene: null, uitkomst: null, van: null, totEnMet: null, pagina: 1 };

  if (waarden.activiteit) {
    if (activiteiten.includes(waarden.activiteit)) filter.activiteit = waarden.activiteit;
    else meldingen.push("De gekozen activiteit komt niet voor in het logboek. Er is niet op activiteit gefilterd.");
  }

  if (waarden.gebruiker) {
    const tekst = z.string().max(254).safeParse(eerste(ruw.gebruiker));
    if (tekst.success) {
      const klein = tekst.data.toLowerCase();
      filter.gebruiker = { tekst: klein, exact: z.email().safeParse(klein).success };
    } else meldingen.push("Het e-mailadres is te lang (hoogstens 254 tekens). Er is niet op gebruiker gefilterd.");
  }

  if (waarden.betrokkene) {
    const r = z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/)
      .safeParse(waarden.betrokkene);
    if (r.success) filter.betrokkene = r.data;
    else
      meldingen.push(
        "Een betrokkene is een code van letters, cijfers en streepjes (hoogstens 100 tekens). Er is niet op betrokkene gefilterd.",
      );
  }

  if (waarden.uitkomst) {
    const r = z.enum(UITKOMSTEN).safeParse(waarden.uitkomst);
    if (r.success) filter.uitkomst = r.data;
    else meldingen.push("De uitkomst kan alleen gelukt, geweigerd of mislukt zijn. Er is niet op uitkomst gefilterd.");
  }

  for (const [sleutel, label] of [
    ["van", "vanaf"],
    ["tot", "tot en met"],
  ] as const) {
    if (!waarden[sleutel]) continue;
    const d = dag(waarden[sleutel]);
    if (!d) meldingen.push(`De datum '${label}' is geen bestaande datum (jjjj-mm-dd). Deze datum is niet gebruikt.`);
    else if (sleutel === "van") filter.van = d;
    else filter.totEnMet = d;
  }
  if (filter.van && filter.totEnMet && filter.van.getTime() > filter.totEnMet.getTime()) {
    meldingen.push("De datum 'tot en met' ligt voor de datum 'vanaf'. Er is niet op datum gefilterd.");
    filter.van = null;
    filter.totEnMet = null;
  }

  if (waarden.pagina) {
    const r = z.coerce.number().int().min(1).max(MAX_PAGINA).safeParse(waarden.pagina);
    if (r.success) filter.pagina = r.data;
    else meldingen.push("Dat paginanummer bestaat niet. Je ziet de eerste pagina.");
  }

  return { filter, meldingen, waarden };
}

/** The URL of the same filter on another page (only the filters that were valid). */
export function auditHref(filter: AuditFilter, pagina: number): string {
  const p = new URLSearchParams();
  if (filter.activiteit) p.set("activiteit", filter.activiteit);
  if (filter.gebruiker) p.set("gebruiker", filter.gebruiker.tekst);
  if (filter.betrokkene) p.set("betrokkene", filter.betrokkene);
  if (filter.uitkomst) p.set("uitkomst", filter.uitkomst);
  if (filter.van) p.set("van", filter.van.toISOString().slice(0, 10));
  if (filter.totEnMet) p.set("tot", filter.totEnMet.toISOString().slice(0, 10));
  if (pagina > 1) p.set("pagina", String(pagina));
  const q = p.toString();
  return q ? `/gemeente/beheer/auditlog?${q}` : "/gemeente/beheer/auditlog";
}
