import type { Metadata } from "next";
import Link from "next/link";
import { tokenMelding } from "@/domain/tokens";
import { herstelTokenStatus } from "@/server/auth/herstel";
import { herstelAction } from "./acties";
import { HerstelFormulier } from "./formulier";

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
          <div role="alert" className="mb-4 rounded-lg border-2 border-fout bg-fout-licht p-3">{tokenMelding[status]}</div>
          <p><Link href="/wachtwoord-vergeten">Vraag een nieuwe link aan</Link></p>
        </>
      )}
    </article>
  );
}
