import { randomInt } from "node:crypto";
import type { Ingelogd } from "@/domain/gebruiker";
import { isAanbiederRol, type Rol } from "@/domain/rollen";
import type { PrismaClient } from "@/generated/prisma/client";

// One way for tests to say who calls: `als("BEHEERDER")` is a signed-in beheerder; an aanbieder role
// gets an aanbieder (its own, unless `aanbiederId` is given). With `db` the user (and the aanbieder,
// when it does not exist yet) are created as rows too, for entry points that write an audit record
// or look the user up: `await als("WMO_CONSULENT", { db: testDb })`.

type Extra = Partial<Ingelogd>;

const slugVan = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** A signed-in user of this role, as an entry point receives it. */
export function als(rol: Rol, extra?: Extra): Ingelogd;
/** The same, stored in `db` (with its aanbieder). */
export function als(rol: Rol, extra: Extra & { db: PrismaClient }): Promise<Ingelogd>;
export function als(rol: Rol, extra: Extra & { db?: PrismaClient } = {}): Ingelogd | Promise<Ingelogd> {
  const { db, ...rest } = extra;
  const g = gebruiker(rol, rest);
  return db ? bewaar(db, g) : g;
}

function gebruiker(rol: Rol, extra: Extra): Ingelogd {
  const id = extra.id ?? `als-${slugVan(rol)}`;
  return {
    id,
    naam: extra.naam ?? `Test ${rol.toLowerCase()}`,
    email: extra.email ?? `${id}@test.example`,
    rol,
    aanbiederId: extra.aanbiederId !== undefined ? extra.aanbiederId : isAanbiederRol(rol) ? `als-aanbieder-${id}` : null,
  };
}

const cijfers = (n: number) => String(randomInt(10 ** (n - 1), 10 ** n));

async function bewaar(db: PrismaClient, g: Ingelogd): Promise<Ingelogd> {
  if (g.aanbiederId && !(await db.aanbieder.findUnique({ where: { id: g.aanbiederId } }))) {
    await db.aanbieder.create({
      data: {
        id: g.aanbiederId,
        slug: slugVan(g.aanbiederId),
        naam: `Aanbieder ${g.aanbiederId}`,
        kvkNummer: cijfers(8),
        agbCode: cijfers(8),
        omschrijving: "Aanbieder voor een test.",
        contactNaam: "Contact",
        contactEmail: `contact-${slugVan(g.aanbiederId)}@test.example`,
        contractVan: new Date("2026-01-01T00:00:00Z"),
      },
    });
  }
  await db.gebruiker.upsert({
    where: { id: g.id },
    update: {},
    create: { id: g.id, naam: g.naam, email: g.email, rol: g.rol, aanbiederId: g.aanbiederId },
  });
  return g;
}
