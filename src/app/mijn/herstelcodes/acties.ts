"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LEGE_STAAT } from "@/domain/formulier-state";
import { herstelcodesBewaard } from "@/server/auth/tweestaps";
import { formActie } from "@/server/pipeline/formulier";
import { HERSTELCODES_COOKIE } from "./cookie";

const bewaard = formActie(herstelcodesBewaard, {
  async na() {
    (await cookies()).delete({ name: HERSTELCODES_COOKIE, path: "/mijn/herstelcodes" });
    redirect("/mijn");
  },
});

/** "Ik heb de codes bewaard" (a plain form): the codes are gone for good. */
export async function herstelcodesBewaardAction(data: FormData): Promise<void> {
  const s = await bewaard(LEGE_STAAT, data);
  if (!s.ok) redirect("/inloggen");
}
