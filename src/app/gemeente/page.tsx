import type { Metadata } from "next";
import { UitlogKnop } from "@/components/uitlog-knop";
import { isAanbiederRol, rolNaam } from "@/domain/rollen";
import { vereisGebruiker } from "@/server/auth/sessie";
import { aantalNieuweInteresses } from "@/server/interesse/wachtrij";
import { redirect } from "next/navigation";

export const metadata: Metadata = { title: "Gemeente" };

export default async function GemeenteStart() {
  const g = await vereisGebruiker();
  if (isAanbiederRol(g.rol)) redirect("/geen-toegang");
  const nieuw = await aantalNieuweInteresses(g);
  return (
    <article className="inhoud">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1>Werkt Mee voor de gemeente</h1>
          <p>Ingelogd als {g.naam} ({rolNaam[g.rol]}).</p>
        </div>
        <UitlogKnop />
      </div>
      {nieuw !== null && <p>Er {nieuw === 1 ? "is 1 nieuwe aanvraag" : `zijn ${nieuw} nieuwe aanvragen`} via &ldquo;Ik heb interesse&rdquo;.</p>}
    </article>
  );
}
