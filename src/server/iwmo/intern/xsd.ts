import "server-only";
import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { BERICHTSOORTEN, type Berichtsoort } from "@/domain/iwmo/codes";

// XSD validation of every iWmo message, out and in (issue 13), with libxml2 compiled to
// WebAssembly (xmllint-wasm: no native build, docs/decisions/0020). The schemas are the official
// ones in standards/iwmo-3.2/xsd/ (copied from ../shared with their README).

const MAP = path.resolve(process.cwd(), "standards/iwmo-3.2/xsd");
const cache = new Map<string, string>();
function lees(bestand: string): string {
  let s = cache.get(bestand);
  if (s === undefined) {
    s = fs.readFileSync(path.join(MAP, bestand), "utf8");
    cache.set(bestand, s);
  }
  return s;
}

export type XsdFout = { regel: number | null; element: string | null; melding: string };

/** The longest libxml2 message read: it quotes the file's own text (values, namespaces) at any length. */
const MAX_MELDING_TEKENS = 1000;
/** The errors read per message: the importer shows the first ten. */
const MAX_FOUTEN = 10;

/** libxml2's English → a Dutch sentence that names the element. */
export function vertaal(volledig: string): { element: string | null; melding: string } {
  // The patterns below run on untrusted text (issue 21, item 27): only on a bounded part of it.
  const ruw = volledig.slice(0, MAX_MELDING_TEKENS);
  const em = /Element '(?:\{[^}]*\})?([A-Za-z0-9]+)'/.exec(ruw);
  const element = em?.[1] ?? null;
  const waarde =
    /: '([^']*)' is not a valid value/.exec(ruw)?.[1] ?? /The value '([^']*)' is not (?:an element of the set|accepted)/.exec(ruw)?.[1];
  const verwacht = /Expected is (?:one of )?\( ?([^)]*)\)/
    .exec(ruw)?.[1]
    ?.replace(/\{[^}]*\}/g, "")
    .trim();
  let melding: string;
  if (waarde !== undefined) melding = `de waarde '${waarde}' is niet toegestaan`;
  else if (/This element is not expected/.test(ruw))
    melding = verwacht ? `dit element hoort hier niet; verwacht: ${verwacht}` : "dit element hoort hier niet";
  else if (/Missing child element/.test(ruw)) melding = `er ontbreekt een verplicht element${verwacht ? `: ${verwacht}` : ""}`;
  else if (/No matching global declaration|No matching global element/.test(ruw)) melding = "dit is geen iWmo 3.2-bericht van deze soort";
  else if (/parser error|Start tag expected|Premature end|not well-formed|Opening and ending tag mismatch/i.test(ruw))
    melding = "het bestand is geen geldige XML";
  else melding = "voldoet niet aan het schema";
  return { element, melding };
}

/** Validate against the message's XSD; [] when valid, else its first errors. */
export async function valideerXsd(soort: Berichtsoort, xml: string): Promise<XsdFout[]> {
  if (!BERICHTSOORTEN.includes(soort)) throw new Error(`Unknown message type ${soort}`);
  const r = await validateXML({
    xml: { fileName: "bericht.xml", contents: xml },
    schema: { fileName: `WMO${soort}.xsd`, contents: lees(`WMO${soort}.xsd`) },
    preload: [{ fileName: "basisschema.xsd", contents: lees("basisschema.xsd") }],
  });
  if (r.valid) return [];
  return r.errors.slice(0, MAX_FOUTEN).map((e) => ({ regel: e.loc?.lineNumber ?? null, ...vertaal(e.rawMessage ?? e.message) }));
}

/** One Dutch line per schema error: "WMO305-schema, regel 40, element Begindatum: de waarde '2025-13-03' is niet toegestaan". */
export function beschrijf(soort: Berichtsoort, f: XsdFout): string {
  const waar = [`WMO${soort}-schema`, f.regel ? `regel ${f.regel}` : null, f.element ? `element ${f.element}` : null].filter(Boolean);
  return `${waar.join(", ")}: ${f.melding}`;
}
