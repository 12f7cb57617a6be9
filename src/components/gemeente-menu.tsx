import Link from "next/link";
import { BEHEER_ACTIES, mag } from "@/domain/permissies";
import { isAanbiederRol } from "@/domain/rollen";
import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";

/** The back office's own menu: only what the signed-in role may use. */
export async function GemeenteMenu() {
  const g = await huidigeGebruiker();
  if (!g || isAanbiederRol(g.rol)) return null;
  const links = [
    { href: "/gemeente", label: "Start", mag: true },
    { href: "/gemeente/toewijzingen", label: "Termijnen en toewijzingen", mag: mag(g.rol, "inwoner:lezen") },
    { href: "/gemeente/inwoners", label: "Inwoners", mag: mag(g.rol, "inwoner:lezen") },
    { href: "/gemeente/orientaties", label: "Oriëntaties", mag: mag(g.rol, "orientatie:uitvoeren") },
    { href: "/gemeente/interesse", label: "Interesse-aanvragen", mag: mag(g.rol, "interesse:behandelen") },
    { href: "/gemeente/inhoudscheck", label: "Inhoudelijke controle", mag: mag(g.rol, "inhoudscheck:beoordelen") },
    { href: "/gemeente/aanbieders", label: "Aanbieders", mag: mag(g.rol, "aanbieder:registreren") },
    { href: "/gemeente/berichten", label: "Berichten", mag: mag(g.rol, "iwmo:berichten") },
    { href: "/gemeente/doorstroom", label: "Doorstroom", mag: mag(g.rol, "rapportage:doorstroom") },
    { href: "/gemeente/beheer", label: "Beheer", mag: BEHEER_ACTIES.some((a) => mag(g.rol, a)) },
  ].filter((l) => l.mag);
  return (
    <nav aria-label="Menu gemeente" className="mb-6 niet-printen">
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
