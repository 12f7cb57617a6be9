import type { PrismaClient } from "../../src/generated/prisma/client";
import { addDays, addMonths, nederlandsMoment, vandaagInNederland } from "../../src/domain/kalender";
import { contactpersoonRol } from "../../src/domain/inwoner/contactpersoon";
import { volledigeNaam } from "../../src/domain/inwoner/invoer";
import { normaliseer } from "../../src/domain/tekst";
import { iwmoKolommen, iwmoToewijzing } from "../../src/domain/toewijzing/omvang";
import { maakToewijzingnummer } from "../../src/domain/toewijzing/nummer";
import { demoAanbieders } from "../data/demo-aanbieders";

// Demo data for the doorstroom report (R-LAD-3, docs/decisions/0023, 0034): eight more inwoners whose
// ladder history spans last year and this one, four of them after a finished traject at the
// second and third demo aanbieder (every deadline met: gesprek held, eindverantwoording read, trede
// recorded), so the report shows movement in the current year. Dated from the day the seed runs.
// Not at the first demo aanbieder, whose lists the e2e journeys use. Issue 21: one traject with a
// verlenging (counted once, from its first start), and one inwoner closed after finding paid work.

type Traject = {
  productCode: string;
  aanbieder: 1 | 2;
  /** months before today that it started; it ran 6 months */
  maandenGeleden: number;
  stapGemaakt: boolean | null;
  trede: number;
  /** A second period of 6 months extends the first (R-TOE-4); the trede comes after the second. */
  verlengd?: boolean;
};
type Demo = {
  bsn: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  uitkering: "PARTICIPATIEWET" | "UWV" | "ANDERS" | "GEEN";
  /** [months before today, trede] oldest first, before any traject */
  ladder: [number, number][];
  traject?: Traject;
  /** Closed this many months ago (issue 21 item 25). */
  afgesloten?: { maandenGeleden: number; reden: "BETAALD_WERK"; toelichting?: string };
};

const demo: Demo[] = [
  {
    bsn: "999990111",
    voornamen: "Samira",
    achternaam: "Yilmaz",
    geboortedatum: "1994-02-11",
    uitkering: "PARTICIPATIEWET",
    ladder: [[14, 2]],
    traject: { productCode: "ONTW_3", aanbieder: 1, maandenGeleden: 8, stapGemaakt: true, trede: 3 },
  },
  {
    bsn: "999990123",
    voornamen: "Kees",
    achternaam: "Vermeulen",
    geboortedatum: "1979-09-30",
    uitkering: "UWV",
    ladder: [[13, 3]],
    traject: { productCode: "ONTW_4", aanbieder: 2, maandenGeleden: 7, stapGemaakt: true, trede: 4 },
  },
  {
    bsn: "999990135",
    voornamen: "Anouk",
    achternaam: "de Graaf",
    geboortedatum: "1990-12-05",
    uitkering: "PARTICIPATIEWET",
    ladder: [[15, 2]],
    traject: { productCode: "ONTW_3", aanbieder: 2, maandenGeleden: 9, stapGemaakt: false, trede: 2 },
  },
  {
    bsn: "999990147",
    voornamen: "Jeroen",
    achternaam: "Smit",
    geboortedatum: "1985-05-17",
    uitkering: "GEEN",
    ladder: [[16, 3]],
    traject: { productCode: "OP_TREDE_3", aanbieder: 1, maandenGeleden: 8, stapGemaakt: null, trede: 3 },
  },
  {
    bsn: "999990159",
    voornamen: "Lotte",
    achternaam: "Visser",
    geboortedatum: "1998-07-22",
    uitkering: "PARTICIPATIEWET",
    ladder: [
      [12, 1],
      [3, 2],
    ],
  },
  {
    bsn: "999990160",
    voornamen: "Henk",
    achternaam: "Mulder",
    geboortedatum: "1968-03-09",
    uitkering: "UWV",
    ladder: [
      [11, 4],
      [2, 3],
    ],
  },
  {
    bsn: "999990172",
    voornamen: "Noor",
    achternaam: "Jansen",
    geboortedatum: "1992-10-14",
    uitkering: "PARTICIPATIEWET",
    ladder: [[15, 3]],
    traject: { productCode: "ONTW_5", aanbieder: 2, maandenGeleden: 14, stapGemaakt: true, trede: 5, verlengd: true },
  },
  {
    bsn: "999990184",
    voornamen: "Ria",
    achternaam: "Bakker",
    geboortedatum: "1975-01-23",
    uitkering: "UWV",
    ladder: [
      [18, 4],
      [4, 5],
    ],
    afgesloten: { maandenGeleden: 1, reden: "BETAALD_WERK" },
  },
];

