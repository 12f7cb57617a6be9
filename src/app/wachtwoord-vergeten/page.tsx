import type { Metadata } from "next";
import { VergetenFormulier } from "./formulier";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default function WachtwoordVergeten() {
  return (
    <article className="inhoud">
      <h1>Wachtwoord vergeten</h1>
      <p>Vul het e-mailadres in waarmee je inlogt. We sturen je een link om een nieuw wachtwoord te kiezen.</p>
      <VergetenFormulier />
    </article>
  );
}
