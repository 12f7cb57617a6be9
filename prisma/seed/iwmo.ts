import { createHash } from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { bouw323 } from "../../src/domain/iwmo/bouw";
import { STANDAARD_GEMEENTECODE } from "../../src/domain/iwmo/codes";
import { iwmoToewijzingNummer } from "../../src/domain/iwmo/nummer";
import { demoAanbieders } from "../data/demo-aanbieders";

// Demo data for the iWmo messages (issue 13): `npm run iwmo -- uitvoer DIR` on the demo database
// writes at least one WMO301, 305, 307 and 323. Only what is missing is added: toewijzingen of the
// other demo seeds count, so after a merge this adds nothing twice. Numbers TW-2026-9000xx keep
// clear of the other seeds' numbers. The 323s come from the demo declaraties (issue 12) when there
// are any; only without them is one recorded directly as the aanbieder's message.
// The XSD check of these messages is tests/integration/iwmo-demo.test.ts.

const datum = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function seedDemoIwmo(db: PrismaClient): Promise<boolean> {
  await db.iwmoInstelling.upsert({
    where: { sleutel: "gemeentecode" },
    create: { sleutel: "gemeentecode", waarde: STANDAARD_GEMEENTECODE },
    update: {},
  });
  const aanbieder = await db.aanbieder.findUnique({ where: { slug: demoAanbieders[0]!.slug } });
  const inwoner = await db.inwoner.findFirst({ where: { bsn: "999990007" } });
  const afgever = await db.gebruiker.findFirst({ where: { demo: true, rol: "TRAJECTREGISSEUR" } });
  const product = await db.product.findUnique({ where: { code: "OP_TREDE_3" } });
  if (!aanbieder || !inwoner || !afgever || !product) return false;
  const maatwerk = { iwmoCategorie: { not: null } } as const;
  const heeft = {
    nieuw: (await db.toewijzing.count({ where: { ...maatwerk, status: { not: "INGETROKKEN" } } })) > 0,
    gestart: (await db.toewijzing.count({ where: { ...maatwerk, gestartOp: { not: null } } })) > 0,
    gestopt: (await db.toewijzing.count({ where: { ...maatwerk, beeindigdOp: { not: null }, redenBeeindiging: { not: null } } })) > 0,
    declaratie:
      (await db.iwmoBericht.count({ where: { soort: "323" } })) > 0 ||
      (await db.declaratieregel.count({ where: { toewijzing: maatwerk } })) > 0,
  };
  if (heeft.nieuw && heeft.gestart && heeft.gestopt && heeft.declaratie) return false;
  const basis = {
    inwonerId: inwoner.id,
    productCode: product.code,
    aanbiederId: aanbieder.id,
    tariefJaar: 2026,
    tariefCent: 1063,
    iwmoCategorie: product.iwmoCategorie,
    iwmoCode: product.iwmoCode,
    iwmoEenheid: product.iwmoEenheid,
    iwmoFrequentie: product.iwmoFrequentie,
    urenPerWeek: 8,
    contactpersoonId: afgever.id,
    afgegevenDoorId: afgever.id,
  };
  const maak = async (nummer: string, data: object) =>
    (await db.toewijzing.findUnique({ where: { nummer } })) ?? db.toewijzing.create({ data: { nummer, ...basis, ...data } as never });
  // 301 and (started) 305; the declaratie is on this one.
  const lopend = await maak("TW-2026-900001", {
    startdatum: datum("2026-10-01"),
    einddatum: datum("2027-03-31"),
    status: "GESTART",
    gestartOp: datum("2026-10-05"),
  });
  // 307: ended early, in agreement with the inwoner.
  if (!heeft.gestopt) {
    await maak("TW-2026-900002", {
      startdatum: datum("2026-09-01"),
      einddatum: datum("2027-02-28"),
      status: "BEEINDIGD",
      gestartOp: datum("2026-09-02"),
      beeindigdOp: datum("2026-11-20"),
      redenBeeindiging: "VOORTIJDIG_IN_OVERLEG",
    });
  }
  if (!heeft.declaratie) {
    const gemeente = (await db.iwmoInstelling.findUnique({ where: { sleutel: "gemeentecode" } }))?.waarde ?? STANDAARD_GEMEENTECODE;
    const identificatie = "DEMO323NOV26";
    const xml = bouw323({
      header: { afzender: aanbieder.agbCode, ontvanger: gemeente, identificatie, dagtekening: datum("2026-12-01") },
      declaratieNummer: "D2611DEMO01",
      begindatum: datum("2026-11-01"),
      einddatum: datum("2026-11-30"),
      clienten: [
        {
          bsn: inwoner.bsn,
          prestaties: [
            {
              referentieNummer: "DEMO-2026-11-1",
              toewijzingNummer: iwmoToewijzingNummer(lopend.nummer)!,
              categorie: product.iwmoCategorie!,
              code: product.iwmoCode!,
              begindatum: datum("2026-11-01"),
              einddatum: datum("2026-11-30"),
              volume: 32,
              eenheid: "04",
              tariefCent: 1063,
              bedragCent: 34016,
              debetCredit: "D",
            },
          ],
        },
      ],
    });
    await db.iwmoBericht.create({
      data: {
        soort: "323",
        richting: "UIT",
        partij: "AANBIEDER",
        status: "TE_VERZENDEN",
        aanbiederId: aanbieder.id,
        afzender: aanbieder.agbCode,
        ontvanger: gemeente,
        identificatie,
        dagtekening: datum("2026-12-01"),
        bronSleutel: "323:demo",
        inhoudHash: createHash("sha256").update(xml, "utf8").digest("hex"),
        bestandsnaam: `WMO323_${aanbieder.agbCode}_${gemeente}_${identificatie}.xml`,
        xml,
        omschrijving: "Declaratie: november 2026 (demo)",
        toewijzingen: { create: [{ toewijzingId: lopend.id }] },
      },
    });
  }
  return true;
}
