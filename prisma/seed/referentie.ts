import type { PrismaClient } from "../../src/generated/prisma/client";
import {
  aowLeeftijden,
  branches,
  mogelijkheden,
  producten,
  tarieven2024,
  treden,
  vrijwilligersvergoedingGrenzen,
} from "../data/referentie";

const datum = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** Reference data with fixed keys: safe to run on every start. */
export async function seedReferentie(db: PrismaClient): Promise<void> {
  for (const t of treden) {
    await db.trede.upsert({ where: { nummer: t.nummer }, create: { ...t }, update: { ...t } });
  }
  for (const { startTreden, ...p } of producten) {
    // The iWmo category and code are beheer's (ADR 0031): created here, never overwritten.
    const { iwmoCategorie: _c, iwmoCode: _i, ...vast } = p;
    await db.product.upsert({ where: { code: p.code }, create: p, update: vast });
    await db.productStartTrede.deleteMany({ where: { productCode: p.code } });
    for (const trede of startTreden) await db.productStartTrede.create({ data: { productCode: p.code, trede } });
  }
  // Tariffs are only ever added: beheer may have changed them since.
  for (const [productCode, bedragCent] of Object.entries(tarieven2024)) {
    await db.tarief.upsert({
      where: { productCode_jaar: { productCode, jaar: 2024 } },
      create: { productCode, jaar: 2024, bedragCent },
      update: {},
    });
  }
  for (const a of aowLeeftijden) {
    const data = { geborenVanaf: datum(a.geborenVanaf), geborenTotMet: datum(a.geborenTotMet), jaren: a.jaren, maanden: a.maanden };
    await db.aowLeeftijd.upsert({ where: { id: a.id }, create: { id: a.id, ...data }, update: {} });
  }
  // Issue 11 defect 11: the first seed gave the oldest cohort an open start ("everyone born up to
  // 1960: 67"). Correct that one seeded row where it is still open; rows beheer added stay as they are.
  const eerste = aowLeeftijden.find((a) => a.id === "aow-tot-1960");
  if (eerste?.geborenVanaf) {
    await db.aowLeeftijd.updateMany({ where: { id: eerste.id, geborenVanaf: null }, data: { geborenVanaf: datum(eerste.geborenVanaf) } });
  }
  for (const g of vrijwilligersvergoedingGrenzen) {
    await db.vrijwilligersvergoedingGrens.upsert({ where: { jaar: g.jaar }, create: g, update: {} });
  }
  for (const b of branches) {
    // Beheer may rename a branche after the first seed (issue 4): only create missing ones.
    await db.branche.upsert({ where: { slug: b.slug }, create: { ...b }, update: {} });
  }
  for (const m of mogelijkheden) {
    await db.mogelijkheid.upsert({
      where: { slug: m.slug },
      create: { ...m },
      update: { naam: m.naam, omschrijving: m.omschrijving, volgorde: m.volgorde },
    });
  }
}
