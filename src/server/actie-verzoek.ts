// A server-action call from JavaScript (a POST with a `Next-Action` header) carries its arguments
// in React's reply format: field "0" holds a JSON array, and strings starting with "$" point at
// other fields ("$1", "$@2", "$Q3", "$B4") or are special values ("$undefined", "$K1" for a form).
// Next.js 16.4.5 decodes that before any code of the portal runs, and answers anything it cannot
// decode with a bare HTTP 500: an empty or cut-off body, a missing field, a root that is not a list,
// a reference to a field that is not there. The proxy checks the shape first (ADR 0024) and answers
// such a request with a Dutch 400. A form posted without JavaScript is multipart that must parse,
// and an action with bound arguments names its metadata in the same format. What the fields mean
// is still up to each action's own schema. Used by the proxy only; it reads its copy of the body.

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

type Model = (naam: string | null) => unknown;

/** Reads field "0" and every field it points at as React does; `wortel` judges the root value. */
function leesbaar(veld: Veld, wortel: (waarde: unknown, model: Model) => boolean): boolean {
  const gelezen = new Map<string, unknown>();
  const model: Model = (naam) => {
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
    return wortel(model("0"), model);
  } catch {
    return false;
  }
}

/** Whether React's decodeReply can read these fields without throwing: the root is the argument list. */
export function antwoordVormKlopt(veld: Veld): boolean {
  return leesbaar(veld, (w) => Array.isArray(w));
}

/**
 * A form posted without JavaScript whose action has bound arguments names it in `$ACTION_REF_n`,
 * with `{ id, bound }` in field `$ACTION_n:0` in the same format (React's decodeAction, which
 * takes the last such field). The id must be text and `bound`, when it points at a field, a list.
 */
export function formulierActieKlopt(form: FormData): boolean {
  let ref: string | null = null;
  for (const naam of form.keys()) if (naam.startsWith("$ACTION_REF_")) ref = naam;
  if (ref === null) return true;
  const voorvoegsel = `$ACTION_${ref.slice("$ACTION_REF_".length)}:`;
  return leesbaar(
    (naam) => form.get(voorvoegsel + naam),
    (w, model) => {
      if (w === null || typeof w !== "object" || typeof (w as { id?: unknown }).id !== "string") return false;
      const bound = (w as { bound?: unknown }).bound;
      return typeof bound !== "string" || !bound.startsWith("$@") || Array.isArray(model(veldnaam(bound.slice(2))));
    },
  );
}

/**
 * True for a server-action call whose body Next.js could not decode: from JavaScript (a
 * `Next-Action` header) not in React's reply format; or any multipart POST (a form without
 * JavaScript) that is no readable multipart, or whose `$ACTION_REF_` metadata cannot be read.
 * A urlencoded body is not taken for an action call by Next: it is left alone.
 */
export async function onleesbareActie(request: Request): Promise<boolean> {
  if (request.method !== "POST" || request.bodyUsed) return false;
  const soort = request.headers.get("content-type") ?? "";
  const vanScript = request.headers.has("next-action");
  if (soort.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return true;
    }
    return vanScript ? !antwoordVormKlopt((naam) => form.get(naam)) : !formulierActieKlopt(form);
  }
  if (!vanScript || soort.startsWith("application/x-www-form-urlencoded")) return false;
  const body = await request.clone().text();
  return !antwoordVormKlopt((naam) => (naam === "0" ? body : null));
}
