import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import { InlogFormulier } from "./inlog-formulier";
import { Melding } from "@/components/ui/melding";

export const metadata: Metadata = { title: "Inloggen" };

export default async function Inloggen({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await huidigeGebruiker()) redirect("/mijn");
  const sp = await searchParams;
  const uitgelogd = sp.uitgelogd === "1";
  const hersteld = sp.hersteld === "1";
  return (
    <article className="inhoud">
      <h1>Inloggen</h1>
      {hersteld && (
        <Melding soort="succes" className="mb-4 p-3">
          Je nieuwe wachtwoord is opgeslagen. Log in met je nieuwe wachtwoord.
        </Melding>
      )}
      {uitgelogd && (
        <Melding soort="succes" className="mb-4 p-3">
          Je bent uitgelogd, op al je apparaten.
        </Melding>
      )}
      <p>Voor aanbieders van werkplekken en medewerkers van de gemeente. Inwoners hoeven niet in te loggen.</p>
      <InlogFormulier />
      <p className="mt-6">
        <Link href="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </p>
    </article>
  );
}
