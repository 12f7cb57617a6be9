import type { Metadata } from "next";
import Link from "next/link";
import { tokenMelding } from "@/domain/tokens";
import { herstelTokenStatus } from "@/server/auth/herstel";
import { herstelAction } from "./acties";
import { HerstelFormulier } from "./formulier";
import { Melding } from "@/components/ui/melding";

export const metadata: Metadata = { title: "Nieuw wachtwoord kiezen", referrer: "no-referrer" };

export default async function WachtwoordHerstellen({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await herstelTokenStatus(token);
  return (
    <article className="inhoud">
      <h1>Nieuw wachtwoord kiezen</h1>
      {status === "geldig" ? (
        <HerstelFormulier actie={herstelAction.bind(null, token)} />
      ) : (
        <>
          <Melding soort="fout" className="mb-4 p-3">
            {tokenMelding[status]}
          </Melding>
          <p>
            <Link href="/wachtwoord-vergeten">Vraag een nieuwe link aan</Link>
          </p>
        </>
      )}
    </article>
  );
}
