import "server-only";
import { z } from "zod";
import { db } from "../db";
import { defineQuery, defineUseCase, gelukt } from "../pipeline";

// Issue 23: every signed-in person turns the deadline reminder mails off or on for themselves on
// /mijn. Only their own account: the id comes from the session, never from the form.

const BRON = "/mijn/herinneringen";

/** Does the caller get reminder mails? */
export const mijnHerinneringen = defineQuery({
  activiteit: "herinneringen-instelling-bekijken",
  bron: BRON,
  toegang: "ingelogd",
  schema: z.object({}),
  async laad({ gebruiker }) {
    const g = await db.gebruiker.findUnique({ where: { id: gebruiker.id }, select: { herinneringenUit: true } });
    return { aan: g ? !g.herinneringenUit : false };
  },
});

/** A checkbox: present ("aan") = reminders on; absent (unchecked, no JavaScript needed) = off. */
const schema = z.object({ herinneringen: z.literal("aan").optional() });

export const zetHerinneringen = defineUseCase({
  activiteit: "herinneringen-instellen",
  bron: BRON,
  toegang: "ingelogd",
  schema,
  async uitvoeren({ gebruiker, invoer, audit }) {
    const aan = invoer.herinneringen === "aan";
    await db.gebruiker.update({ where: { id: gebruiker.id }, data: { herinneringenUit: !aan } });
    audit.toelichting = aan ? "herinneringen aan" : "herinneringen uit";
    return gelukt({
      melding: aan
        ? "Opgeslagen: je krijgt weer een e-mail over termijnen die eraan komen of verlopen zijn."
        : "Opgeslagen: je krijgt geen e-mails meer over termijnen.",
    });
  },
});
