// Text normalised for search: lower case, accents removed (é → e, ï → i), whitespace folded.
// Stored in a column so both SQLite and PostgreSQL can search it with a plain LIKE.
export function normaliseer(tekst: string): string {
  return tekst
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Search terms from free text: normalised words, at most 8 of them, each at most 40 characters. */
export function zoektermen(q: string): string[] {
  return normaliseer(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8)
    .map((w) => w.slice(0, 40));
}

/** "Fietsenmaker in Apeldoorn-Zuid!" → "fietsenmaker-in-apeldoorn-zuid" */
export function slugify(tekst: string): string {
  return normaliseer(tekst)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
