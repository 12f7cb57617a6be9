// Dutch postcodes: four digits (no leading zero), optionally two letters. The letters SA, SD and
// SS are never issued. We accept "7311", "7311AB", "7311 ab" and ignore surrounding spaces.

export type Postcode = {
  pc4: string;
  letters: string | null;
  /** "7311 AB" or "7311" */
  weergave: string;
  /** "7311AB" or "7311": how it is stored */
  genormaliseerd: string;
};

export type PostcodeResultaat = { ok: true; postcode: Postcode } | { ok: false; melding: string };

const PATROON = /^([1-9][0-9]{3})\s*([a-zA-Z]{2})?$/;
const NIET_UITGEGEVEN = new Set(["SA", "SD", "SS"]);

export const POSTCODE_VOORBEELD = "Vul een postcode in zoals 7311 of 7311 AB.";

export function parsePostcode(invoer: string): PostcodeResultaat {
  const schoon = invoer.trim();
  if (schoon === "") return { ok: false, melding: "Vul een postcode in." };
  const match = PATROON.exec(schoon);
  if (!match) return { ok: false, melding: `"${schoon.slice(0, 20)}" is geen geldige postcode. ${POSTCODE_VOORBEELD}` };
  const pc4 = match[1]!;
  const letters = match[2]?.toUpperCase() ?? null;
  if (letters && NIET_UITGEGEVEN.has(letters)) {
    return { ok: false, melding: `Postcode ${pc4} ${letters} bestaat niet. ${POSTCODE_VOORBEELD}` };
  }
  return {
    ok: true,
    postcode: {
      pc4,
      letters,
      weergave: letters ? `${pc4} ${letters}` : pc4,
      genormaliseerd: letters ? `${pc4}${letters}` : pc4,
    },
  };
}
