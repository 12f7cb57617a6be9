// The burgerservicenummer (RULES §11 Privacy): validated with the elfproef and never shown in full
// where it is not needed. A BSN is handled as a string of nine digits, never as a number, because
// a leading zero is significant.

const NEGEN_CIJFERS = /^\d{9}$/;

/**
 * Elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 must be divisible by 11; 000000000 is refused.
 * Expects the normalised form (nine digits, no spaces); call `normaliseerBsn` first for user input.
 */
export function isGeldigBsn(bsn: string): boolean {
  if (!NEGEN_CIJFERS.test(bsn) || bsn === "000000000") return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(bsn[i]) * (9 - i);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}

/**
 * User input → nine digits, or null when it cannot be a BSN. Spaces, dots and hyphens are removed
 * ("1234.56.782", "123 456 782"); eight digits get a leading zero, because older BSNs (from the
 * sofinummer) are often written without it. Does not apply the elfproef.
 */
export function normaliseerBsn(invoer: string): string | null {
  const cijfers = invoer.replace(/[\s.-]/g, "");
  if (/^\d{8}$/.test(cijfers)) return `0${cijfers}`;
  return NEGEN_CIJFERS.test(cijfers) ? cijfers : null;
}

export type BsnResultaat = { ok: true; bsn: string } | { ok: false; melding: string };

/** Normalise and validate in one step, with a message for the form field. */
export function parseBsn(invoer: string): BsnResultaat {
  if (invoer.trim() === "") return { ok: false, melding: "Vul het BSN in." };
  const bsn = normaliseerBsn(invoer);
  if (!bsn) return { ok: false, melding: "Een BSN bestaat uit 9 cijfers." };
  if (!isGeldigBsn(bsn)) return { ok: false, melding: "Dit BSN klopt niet. Controleer of je alle cijfers goed hebt overgenomen." };
  return { ok: true, bsn };
}

/**
 * "123456782" → "*****6782": only the last four digits, enough to tell two people apart on screen.
 * Anything that is not a BSN becomes nine asterisks, so a malformed value is never shown either.
 */
export function maskeerBsn(bsn: string): string {
  const genormaliseerd = normaliseerBsn(bsn);
  return genormaliseerd ? `*****${genormaliseerd.slice(5)}` : "*********";
}
