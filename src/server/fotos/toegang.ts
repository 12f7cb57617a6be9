import "server-only";
import { z } from "zod";
import { mag } from "@/domain/permissies";
import { db } from "../db";
import { defineQuery } from "../pipeline";
import { fotoOpslag } from "./intern/opslag";

const BESTAND = /^[a-f0-9]{32}\.jpg$/;

/**
 * May this caller see this photo? Everyone, when it belongs to a published werkplek (`publiek`);
 * otherwise only the organisation that uploaded it and the content check. Any other caller, and a
 * name that is no photo, get `niet-gevonden`: the same answer, so names of others reveal nothing.
 * With `metInhoud` the bytes come along from the photo store (the database); a photo without bytes
 * is `niet-gevonden` too. The photo route leaves them out when the browser's copy is still good.
 */
export const fotoZichtbaar = defineQuery({
  activiteit: "foto-bekijken",
  bron: "/fotos",
  toegang: "publiek",
  schema: z.object({ bestand: z.string(), metInhoud: z.boolean().optional() }),
  nietGevonden: "Deze foto bestaat niet.",
  async laad({ gebruiker: g, invoer: { bestand, metInhoud } }) {
    if (!BESTAND.test(bestand)) return null;
    const foto = await db.foto.findUnique({
      where: { bestand },
      select: {
        aanbiederId: true,
        werkplekken: { where: { werkplek: { status: "GEPUBLICEERD" } }, select: { werkplekId: true }, take: 1 },
      },
    });
    if (!foto) return null;
    const publiek = foto.werkplekken.length > 0;
    if (!publiek) {
      if (!g) return null;
      const eigen = mag(g.rol, "werkplek:beheren") && g.aanbiederId === foto.aanbiederId;
      if (!mag(g.rol, "inhoudscheck:beoordelen") && !eigen) return null;
    }
    if (!metInhoud) return { bestand, publiek };
    const inhoud = await fotoOpslag().lees(bestand);
    return inhoud ? { bestand, publiek, inhoud } : null;
  },
});
