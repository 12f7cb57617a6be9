import { redirect } from "next/navigation";
import { isAanbiederRol } from "@/domain/rollen";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";

export default async function Mijn() {
  const g = await vereisGebruiker();
  redirect(isAanbiederRol(g.rol) ? "/aanbieder" : "/gemeente");
}