/** Only into a database with the demo inwoners and toewijzingen, once. */
export async function seedDemoDoorstroom(db: PrismaClient, vandaag = vandaagInNederland()): Promise<boolean> {
  if (await db.inwoner.findUnique({ where: { bsn: demo[0]!.bsn } })) return false;
  const staf = await db.gebruiker.findMany({ where: { demo: true, rol: { in: ["TRAJECTREGISSEUR", "WMO_CONSULENT"] } } });
  const aanbieders = await Promise.all([1, 2].map((i) => db.aanbieder.findUnique({ where: { slug: demoAanbieders[i]!.slug } })));
  const medewerkers = await Promise.all(
    aanbieders.map((a) => (a ? db.gebruiker.findFirst({ where: { aanbiederId: a.id }, orderBy: { email: "asc" } }) : null)),
  );
  if (staf.length < 2 || aanbieders.some((a) => !a)) return false;
  const geleden = (maanden: number) => addMonths(vandaag, -maanden);
  for (const d of demo) {
    const contact = staf.find((s) => s.rol === contactpersoonRol(d.uitkering))!;
    const inwoner = await db.inwoner.create({
      data: {
        bsn: d.bsn,
        voornamen: d.voornamen,
        achternaam: d.achternaam,
        geboortedatum: new Date(`${d.geboortedatum}T00:00:00.000Z`),
        straat: "Marktplein",
        huisnummer: String(10 + demo.indexOf(d)),
        postcode: "7311LC",
        plaats: "Apeldoorn",
        uitkering: d.uitkering,
        contactpersoonId: contact.id,
        zoeknaam: normaliseer(volledigeNaam({ voornamen: d.voornamen, tussenvoegsel: null, achternaam: d.achternaam })),
        ladder: { create: d.ladder.map(([m, trede]) => ({ datum: geleden(m), trede, vastgelegdDoorId: contact.id })) },
      },
    });
    if (d.afgesloten)
      await db.inwoner.update({
        where: { id: inwoner.id },
        data: { afgeslotenOp: geleden(d.afgesloten.maandenGeleden), afsluitreden: d.afgesloten.reden },
      });
    const tr = d.traject;
    if (!tr) continue;
    const aanbieder = aanbieders[tr.aanbieder - 1]!;
    const medewerker = medewerkers[tr.aanbieder - 1] ?? contact;
    const product = await db.product.findUniqueOrThrow({ where: { code: tr.productCode } });
    const wie = { inwonerId: inwoner.id, aanbieder, medewerker, contact, product };
    const eerste = await periode(db, wie, geleden(tr.maandenGeleden), null, tr.verlengd ? null : tr);
    const t = tr.verlengd ? await periode(db, wie, addMonths(eerste.startdatum, 6), eerste, tr) : eerste;
    await db.ladderRegel.create({
      data: {
        inwonerId: inwoner.id,
        datum: addDays(t.einddatum, 12),
        trede: tr.trede,
        toelichting: `Na traject ${t.nummer}`,
        vastgelegdDoorId: contact.id,
        toewijzingId: t.id,
      },
    });
  }
  return true;
}

