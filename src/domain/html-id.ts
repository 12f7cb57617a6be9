// An HTML id made from text (a heading, a filter value, a checklist key): ids may not contain
// spaces, and `aria-labelledby` / `aria-describedby` / `for` take a space-separated LIST of ids, so
// "wv-Nieuwe meldingen" points at two ids that do not exist and the region has no name (issue 21
// item 32). Every id built from text goes through here.

/**
 * The parts joined by "-", each lower-cased, accents removed, and every run of other characters
 * than a–z, 0–9 and "_" made one "-": ("wv", "Nieuwe meldingen") → "wv-nieuwe-meldingen".
 * Never empty, never starts with a digit or "-" (a CSS selector can use it as it is).
 */
export function htmlId(...delen: (string | number)[]): string {
  const id = delen
    .map((d) =>
      String(d)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter((d) => d !== "")
    .join("-");
  if (id === "") return "id";
  return /^[a-z_]/.test(id) ? id : `id-${id}`;
}
