import { z } from "zod";
import { parsePostcode } from "./postcode";

// The address fields of a form (an inwoner's home, a werkplek's location), read the same way in
// every form: the house number as written, the postcode whole and stored without its space.

export const huisnummerSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{0,4}(?:[ -]?[A-Za-z0-9]{1,6})?$/, "Vul een huisnummer in, bijvoorbeeld 12 of 12a.");

/** A whole postcode (with its two letters), stored as "7311AB". */
export const volledigePostcodeSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const r = parsePostcode(v);
    if (!r.ok || !r.postcode.letters) {
      ctx.addIssue({ code: "custom", message: r.ok ? "Vul de hele postcode in, met de twee letters, bijvoorbeeld 7311 AB." : r.melding });
      return z.NEVER;
    }
    return r.postcode.genormaliseerd;
  });
