import type { Metadata } from "next";
import Link from "next/link";
import { isAanbiederRol } from "@/domain/rollen";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { mijnHerinneringen } from "@/server/herinneringen/instellen";
import { lees } from "@/server/pipeline/pagina";
import { zetHerinneringenAction } from "./acties";
import { HerinneringenFormulier } from "./formulier";

export const metadata: Metadata = { title: "E-mailherinneringen" };

export default async function Herinneringen() {
  const g = await vereisGebruiker();
  const { aan } = await lees(mijnHerinneringen);
  return (
    <article className="inhoud">
      <p>
        <Link href={isAanbiederRol(g.rol) ? "/aanbieder" : "/gemeente"}>Terug naar de startpagina</Link>
      </p>
      <h1>E-mailherinneringen</h1>
      <p>
        Het portaal stuurt je een e-mail als een termijn van jou over twee weken afloopt, op de dag zelf en als hij verlopen is.
        Bijvoorbeeld een eindverantwoording, een evaluatiegesprek, een start- of stopmelding, declaratieregels of een iWmo-bericht. Je
        krijgt hoogstens één e-mail per dag. In de e-mail staat het nummer van de toewijzing, nooit de naam of het BSN van een inwoner.
      </p>
      <p>Nu: {aan ? "je krijgt deze e-mails." : "je krijgt deze e-mails niet."}</p>
      <HerinneringenFormulier actie={zetHerinneringenAction} aan={aan} />
    </article>
  );
}
