"use server";

import { redirect } from "next/navigation";
import { WACHTWOORD_VELDEN } from "@/domain/wachtwoord";
import { stelNieuwWachtwoordIn } from "@/server/auth/herstel";
import { gebondenFormActie } from "@/server/pipeline/formulier";

// Bound to the link's token in the page; the token is parsed by the schema like any field.
export const herstelAction = gebondenFormActie(stelNieuwWachtwoordIn, "token", {
  geheim: [...WACHTWOORD_VELDEN, "token"],
  na: () => redirect("/inloggen?hersteld=1"),
});
