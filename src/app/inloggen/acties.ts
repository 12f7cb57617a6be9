"use server";

import { CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { codeFormulierSchema, codeMelding, isCodeWeigering, VERLOPEN } from "@/domain/inloggen";
import { LEGE_STAAT, type FormState } from "@/domain/formulier-state";
import { eersteFoutPerVeld } from "@/domain/veldfouten";
import { signIn } from "@/server/auth/config";
import { cookieOpties } from "@/server/auth/token-hash";
import { wachtwoordStap } from "@/server/auth/inloggen";
import { TUSSENSTAP_COOKIE } from "@/server/auth/tussenstap";
import { formActie, vanFormData } from "@/server/pipeline/formulier";

// The two sign-in steps. The password step is a use case behind formActie; the code step must
// call next-auth's signIn (which sets the session cookie), so it is a thin action: the code is
// parsed with the domain schema here, and checked and counted in the codeStap use case that
// next-auth's provider calls (src/server/auth/config.ts).

/** Step 1: password. The password is never sent back. */
export const inloggenAction = formActie(wachtwoordStap, {
  geheim: ["wachtwoord"],
  async na({ ticket, volgende }) {
    (await cookies()).set(TUSSENSTAP_COOKIE, ticket, cookieOpties("/", 300));
    if (volgende === "demo") await signIn("credentials", { ticket, code: "", redirectTo: "/mijn" });
    redirect(volgende === "code" ? "/inloggen/code" : "/inloggen/tweestaps");
  },
});

/** Step 2: the code from the app or a recovery code. A code is never sent back. */
export async function codeAction(_vorige: FormState, data: FormData): Promise<FormState> {
  if (!(data instanceof FormData)) return { ...LEGE_STAAT, ok: false, formError: VERLOPEN };
  const r = codeFormulierSchema.safeParse(vanFormData(data));
  if (!r.success) return { ...LEGE_STAAT, ok: false, fieldErrors: eersteFoutPerVeld(r.error) };
  const jar = await cookies();
  const ticket = jar.get(TUSSENSTAP_COOKIE)?.value ?? "";
  try {
    await signIn("credentials", { ticket, code: r.data.code, redirectTo: "/mijn" });
  } catch (e) {
    if (!(e instanceof CredentialsSignin)) throw e; // redirect() on success, and real errors
    const reden = isCodeWeigering(e.code) ? e.code : "verlopen";
    // Locked or expired: this ticket is done; the next attempt starts with the password again.
    if (reden !== "onjuist") jar.delete(TUSSENSTAP_COOKIE);
    return { ...LEGE_STAAT, ok: false, fieldErrors: { code: codeMelding[reden] } };
  }
  return LEGE_STAAT;
}
