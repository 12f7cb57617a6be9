"use server";

import { LEGE_STAAT } from "@/domain/formulier-state";
import { formActie } from "../pipeline/formulier";
import { signOut } from "./config";
import { uitloggen } from "./sessies-beeindigen";

const actie = formActie(uitloggen, { na: () => signOut({ redirectTo: "/inloggen?uitgelogd=1" }) });

/** The "Uitloggen" button (a plain form): signing out ends every session of this user, on every device. */
export async function uitloggenAction(data: FormData): Promise<void> {
  await actie(LEGE_STAAT, data);
}
