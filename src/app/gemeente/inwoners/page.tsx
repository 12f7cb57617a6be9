import type { Metadata } from "next";
import Link from "next/link";
import { mag } from "@/domain/permissies";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { zoekAction } from "./acties";
import { InwonersZoeken } from "./zoeken";

export const metadata: Metadata = { title: "Inwoners" };

export default async function Inwoners() {
  const g = await vereisGebruiker("inwoner:lezen");
  return (
    <article className="inhoud !max-w-5xl">
      <h1>Inwoners</h1>
      {mag(g.rol, "inwoner:registreren") && (
        <p>
          <Link href="/gemeente/inwoners/nieuw">Inwoner registreren</Link>
        </p>
      )}
      <InwonersZoeken actie={zoekAction} />
    </article>
  );
}
