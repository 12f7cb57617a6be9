"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { WACHTWOORD_VELDEN } from "@/domain/wachtwoord";
import { aanvaardUitnodiging } from "@/server/accounts/uitnodigen";
import { cookieOpties } from "@/server/auth/token-hash";
import { TUSSENSTAP_COOKIE } from "@/server/auth/tussenstap";
import { gebondenFormActie } from "@/server/pipeline/formulier";

// Bound to the invitation's token in the page. After the password, the second factor is enrolled
// with the ticket the use case gives (a cookie for five minutes).
export const aanvaardAction = gebondenFormActie(aanvaardUitnodiging, "token", {
  geheim: [...WACHTWOORD_VELDEN, "token"],
  async na({ ticket }) {
    (await cookies()).set(TUSSENSTAP_COOKIE, ticket, cookieOpties("/", 300));
    redirect("/inloggen/tweestaps");
  },
});
