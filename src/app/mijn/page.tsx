import { redirect } from "next/navigation";
import { isAanbiederRol } from "@/domain/rollen";
import { vereisGebruiker } from "@/server/auth/sessie";

export default async function Mijn() {
  const g = await vereisGebruiker();
  redirect(isAanbiederRol(g.rol) ? "/aanbieder" : "/gemeente");
}
