"use server";

import { revalidatePath } from "next/cache";
import { huidigeGebruiker } from "@/server/auth/sessie";
import { legGrensVast } from "@/server/beheer/vrijwilligersvergoeding";
import { leesVelden, naarState, type FormulierState } from "../_ui/formulier-state";

export async function legGrensVastAction(_v: FormulierState, data: FormData): Promise<FormulierState> {
  const waarden = leesVelden(data, ["jaar", "perUur", "perMaand", "perJaar"] as const, 50);
  const r = await legGrensVast(await huidigeGebruiker(), waarden);
  if (r.ok) revalidatePath("/gemeente/beheer/vrijwilligersvergoeding");
  return naarState(r, waarden);
}
