import type { PrismaClient } from "../../src/generated/prisma/client";
import { addDays, vandaagInNederland } from "../../src/domain/kalender";
import { standaardEinddatum } from "../../src/domain/orientatie/regels";
import { maakOrientatienummer, nummerBegin } from "../../src/domain/toewijzing/nummer";

// Demo oriëntaties (ADR 0018), relative to the day of seeding so that one is always running: Pieter
// van Dijk's (trede 2) ends within two weeks, Fatima El Amrani's (trede 3) was finished with an
// advice. Only when there are none yet and the demo centrum account and inwoners exist.
export async function seedDemoOrientaties(db: PrismaClient): Promise<boolean> {
  if ((await db.orientatie.count()) > 0) return false;
  const [centrum, pieter, fatima, product] = await Promise.all([
    db.gebruiker.findFirst({ where: { demo: true, rol: "CENTRUM" } }),
    db.inwoner.findUnique({ where: { bsn: "999990019" } }),
    db.inwoner.findUnique({ where: { bsn: "999990007" } }),
    db.product.findUnique({ where: { code: "ORIENTATIE" }, include: { startTreden: true } }),
  ]);
  if (!centrum || !pieter || !fatima || !product) return false;
  const regels = { korteNaam: product.korteNaam, duurMaanden: product.duurMaanden, startTreden: product.startTreden.map((s) => s.trede) };
  const vandaag = vandaagInNederland();

  const nummer = async (start: Date) => {
    const jaar = start.getUTCFullYear();
    return maakOrientatienummer(jaar, (await db.orientatie.count({ where: { nummer: { startsWith: nummerBegin("OR", jaar) } } })) + 1);
  };

  const eerderStart = addDays(vandaag, -120);
  const eerderEind = standaardEinddatum(regels, eerderStart);
  const adviesOp = addDays(eerderEind, -5);
  const afgerond = await db.orientatie.create({
    data: {
      nummer: await nummer(eerderStart),
      inwonerId: fatima.id,
      begeleiderId: centrum.id,
      startdatum: eerderStart,
      einddatum: eerderEind,
      status: "AFGEROND",
      adviesWerkveld: "Een werkplek in de groenvoorziening of op een kinderboerderij: buiten, met dieren, in een klein team.",
      adviesOpleiding: "Een korte cursus veilig werken met gereedschap; later eventueel een mbo-1 entreeopleiding groen.",
      adviesVervolg: "De trajectregisseur bespreekt een ontwikkeltraject naar trede 4 met een werkplek in het groen.",
      adviesOp,
    },
  });
  await db.ladderRegel.create({
    data: {
      inwonerId: fatima.id,
      datum: adviesOp,
      trede: 3,
      perspectiefTrede: 4,
      perspectiefDatum: adviesOp,
      toelichting: `Na oriëntatie ${afgerond.nummer}`,
      vastgelegdDoorId: centrum.id,
      orientatieId: afgerond.id,
    },
  });

  const lopendStart = addDays(vandaag, -80);
  await db.orientatie.create({
    data: {
      nummer: await nummer(lopendStart),
      inwonerId: pieter.id,
      begeleiderId: centrum.id,
      startdatum: lopendStart,
      einddatum: standaardEinddatum(regels, lopendStart),
    },
  });
  return true;
}
