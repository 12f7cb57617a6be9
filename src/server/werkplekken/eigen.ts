import "server-only";
import { z } from "zod";
import { db } from "../db";
import { defineQuery } from "../pipeline";

/** The werkplekken of the caller's own organisation. */
export const eigenWerkplekken = defineQuery({
  activiteit: "eigen-werkplekken-bekijken",
  bron: "/aanbieder",
  toegang: "werkplek:beheren",
  wie: "aanbieder",
  schema: z.object({}),
  laad: ({ gebruiker: g }) =>
    db.werkplek.findMany({
      where: { aanbiederId: g.aanbiederId },
      orderBy: [{ status: "asc" }, { titel: "asc" }],
      select: {
        id: true,
        slug: true,
        titel: true,
        plaats: true,
        status: true,
        updatedAt: true,
        plaatsenBeschikbaar: true,
        afwijzingsreden: true,
        revisie: { select: { status: true, afwijzingsreden: true } },
      },
    }),
});

/** The name of the caller's own organisation. */
export const eigenAanbieder = defineQuery({
  activiteit: "eigen-aanbieder-bekijken",
  bron: "/aanbieder",
  toegang: "ingelogd",
  wie: "aanbieder",
  schema: z.object({}),
  laad: ({ gebruiker: g }) => db.aanbieder.findUnique({ where: { id: g.aanbiederId }, select: { naam: true } }),
});
