import type { PrismaClient } from "../../src/generated/prisma/client";
import { hashWachtwoord } from "../../src/server/auth/wachtwoord-hash";
import { demoAanbieders } from "../data/demo-aanbieders";
import { DEMO_WACHTWOORD, demoGebruikers } from "../data/demo-gebruikers";

/** Demo accounts for every role; only into a database without any account. */
export async function seedDemoGebruikers(db: PrismaClient): Promise<boolean> {
  if ((await db.gebruiker.count()) > 0) return false;
  const aanbieder = await db.aanbieder.findUnique({ where: { slug: demoAanbieders[0]!.slug } });
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  for (const g of demoGebruikers) {
    await db.gebruiker.create({
      data: {
        email: g.email,
        naam: g.naam,
        rol: g.rol,
        wachtwoordHash: hash,
        demo: true,
        aanbiederId: "aanbieder" in g ? aanbieder?.id : null,
      },
    });
  }
  return true;
}
