import "server-only";
import { isId } from "@/domain/id";
import { mag } from "@/domain/permissies";
import type { Ingelogd } from "../auth/sessie";
import { logVerwerking } from "../audit";
import { db } from "../db";

/** How many "ik heb interesse" requests wait for handling; only for roles that handle them. */
export async function aantalNieuweInteresses(g: Ingelogd): Promise<number | null> {
  if (!mag(g.rol, "interesse:behandelen")) return null;
  return db.interesse.count({ where: { status: "NIEUW" } });
}

/**
 * The queue of requests, oldest open first, then the handled ones. A request holds personal data
 * (name, contact details), so each one shown is logged, with the request's id as pseudonym until
 * it is linked to an inwoner.
 */
export async function interesseWachtrij(g: Ingelogd | null, filter: "open" | "afgehandeld", bron: string) {
  if (!g || !mag(g.rol, "interesse:behandelen")) return null;
  const lijst = await db.interesse.findMany({
    where: filter === "open" ? { status: { not: "AFGEHANDELD" } } : { status: "AFGEHANDELD" },
    orderBy: { createdAt: filter === "open" ? "asc" : "desc" },
    take: 100,
    include: {
      werkplek: { select: { titel: true, slug: true, aanbieder: { select: { naam: true } } } },
      behandelaar: { select: { id: true, naam: true } },
      inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
    },
  });
  for (const i of lijst) {
    await logVerwerking(g, "interesse-bekijken", bron, i.inwonerId ?? `interesse:${i.id}`);
  }
  return lijst;
}

export type InteresseActie =
  { soort: "toewijzen"; behandelaarId: string } | { soort: "koppelen"; inwonerId: string } | { soort: "afhandelen" };

/** Assign to a staff member, link to an inwoner, or mark handled. */
export async function behandelInteresse(
  g: Ingelogd | null,
  id: string,
  actie: InteresseActie,
  bron: string,
): Promise<{ ok: boolean; melding: string }> {
  if (!g || !mag(g.rol, "interesse:behandelen") || !isId(id)) return { ok: false, melding: "Je mag aanvragen niet behandelen." };
  const i = await db.interesse.findUnique({ where: { id }, select: { id: true, inwonerId: true } });
  if (!i) return { ok: false, melding: "Deze aanvraag bestaat niet." };
  let data: Parameters<typeof db.interesse.update>[0]["data"];
  let melding: string;
  if (actie.soort === "toewijzen") {
    const b = isId(actie.behandelaarId)
      ? await db.gebruiker.findFirst({
          where: { id: actie.behandelaarId, actief: true, aanbiederId: null },
          select: { id: true, naam: true, rol: true },
        })
      : null;
    if (!b || !mag(b.rol, "interesse:behandelen")) return { ok: false, melding: "Kies een medewerker uit de lijst." };
    data = { behandelaarId: b.id, status: "IN_BEHANDELING" };
    melding = `De aanvraag is toegewezen aan ${b.naam}.`;
  } else if (actie.soort === "koppelen") {
    const inwoner = isId(actie.inwonerId) ? await db.inwoner.findUnique({ where: { id: actie.inwonerId }, select: { id: true } }) : null;
    if (!inwoner) return { ok: false, melding: "Deze inwoner bestaat niet. Zoek de inwoner op en kopieer de link van het dossier." };
    data = { inwonerId: inwoner.id };
    melding = "De aanvraag is gekoppeld aan de inwoner.";
  } else {
    data = { status: "AFGEHANDELD", afgehandeldOp: new Date() };
    melding = "De aanvraag is afgehandeld.";
  }
  await db.interesse.update({ where: { id }, data });
  await logVerwerking(
    g,
    `interesse-${actie.soort}`,
    bron,
    (actie.soort === "koppelen" ? actie.inwonerId : i.inwonerId) ?? `interesse:${i.id}`,
  );
  return { ok: true, melding };
}

export async function behandelaars(g: Ingelogd | null) {
  if (!g || !mag(g.rol, "interesse:behandelen")) return [];
  const staf = await db.gebruiker.findMany({
    where: { actief: true, aanbiederId: null },
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, rol: true },
  });
  return staf.filter((s) => mag(s.rol, "interesse:behandelen"));
}
