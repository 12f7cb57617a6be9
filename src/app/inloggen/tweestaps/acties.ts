"use server";

import { cookies } from "next/headers";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { signIn } from "@/server/auth/config";
import { cookieOpties } from "@/server/auth/token-hash";
import { tweestapsAanzetten } from "@/server/auth/tweestaps";
import { TUSSENSTAP_COOKIE } from "@/server/auth/tussenstap";
import { formActie } from "@/server/pipeline/formulier";
import { HERSTELCODES_COOKIE } from "../../mijn/herstelcodes/cookie";

const aanzetten = formActie(tweestapsAanzetten, {
  geheim: ["ticket", "code"],
  async na({ codes, ticket, code }) {
    // Shown once on the next page, then deleted; short-lived and readable only by the server.
    (await cookies()).set(HERSTELCODES_COOKIE, codes.join(" "), cookieOpties("/mijn/herstelcodes", 600, "strict"));
    await signIn("credentials", { ticket, code, redirectTo: "/mijn/herstelcodes" });
  },
});

/** The ticket comes from its cookie, never from the form: a posted `ticket` field is replaced. */
export async function tweestapsAction(vorige: FormState, data: FormData): Promise<FormState> {
  if (!(data instanceof FormData)) return aanzetten(vorige, data);
  const ticket = (await cookies()).get(TUSSENSTAP_COOKIE)?.value ?? "";
  data.set("ticket", ticket);
  const s = await aanzetten(vorige, data);
  return { ...LEGE_STAAT, ok: s.ok, fieldErrors: s.fieldErrors, formError: s.formError };
}
