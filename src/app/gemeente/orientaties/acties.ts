"use server";

import { redirect } from "next/navigation";
import { formActie, gebondenFormActie } from "@/server/pipeline/formulier";
import { legAdviesVast, stopOrientatie } from "@/server/orientaties/orientaties";
import { registreerOrientatie, zoekInwonerVoorOrientatie } from "@/server/orientaties/registreren";

/** A POST, so a BSN typed in the search never appears in a URL; it is not sent back either. */
export const zoekAction = formActie(zoekInwonerVoorOrientatie, { geheim: ["q"] });
export const registreerAction = formActie(registreerOrientatie, {
  houdWaarden: true,
  na: (r) => redirect(`/gemeente/orientaties/${r.id}?geregistreerd=ja`),
});
// Bound to the oriëntatie's id in the page; the id is parsed like any field.
export const adviesAction = gebondenFormActie(legAdviesVast, "id", {
  houdWaarden: true,
  na: (r) => redirect(`/gemeente/orientaties/${r.id}?afgerond=ja`),
});
export const stopAction = gebondenFormActie(stopOrientatie, "id", {
  houdWaarden: true,
  na: (r) => redirect(`/gemeente/orientaties/${r.id}?gestopt=ja`),
});
