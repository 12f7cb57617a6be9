import type { Metadata } from "next";
import { tokenMelding } from "@/domain/tokens";
import { uitnodigingStatus } from "@/server/accounts/uitnodigen";
import { leesOpenbaar } from "@/server/pipeline/pagina";
import { HerstelFormulier } from "../../wachtwoord-herstellen/[token]/formulier";
import { aanvaardAction } from "./acties";
import { Melding } from "@/components/ui/melding";

export const metadata: Metadata = { title: "Account aanmaken", referrer: "no-referrer" };

export default async function Uitnodiging({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { status, naam } = await leesOpenbaar(uitnodigingStatus, { token });
  return (
    <article className="inhoud">
      <h1>Account aanmaken</h1>
      {status === "geldig" ? (
        <>
          <p>Welkom{naam ? `, ${naam}` : ""}. Kies een wachtwoord. Daarna stel je tweestapsverificatie in met een app op je telefoon.</p>
          <HerstelFormulier actie={aanvaardAction.bind(null, token)} knop="Wachtwoord opslaan en verder" />
        </>
      ) : (
        <Melding soort="fout" className="mb-4 p-3">
          {tokenMelding[status]} Neem contact op met het Centrum Apeldoorn Werkt Mee voor een nieuwe uitnodiging: info@apeldoornwerktmee.nl.
        </Melding>
      )}
    </article>
  );
}
