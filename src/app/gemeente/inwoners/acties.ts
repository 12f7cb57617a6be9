"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";
import { heropenInwoner, sluitInwonerAf } from "@/server/inwoners/afsluiten";
import { toonBsn } from "@/server/inwoners/dossier";
import { registreerInwoner } from "@/server/inwoners/registreren";
import { legTredeVast, wijzigContactpersoon, wijzigInwoner } from "@/server/inwoners/wijzigen";
import { zoekInwoners } from "@/server/inwoners/zoeken";

// The BSN is never sent back in the form's values: not from the registration, not from the search.
export const registreerAction = formActie(registreerInwoner, {
  geheim: ["bsn"],
  na: (r) => redirect(`/gemeente/inwoners/${r.id}?geregistreerd=ja`),
});

/** A POST, so a BSN typed in the search box never appears in a URL; the values stay for the next search. */
export const zoekAction = formActie(zoekInwoners, { geheim: ["q"], houdWaarden: true });

// Bound to the inwoner's id in the page; the id is parsed like any field.
const vernieuw = (_r: unknown, invoer: Record<string, unknown>) => revalidatePath(`/gemeente/inwoners/${String(invoer.id)}`);
export const toonBsnAction = gebondenFormActie(toonBsn, "id");
export const ladderAction = gebondenFormActie(legTredeVast, "id", { na: vernieuw });
export const contactpersoonAction = gebondenFormActie(wijzigContactpersoon, "id", { na: vernieuw, houdWaarden: true });
export const gegevensAction = gebondenFormActie(wijzigInwoner, "id", { na: vernieuw, houdWaarden: true });
export const afsluitAction = gebondenFormActie(sluitInwonerAf, "id", { na: vernieuw });
export const heropenAction = gebondenFormActie(heropenInwoner, "id", { na: vernieuw });
