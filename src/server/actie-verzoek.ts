// A server-action call from JavaScript (a POST with a `Next-Action` header) carries its arguments
// in React's reply format: field "0" holds a JSON array, and strings starting with "$" point at
// other fields ("$1", "$@2", "$Q3", "$B4") or are special values ("$undefined", "$K1" for a form).
// Next.js 16.4.5 decodes that before any code of the portal runs, and answers anything it cannot
// decode with a bare HTTP 500: an empty or cut-off body, a missing field, a root that is not a list,
// a reference to a field that is not there. The proxy checks the shape first (ADR 0023) and answers
// such a request with a Dutch 400. What the fields mean is still up to each action's own schema.
// Used by the proxy only; it reads the proxy's copy of the body.

type Veld = (naam: string) => FormDataEntryValue | null;

/** Typed arrays and blobs: the "$" letter is followed by the number of a file field. */
const BESTAND = new Set([..."AOoUSsLlGgMmVB"]);
/** Values that need no other field: $$ (an escaped "$"), $undefined, $Infinity, $-0, $NaN, $D…, a form ($K), a temporary reference ($T), $H. */
const LOS = new Set([..."$uI-NDKTH"]);
/** A server function ($h) or a stream as argument: no form of the portal sends one. */
const NOOIT = new Set([..."hRrXx"]);

const HEX = /^[0-9a-f]+$/i;

/** The field a reference like "$1a:foo:bar" points at: React numbers its fields in hexadecimal. */
function veldnaam(verwijzing: string): string | null {
  const hex = verwijzing.split(":")[0]!;
  return HEX.test(hex) && hex.length <= 8 ? String(parseInt(hex, 16)) : null;
}

/** Whether React's decodeReply can read these fields without throwing (field "0" is the root). */
export function antwoordVormKlopt(veld: Veld): boolean {
  const gelezen = new Map<string, unknown>();
  const model = (naam: string | null): unknown => {
    if (naam === null) throw new Error("geen veld");
    if (gelezen.has(naam)) return gelezen.get(naam); // the root refers to itself for a repeated object
    const tekst = veld(naam);
    if (typeof tekst !== "string") throw new Error(`veld ${naam} ontbreekt`);
    const waarde: unknown = JSON.parse(tekst);
    gelezen.set(naam, waarde);
    controleer(waarde);
    return waarde;
  };
  const controleer = (w: unknown): void => {
    if (typeof w === "string") return tekst(w);
    if (Array.isArray(w)) return w.forEach(controleer);
    if (w !== null && typeof w === "object") Object.values(w).forEach(controleer);
  };
  const tekst = (s: string): void => {
    if (s[0] !== "$") return;
    const soort = s[1];
    if (soort === undefined || NOOIT.has(soort)) throw new Error("niet te lezen");
    if (soort === "n") {
      if (s.length > 302) throw new Error("te groot getal");
      BigInt(s.slice(2));
    } else if (BESTAND.has(soort)) {
      const naam = veldnaam(s.slice(2));
      if (naam === null || !(veld(naam) instanceof Blob)) throw new Error("geen bestand");
    } else if (soort === "Q" || soort === "W" || soort === "i" || soort === "@") {
      const lijst = model(veldnaam(s.slice(2)));
      // $Q becomes a Map, $W a Set, $i an iterator: each needs a list (of entries for a Map).
      if (soort !== "@" && !Array.isArray(lijst)) throw new Error("geen lijst");
      if (soort === "Q" && !(lijst as unknown[]).every((e) => e !== null && typeof e === "object")) throw new Error("geen paren");
    } else if (!LOS.has(soort)) model(veldnaam(s.slice(1)));
  };
  try {
    return Array.isArray(model("0"));
  } catch {
    return false;
  }
}

/**
 * True for a server-action call from JavaScript whose body Next.js could not decode. A form posted
 * without JavaScript has no `Next-Action` header (Next reads its `$ACTION_ID_` field itself) and a
 * urlencoded body is not taken for an action call: both are left alone.
 */
export async function onleesbareActie(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action") || request.bodyUsed) return false;
  const soort = request.headers.get("content-type") ?? "";
  if (soort.startsWith("application/x-www-form-urlencoded")) return false;
  if (soort.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return true;
    }
    return !antwoordVormKlopt((naam) => form.get(naam));
  }
  const body = await request.clone().text();
  return !antwoordVormKlopt((naam) => (naam === "0" ? body : null));
}
