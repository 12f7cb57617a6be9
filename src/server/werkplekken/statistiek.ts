import "server-only";
import { z } from "zod";
import { db } from "../db";
import { defineQuery } from "../pipeline";

/** How many werkplekken the public catalogue holds (the home page's "Bekijk alle … werkplekken"). */
export const aantalGepubliceerd = defineQuery({
  activiteit: "werkplekken-tellen",
  bron: "/",
  toegang: "publiek",
  schema: z.object({}),
  laad: () => db.werkplek.count({ where: { status: "GEPUBLICEERD" } }),
});