type Wie = {
  inwonerId: string;
  aanbieder: { id: string; naam: string };
  medewerker: { id: string };
  contact: { id: string };
  product: Parameters<typeof iwmoToewijzing>[0] & { code: string };
};

/** One finished period of 6 months with every deadline met: gesprek held, eindverantwoording read. */
async function periode(db: PrismaClient, w: Wie, startdatum: Date, vorige: { id: string } | null, tr: Traject | null) {
  const uren = w.product.code.startsWith("OP_TREDE") ? 8 : null;
  const einddatum = addDays(addMonths(startdatum, 6), -1);
  const jaar = startdatum.getUTCFullYear();
  const volgnummer = (await db.toewijzing.count({ where: { nummer: { startsWith: `TW-${jaar}-` } } })) + 1;
  const t = await db.toewijzing.create({
    data: {
      nummer: maakToewijzingnummer(jaar, volgnummer),
      inwonerId: w.inwonerId,
      productCode: w.product.code,
      aanbiederId: w.aanbieder.id,
      startdatum,
      einddatum,
      urenPerWeek: uren,
      status: "BEEINDIGD",
      ...(vorige ? { verlengingVanId: vorige.id, verlengingsnummer: 1 } : {}),
      // Issue 21 item 16: a verlenging of an ontwikkeling allocates 0 stuks, as issuing does.
      ...iwmoKolommen(iwmoToewijzing(w.product, uren, { verlenging: Boolean(vorige) })),
      contactpersoonId: w.contact.id,
      afgegevenDoorId: w.contact.id,
      gestartOp: startdatum,
      beeindigdOp: einddatum,
      redenBeeindiging: "VOLGENS_PLAN",
      createdAt: addDays(startdatum, -14),
    },
  });
  const gesprek = addDays(startdatum, 35);
  await db.evaluatiegesprek.create({
    data: {
      toewijzingId: t.id,
      moment: nederlandsMoment(gesprek, 10 * 60),
      plaats: w.aanbieder.naam,
      status: "AFGEROND",
      voorgesteldDoorId: w.medewerker.id,
      beantwoordOp: addDays(gesprek, -7),
      beantwoordDoorId: w.contact.id,
      uitkomst: "Doelen besproken en bijgesteld; het gaat de goede kant op.",
      uitkomstOp: gesprek,
      uitkomstDoorId: w.contact.id,
      createdAt: addDays(startdatum, 10),
    },
  });
  // The first period of a chain: its eindverantwoording asks for the verlenging (no step yet).
  const ingediend = addDays(einddatum, tr ? 7 : -10);
  await db.eindverantwoording.create({
    data: {
      toewijzingId: t.id,
      status: "GELEZEN",
      algemeen: "Kwam elke week, ook in de drukke maanden.",
      voortzetten: tr ? "Geen: het traject is afgerond." : "Alle doelen: de stap is in zicht, maar nog niet gezet.",
      nieuweDoelen: tr ? "Geen verlenging nodig." : "Zelfstandig een werkdag plannen; met minder begeleiding werken.",
      adviesTrede: Math.min(6, (tr?.trede ?? 4) + 1),
      adviesWaarHoe: "Verder bij een werkplek in de buurt, met een vaste begeleider.",
      stapGemaakt: tr ? tr.stapGemaakt : false,
      stapToelichting: !tr
        ? "Nog niet: daarom een verlenging."
        : tr.stapGemaakt === null
          ? ""
          : tr.stapGemaakt
            ? "De afgesproken stap is gezet."
            : "De stap is nog niet gezet.",
      bereikteTrede: tr ? (tr.stapGemaakt === null ? null : tr.trede) : null,
      samenMetInwonerOp: addDays(ingediend, -4),
      ingediendOp: ingediend,
      ingediendDoorId: w.medewerker.id,
      laatstIngediendOp: ingediend,
      gelezenOp: addDays(ingediend, 5),
      gelezenDoorId: w.contact.id,
    },
  });
  return t;
}
