import Link from "next/link";
import { rolNaam } from "@/domain/rollen";
import { huidigeGebruiker } from "@/server/auth/huidige-gebruiker";
import { UitlogKnop } from "./uitlog-knop";

/** Who is signed in, and the way out, on every page of the signed-in areas. */
export async function PortaalBalk() {
  const g = await huidigeGebruiker();
  if (!g) return null;
  return (
    <div className="niet-printen mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-rand-licht bg-[var(--kleur-vlak)] px-4 py-2">
      <p>
        Ingelogd als <strong>{g.naam}</strong> ({rolNaam[g.rol]})
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/mijn/herinneringen">E-mailherinneringen</Link>
        <UitlogKnop />
      </div>
    </div>
  );
}
