"use server";

import { after } from "next/server";
import { herstelAanvragen, verwerkHerstelAanvraag } from "@/server/auth/herstel";
import { formActie } from "@/server/pipeline/formulier";
import { clientAdres } from "@/server/verzoek";

// The same answer, in the same time, for every address: the lookup, the token and the mail run
// after the response has been sent (next/server `after`), so the answer says nothing.
export const vergetenAction = formActie(herstelAanvragen, {
  async na({ email }) {
    const adres = await clientAdres();
    after(() =>
      verwerkHerstelAanvraag(email, adres).catch((e: unknown) =>
        console.error(`[herstel] aanvraag niet verwerkt: ${e instanceof Error ? e.message : String(e)}`),
      ),
    );
  },
});
