"use server";

import { signOut } from "./config";
import { beeindigAlleSessies } from "./inloggen";
import { huidigeGebruiker } from "./sessie";

/** Signing out ends every session of this user, on every device. */
export async function uitloggenAction(): Promise<void> {
  const g = await huidigeGebruiker();
  if (g) await beeindigAlleSessies(g.id, "/uitloggen");
  await signOut({ redirectTo: "/inloggen?uitgelogd=1" });
}
