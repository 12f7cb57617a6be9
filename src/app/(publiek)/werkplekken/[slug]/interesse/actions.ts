"use server";

import { redirect } from "next/navigation";
import { gebondenFormActie } from "@/server/pipeline/formulier";
import { dienInteresseIn } from "@/server/interesse/indienen";

/**
 * Bound to the werkplek's slug in the page. The bound value travels through the browser, so it is
 * parsed by the use case's schema like every field (defect 4): a crafted object never reaches Prisma.
 */
export const interesseAction = gebondenFormActie(dienInteresseIn, "slug", {
  na: (r, invoer) => {
    const pad = `/werkplekken/${encodeURIComponent(String(invoer.slug))}/interesse/bevestiging`;
    redirect(r.referentie ? `${pad}?referentie=${r.referentie}` : pad);
  },
});
