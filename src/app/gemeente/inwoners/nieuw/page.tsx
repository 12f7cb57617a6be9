import type { Metadata } from "next";
import Link from "next/link";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { mogelijkeContactpersonen } from "@/server/inwoners/registreren";
import { leesOf } from "@/server/pipeline/pagina";
import { referentie } from "@/server/referentie";
import { registreerAction } from "../acties";
import { RegistratieFormulier } from "./registratie-formulier";

export const metadata: Metadata = { title: "Inwoner registreren" };

export default async function InwonerRegistreren() {
  await vereisGebruiker("inwoner:registreren");
  const [contactpersonen, r] = await Promise.all([leesOf(mogelijkeContactpersonen, []), referentie()]);
  return (
    <article className="inhoud">
      <p>
        <Link href="/gemeente/inwoners">Terug naar inwoners</Link>
      </p>
      <h1>Inwoner registreren</h1>
      <RegistratieFormulier actie={registreerAction} contactpersonen={contactpersonen} treden={r.treden} />
    </article>
  );
}
