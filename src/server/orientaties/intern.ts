import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { standaardEinddatum, type OrientatieProduct } from "@/domain/orientatie/regels";
import { mag } from "@/domain/permissies";
import { db } from "../db";

// Shared by the oriëntatie entry points (./orientaties.ts, ./registreren.ts): who may run them, and
// the product row they follow. Not an entry point: callers have checked the user.

const GEEN_TOEGANG = "Alleen het Centrum Apeldoorn Werkt Mee registreert en begeleidt oriëntaties.";

/** Who may run oriëntaties: the permission, and reading inwoners to find them. */
export const centrum = {
  toegang: "orientatie:uitvoeren",
  geenToegang: GEEN_TOEGANG,
  magGebruiker: (g: { rol: Parameters<typeof mag>[0] }) => mag(g.rol, "inwoner:lezen"),
} as const;

/** The product row ORIENTATIE: its treden and duration (RULES §2). */
export async function orientatieProduct(): Promise<OrientatieProduct | null> {
  const p = await db.product.findUnique({ where: { code: "ORIENTATIE" }, include: { startTreden: true } });
  return p ? { korteNaam: p.korteNaam, duurMaanden: p.duurMaanden, startTreden: p.startTreden.map((s) => s.trede) } : null;
}

/** The default einddatum for a start today, for the form's explanation. */
export async function standaardVoorVandaag(nu = new Date()) {
  const product = await orientatieProduct();
  const vandaag = vandaagInNederland(nu);
  return product ? { vandaag, einddatum: standaardEinddatum(product, vandaag) } : null;
}
