import "server-only";
import { z } from "zod";
import { mag } from "@/domain/permissies";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { nodigUit } from "./uitnodigen";

// An aanbieder-beheerder manages the colleagues of their own organisation only: every query is
// scoped to the caller's aanbiederId, so a forged id of another organisation's user finds nothing.

export const collegaSchema = z.object({
  naam: z.string().trim().min(2, "Vul de naam in.").max(100, "De naam mag hoogstens 100 tekens zijn."),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Vul een geldig e-mailadres in.")),
  rol: z.enum(["AANBIEDER_MEDEWERKER", "AANBIEDER_BEHEERDER"], { error: "Kies een rol." }),
});

const magBeheren = (g: Ingelogd | null): g is Ingelogd & { aanbiederId: string } =>
  Boolean(g && g.aanbiederId && mag(g.rol, "aanbieder:collega-beheren"));

export async function collegas(g: Ingelogd) {
  if (!magBeheren(g)) return [];
  return db.gebruiker
    .findMany({
      where: { aanbiederId: g.aanbiederId },
      orderBy: [{ actief: "desc" }, { naam: "asc" }],
      select: { id: true, naam: true, email: true, rol: true, actief: true, wachtwoordHash: true },
    })
    .then((rijen) => rijen.map(({ wachtwoordHash, ...r }) => ({ ...r, uitgenodigd: !wachtwoordHash })));
}

export type CollegaUitkomst =
  { ok: true; naam: string } | { ok: false; fouten: Partial<Record<"naam" | "email" | "rol", string>>; melding?: string };

export async function nodigCollegaUit(g: Ingelogd | null, invoer: Record<string, string>): Promise<CollegaUitkomst> {
  if (!magBeheren(g)) return { ok: false, fouten: {}, melding: "Je hebt geen toestemming om collega's uit te nodigen." };
  const r = collegaSchema.safeParse(invoer);
  if (!r.success) {
    const fouten: Partial<Record<"naam" | "email" | "rol", string>> = {};
    for (const i of r.error.issues) fouten[i.path[0] as "naam" | "email" | "rol"] ??= i.message;
    return { ok: false, fouten };
  }
  if (await db.gebruiker.findUnique({ where: { email: r.data.email } }))
    return { ok: false, fouten: { email: "Er is al een account met dit e-mailadres." } };
  const aanbieder = await db.aanbieder.findUniqueOrThrow({ where: { id: g.aanbiederId } });
  const nieuw = await db.gebruiker.create({ data: { ...r.data, aanbiederId: g.aanbiederId } });
  await nodigUit(nieuw, aanbieder.naam, g.id);
  return { ok: true, naam: nieuw.naam };
}

/** Deactivation also raises the session version: the colleague's sessions end at once. */
export async function deactiveerCollega(g: Ingelogd | null, collegaId: string): Promise<{ ok: boolean; melding: string }> {
  if (!magBeheren(g)) return { ok: false, melding: "Je hebt geen toestemming om collega's te deactiveren." };
  if (collegaId === g.id) return { ok: false, melding: "Je kunt je eigen account niet deactiveren." };
  const { count } = await db.gebruiker.updateMany({
    where: { id: collegaId, aanbiederId: g.aanbiederId, actief: true },
    data: { actief: false, sessieVersie: { increment: 1 } },
  });
  await audit({
    gebruikerId: g.id,
    activiteit: "collega-deactiveren",
    bron: "/aanbieder/collegas",
    uitkomst: count === 1 ? "gelukt" : "geweigerd",
    toelichting: collegaId.slice(0, 40),
  });
  return count === 1
    ? { ok: true, melding: "Het account is gedeactiveerd. Deze collega kan niet meer inloggen." }
    : { ok: false, melding: "Dit account is niet gevonden bij jouw organisatie." };
}
