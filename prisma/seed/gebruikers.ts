import type { PrismaClient } from "../../src/generated/prisma/client";
import { hashWachtwoord } from "../../src/server/auth/wachtwoord-hash";
import { demoAanbieders } from "../data/demo-aanbieders";
import { DEMO_WACHTWOORD, demoGebruikers } from "../data/demo-gebruikers";

type GebruikerData = Parameters<PrismaClient["gebruiker"]["create"]>[0]["data"];

/** One account; the seed and the e2e fixtures (tests/fixtures/accounts.ts) both make them here. */
export function maakGebruiker(db: PrismaClient, data: GebruikerData) {
  return db.gebruiker.create({ data });
}

/** Demo accounts for every role; only into a database without any account. */
export async function seedDemoGebruikers(db: PrismaClient): Promise<boolean> {
  if ((await db.gebruiker.count()) > 0) return false;
  const aanbieder = await db.aanbieder.findUnique({ where: { slug: demoAanbieders[0]!.slug } });
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  for (const g of demoGebruikers) {
    await maakGebruiker(db, {
      email: g.email,
      naam: g.naam,
      rol: g.rol,
      wachtwoordHash: hash,
      demo: true,
      aanbiederId: "aanbieder" in g ? aanbieder?.id : null,
    });
  }
  return true;
}
