import "server-only";
import { huidigJaar } from "@/domain/kalender";
import { db } from "./db";

/** Every product with the tariff of the given year (R-TAR-1); a missing tariff stays null (R-TAR-2). */
export async function productenMetTarief(jaar: number) {
  const producten = await db.product.findMany({
    orderBy: { volgorde: "asc" },
    include: { tarieven: { where: { jaar } }, startTreden: { orderBy: { trede: "asc" } } },
  });
  return producten.map(({ tarieven, startTreden, ...p }) => ({
    ...p,
    startTreden: startTreden.map((s) => s.trede),
    tariefCent: tarieven[0]?.bedragCent ?? null,
  }));
}

/** The most recent year with tariffs, not after `jaar`: what the public page can honestly show. */
export async function laatsteTariefjaar(jaar: number): Promise<number | null> {
  const t = await db.tarief.findFirst({ where: { jaar: { lte: jaar } }, orderBy: { jaar: "desc" }, select: { jaar: true } });
  return t?.jaar ?? null;
}

/**
 * What /producten shows at this moment: the year in the Netherlands (issue 11 defect 6: on
 * 31 December at 23:30 UTC it is already the next year in Apeldoorn), the latest year with
 * tariffs up to it, and the products with that year's tariffs.
 */
export async function productenOverzicht(nu: Date = new Date()) {
  const huidig = huidigJaar(nu);
  const jaar = await laatsteTariefjaar(huidig);
  return { huidigJaar: huidig, jaar, producten: await productenMetTarief(jaar ?? huidig) };
}
