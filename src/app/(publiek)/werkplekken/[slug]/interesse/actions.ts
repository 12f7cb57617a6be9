"use server";

import { redirect } from "next/navigation";
import { leesInteresseFormulier, type InteresseVeld, type Veldfouten } from "@/domain/interesse";
import { dienInteresseIn } from "@/server/interesse/indienen";
import { clientAdres } from "@/server/verzoek";

export type InteresseFormState = {
  veldfouten: Veldfouten;
  formulierfout: string | null;
  waarden: Record<InteresseVeld, string>;
};

export async function interesseAction(slug: string, _vorige: InteresseFormState, formData: FormData): Promise<InteresseFormState> {
  const waarden = leesInteresseFormulier(formData);
  // A field only robots fill in: pretend success and store nothing.
  if (formData.get("website")) redirect(`/werkplekken/${encodeURIComponent(slug)}/interesse/bevestiging`);
  const uitkomst = await dienInteresseIn(slug, waarden, await clientAdres());
  if (uitkomst.ok) redirect(`/werkplekken/${encodeURIComponent(slug)}/interesse/bevestiging?referentie=${uitkomst.referentie}`);
  return { veldfouten: uitkomst.veldfouten, formulierfout: uitkomst.formulierfout, waarden };
}
