import { z } from "zod";
import { isMaand } from "./regels";

// What arrives in the declaratie pages' URLs and forms (issue 12, 22).

/** The month of a declaratie, as it arrives in a URL or a form ("YYYY-MM"). */
export const maandVeld = z.string({ error: "Kies een maand." }).refine(isMaand, "Kies een maand.");

/** A year of the overviews, as it arrives in a URL. */
export const jaarVeld = z.coerce.number({ error: "Kies een jaar." }).int().min(2000, "Kies een jaar.").max(2100, "Kies een jaar.");

/** One op-trede line of the month form: the hours as typed (parsed per line) and the reason. */
export type UrenInvoer = { toewijzingId: string; veld: string; uren: string; reden: string };
/** One fixed price of an ontwikkeling traject ticked in the month form. */
export type VastePrijsInvoer = { toewijzingId: string; veld: string };

const tekst = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * The month form (issue 12): `maand`, and per toewijzing `uren_<id>` with `reden_<id>` (op-trede)
 * or `vasteprijs_<id>` = "ja" (ontwikkeling). The field names carry the toewijzing's id, so the
 * schema reads them from the whole form: only filled-in hour fields and ticked fixed prices count.
 * Each line's hours are parsed later, on their own, so one bad line never loses the others.
 */
export const maandformulierSchema = z.looseObject({ maand: maandVeld }).transform(({ maand, ...velden }) => {
  const uren: UrenInvoer[] = [];
  const vastePrijzen: VastePrijsInvoer[] = [];
  for (const [veld, waarde] of Object.entries(velden)) {
    if (veld.startsWith("uren_") && tekst(waarde).trim() !== "") {
      const toewijzingId = veld.slice("uren_".length);
      uren.push({ toewijzingId, veld, uren: tekst(waarde), reden: tekst(velden[`reden_${toewijzingId}`]) });
    } else if (veld.startsWith("vasteprijs_") && waarde === "ja") {
      vastePrijzen.push({ toewijzingId: veld.slice("vasteprijs_".length), veld });
    }
  }
  return { maand, uren, vastePrijzen };
});
