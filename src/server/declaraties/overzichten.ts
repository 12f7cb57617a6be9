import "server-only";
import { z } from "zod";
import { jaarVeld, maandVeld } from "@/domain/declaratie/invoer";
import { defineQuery } from "../pipeline";
import { gemeenteLezer } from "./intern/toegang";
import { totalenPerAanbieder, totalenPerProduct } from "./intern/totalen";

// The gemeente's overviews of declaraties (issue 12): amounts only, nothing personal, so no read
// record. The same totals go into the CSV exports (./export.ts).

const BRON = "/gemeente/declaraties";

/** Totals per aanbieder for one month, per status (cents). */
export const overzichtPerAanbieder = defineQuery({
  ...gemeenteLezer,
  activiteit: "declaratie-overzicht-bekijken",
  bron: BRON,
  schema: z.object({ maand: maandVeld }),
  laad: ({ invoer }) => totalenPerAanbieder(invoer.maand),
});

/** Totals per product for one year: spent (paid) so far, approved, submitted (cents, hours/units). */
export const overzichtPerProduct = defineQuery({
  ...gemeenteLezer,
  activiteit: "declaratie-overzicht-bekijken",
  bron: BRON,
  schema: z.object({ jaar: jaarVeld }),
  laad: ({ invoer }) => totalenPerProduct(invoer.jaar),
});
