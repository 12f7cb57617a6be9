"use client";

import { useActionState } from "react";
import { Veld } from "@/components/ui/veld";
import { vergetenAction, type VergetenState } from "./acties";
import { Melding } from "@/components/ui/melding";

export function VergetenFormulier() {
  const [s, actie, bezig] = useActionState<VergetenState, FormData>(vergetenAction, { verstuurd: false, email: "", fout: null });
  if (s.verstuurd) {
    return (
      <Melding soort="succes" className="p-4">
        Als dit e-mailadres bij ons bekend is, hebben we een e-mail gestuurd met een link om een nieuw wachtwoord te kiezen. De link werkt
        30 minuten. Kijk ook in je map met ongewenste e-mail.
      </Melding>
    );
  }
  return (
    <form action={actie} noValidate className="max-w-md">
      <Veld id="email" label="E-mailadres" fout={s.fout ?? undefined}>
        {(a) => <input id="email" name="email" type="email" autoComplete="username" defaultValue={s.email} className="veld" {...a} />}
      </Veld>
      <button type="submit" className="knop" disabled={bezig}>
        Stuur mij een link
      </button>
    </form>
  );
}
