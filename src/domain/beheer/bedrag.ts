import { z } from "zod";

// R-TAR-3: an amount typed in euros becomes integer cents here, by string arithmetic only (a float
// such as 10.63 * 100 = 1062.9999… must never decide a tariff).
//
// Accepted: "10,63", "10.63", "€ 10,63", "10,6" (= € 10,60), "10", "10,-", "1.234,56", "1,234.56",
// "1.234.567". Refused, with a message: empty, text, negative, zero, more than two decimals, and
// "1.234" or "1,234": a single separator followed by exactly three digits is € 1.234 to a Dutch
// reader and € 1,234 to others. For money a guess that is off by a factor of 1000 is worse than
// asking again.

export const MAX_CENT = 100_000_000; // € 1.000.000,00: far above any tariff or limit, well inside Int

export type BedragUitkomst = { ok: true; cent: number } | { ok: false; melding: string };

const fout = (melding: string): BedragUitkomst => ({ ok: false, melding });
const VOORBEELD = "Vul een bedrag in euro's in, bijvoorbeeld 10,63.";

export function euroNaarCent(invoer: string): BedragUitkomst {
  let t = invoer.replace(/[\s\u00a0\u202f]/g, "");
  if (t === "") return fout("Vul een bedrag in.");
  const minteken = /^[-−–]|^€[-−–]|^eur[-−–]/i.test(t);
  t = t
    .replace(/^[-−–]/, "")
    .replace(/^(€|euro|eur)/i, "")
    .replace(/(€|euro|eur)$/i, "");
  if (minteken || /^[-−–]/.test(t)) return fout("Een bedrag kan niet negatief zijn.");
  t = t.replace(/[,.][-–—]$/, "");
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return fout(VOORBEELD);

  const komma = t.includes(",");
  const punt = t.includes(".");
  let heel: string;
  let centen = "";
  if (komma && punt) {
    // Both: the last one separates the cents, the other groups thousands.
    const decimaal = t.lastIndexOf(",") > t.lastIndexOf(".") ? "," : ".";
    const groep = decimaal === "," ? "." : ",";
    const [voor, na, ...rest] = t.split(decimaal);
    if (rest.length || !voor || na === undefined || !groepenVanDrie(voor, groep)) return fout(VOORBEELD);
    if (na.length > 2) return fout("Een bedrag heeft hoogstens 2 cijfers achter de komma.");
    heel = voor.split(groep).join("");
    centen = na;
  } else if (komma || punt) {
    const teken = komma ? "," : ".";
    const delen = t.split(teken);
    if (delen.length > 2) {
      if (!groepenVanDrie(t, teken)) return fout(VOORBEELD);
      heel = delen.join("");
    } else {
      const [voor, na] = delen as [string, string];
      if (na.length === 3)
        return fout(
          `Bedoel je ${voor}${teken}${na} euro? Schrijf een bedrag boven de duizend euro met centen, zoals ${voor}.${na},00, of zonder punt, zoals ${voor}${na}.`,
        );
      if (na.length > 2) return fout("Een bedrag heeft hoogstens 2 cijfers achter de komma.");
      heel = voor;
      centen = na;
    }
  } else {
    heel = t;
  }

  const zonderNullen = heel.replace(/^0+(?=\d)/, "");
  if (zonderNullen.length > 7) return fout("Dit bedrag is te hoog. Het hoogste bedrag is € 1.000.000,00.");
  const cent = Number(zonderNullen) * 100 + Number(centen.padEnd(2, "0"));
  if (cent === 0) return fout("Het bedrag moet hoger zijn dan € 0,00.");
  if (cent > MAX_CENT) return fout("Dit bedrag is te hoog. Het hoogste bedrag is € 1.000.000,00.");
  return { ok: true, cent };
}

function groepenVanDrie(tekst: string, teken: string): boolean {
  const [eerste, ...rest] = tekst.split(teken);
  return /^\d{1,3}$/.test(eerste ?? "") && rest.every((g) => /^\d{3}$/.test(g));
}

/** Cents back to what a form field shows when it is filled again: 1063 → "10,63". */
export function centNaarInvoer(cent: number): string {
  if (!Number.isInteger(cent) || cent < 0) throw new Error("Bedragen zijn hele, positieve centen");
  return `${Math.floor(cent / 100)},${String(cent % 100).padStart(2, "0")}`;
}

/** A form field with an amount in euros, parsed to cents (zod, for the beheer schemas). */
export const euroVeld = z.string().transform((v, ctx) => {
  const r = euroNaarCent(v);
  if (r.ok) return r.cent;
  ctx.addIssue({ code: "custom", message: r.melding });
  return z.NEVER;
});
