import type { PrismaClient } from "../../src/generated/prisma/client";
import { addDays, addMonths, nederlandsMoment, vandaagInNederland } from "../../src/domain/kalender";
import { contactpersoonRol } from "../../src/domain/inwoner/contactpersoon";
import { maakToewijzingnummer } from "../../src/domain/toewijzing/nummer";
import { iwmoKolommen, iwmoToewijzing } from "../../src/domain/toewijzing/omvang";
import { demoAanbieders } from "../data/demo-aanbieders";
import { demoInwoners } from "../data/demo-inwoners";

// Demo toewijzingen (issue 11) for the demo inwoners with the first demo aanbieder (the one
// beheerder@aanbieder.example belongs to), dated from the day the seed runs so the demo always
// shows the same situation: started op trede 3 (12 h/week) with a plan and an unread melding;
// started ontwikkeling naar trede 3 with an evaluatiegesprek to confirm; one ending within 6
// weeks with its deadlines due today; one stopped early; one that never started.
// Issued as R-TOE-1/2 require: by the inwoner's contact person (trajectregisseur for a
// Participatiewet uitkering, Wmo-consulent otherwise), who is also the toewijzing's contact person.

type Plan = { soort: "KENNIS" | "VAARDIGHEDEN" | "HOUDING"; omschrijving: string }[];
type Demo = {
  bsn: string;
  productCode: string;
  werkplek?: string;
  start: (vandaag: Date) => Date;
  eind: (start: Date, vandaag: Date) => Date;
  uren?: number;
  gestart: boolean;
  stop?: (vandaag: Date) => Date;
  plan?: Plan;
  melding?: boolean;
  gesprek?: boolean;
};

const zesMaanden = (start: Date) => addDays(addMonths(start, 6), -1);

const demoToewijzingen: Demo[] = [
  {
    // Fatima El Amrani, trede 3: werkplek op trede 3, 12 uur per week, started three months ago.
    bsn: "999990007",
    productCode: "OP_TREDE_3",
    werkplek: "verkoopmedewerker-kringloopwinkel-apeldoorn",
    start: (v) => addMonths(v, -3),
    eind: (s) => addDays(addMonths(s, 24), -1),
    uren: 12,
    gestart: true,
    plan: [
      { soort: "VAARDIGHEDEN", omschrijving: "Zelfstandig klanten helpen bij de kassa." },
      { soort: "HOUDING", omschrijving: "Op tijd komen en afmelden bij ziekte." },
    ],
    melding: true,
  },
  {
    // Noah Bakker, trede 2: ontwikkeling naar trede 3, started two months ago; he plans the gesprek.
    bsn: "999990020",
    productCode: "ONTW_3",
    werkplek: "sorteerder-textiel-kringloop-apeldoorn",
    start: (v) => addMonths(v, -2),
    eind: zesMaanden,
    gestart: true,
    plan: [
      { soort: "KENNIS", omschrijving: "Weet welke soorten textiel er zijn en hoe ze worden gesorteerd." },
      { soort: "VAARDIGHEDEN", omschrijving: "Een ochtend van drie uur volhouden met één pauze." },
      { soort: "HOUDING", omschrijving: "Vraagt om hulp als iets niet lukt." },
    ],
    gesprek: true,
  },
  {
    // Pieter van Dijk, trede 2: ontwikkeling naar trede 3 ending in exactly 6 weeks: due today.
    bsn: "999990019",
    productCode: "ONTW_3",
    start: (v) => addDays(addMonths(addDays(v, 42), -6), 1),
    eind: (_s, v) => addDays(v, 42),
    gestart: true,
    plan: [{ soort: "VAARDIGHEDEN", omschrijving: "Samenwerken met een vaste collega in de werkplaats." }],
  },
  {
    // Ria Hendriks, trede 3: werkplek op trede 3, stopped early five days ago.
    bsn: "999990032",
    productCode: "OP_TREDE_3",
    werkplek: "medewerker-inname-kringloop-twello",
    start: (v) => addMonths(v, -4),
    eind: (_s, v) => addMonths(v, 6),
    uren: 8,
    gestart: true,
    stop: (v) => addDays(v, -5),
  },
  {
    // Fatima El Amrani also: ontwikkeling naar trede 4 (R-PRD-3), planned to start ten days ago, never started.
    bsn: "999990007",
    productCode: "ONTW_4",
    werkplek: "verkoopmedewerker-kringloopwinkel-apeldoorn",
    start: (v) => addDays(v, -10),
    eind: zesMaanden,
    gestart: false,
  },
];

type ToewijzingData = Parameters<PrismaClient["toewijzing"]["create"]>[0]["data"];

/** One toewijzing as issuing leaves it; the seed and the e2e fixtures both make them here. */
export function maakToewijzing(db: PrismaClient, data: ToewijzingData) {
  return db.toewijzing.create({ data });
}

export async function seedDemoToewijzingen(db: PrismaClient, vandaag = vandaagInNederland()): Promise<boolean> {
  if ((await db.toewijzing.count()) > 0) return false;
  const aanbieder = await db.aanbieder.findUnique({ where: { slug: demoAanbieders[0]!.slug } });
  const staf = await db.gebruiker.findMany({ where: { demo: true, rol: { in: ["TRAJECTREGISSEUR", "WMO_CONSULENT"] } } });
  const medewerker = aanbieder
    ? await db.gebruiker.findFirst({ where: { aanbiederId: aanbieder.id, demo: true }, orderBy: { email: "asc" } })
    : null;
  if (!aanbieder || !medewerker || staf.length < 2) return false;
  const volgnummers = new Map<number, number>();
  for (const d of demoToewijzingen) {
    const inwoner = await db.inwoner.findUnique({ where: { bsn: d.bsn } });
    const demo = demoInwoners.find((i) => i.bsn === d.bsn);
    const contact = demo && staf.find((s) => s.rol === contactpersoonRol(demo.uitkering));
    if (!inwoner || !contact) continue;
    const product = await db.product.findUniqueOrThrow({ where: { code: d.productCode } });
    const werkplek = d.werkplek ? await db.werkplek.findUnique({ where: { slug: d.werkplek } }) : null;
    const startdatum = d.start(vandaag);
    const einddatum = d.eind(startdatum, vandaag);
    const jaar = startdatum.getUTCFullYear();
    const tarief = await db.tarief.findUnique({ where: { productCode_jaar: { productCode: product.code, jaar } } });
    const volgnummer = (volgnummers.get(jaar) ?? 0) + 1;
    volgnummers.set(jaar, volgnummer);
    const stop = d.stop?.(vandaag) ?? null;
    const t = await maakToewijzing(db, {
      nummer: maakToewijzingnummer(jaar, volgnummer),
      inwonerId: inwoner.id,
      productCode: product.code,
      aanbiederId: aanbieder.id,
      werkplekId: werkplek?.aanbiederId === aanbieder.id ? werkplek.id : null,
      startdatum,
      einddatum,
      urenPerWeek: d.uren ?? null,
      status: stop ? "BEEINDIGD" : d.gestart ? "GESTART" : "TOEGEWEZEN",
      tariefJaar: tarief?.jaar ?? null,
      tariefCent: tarief?.bedragCent ?? null,
      ...iwmoKolommen(iwmoToewijzing(product, d.uren)),
      contactpersoonId: contact.id,
      afgegevenDoorId: contact.id,
      gestartOp: d.gestart ? startdatum : null,
      beeindigdOp: stop,
      redenBeeindiging: stop ? "VOORTIJDIG_IN_OVERLEG" : null,
      createdAt: addDays(startdatum, -14),
    });
    if (d.plan) {
      await db.ondersteuningsplan.create({
        data: {
          toewijzingId: t.id,
          bijgewerktDoorId: medewerker.id,
          doelen: { create: d.plan.map((p, volgorde) => ({ ...p, volgorde })) },
        },
      });
    }
    if (d.melding) {
      await db.melding.create({
        data: {
          toewijzingId: t.id,
          soort: "RESULTAAT_IN_GEVAAR",
          watGebeurde: "Is de afgelopen twee weken drie keer niet gekomen zonder af te melden.",
          aanpak: "We bellen elke ochtend even en plannen een gesprek met de inwoner.",
          gemeldDoorId: medewerker.id,
        },
      });
    }
    if (d.gesprek) {
      await db.evaluatiegesprek.create({
        data: {
          toewijzingId: t.id,
          moment: nederlandsMoment(addDays(vandaag, 14), 10 * 60),
          plaats: "Kringloop De Schakel, Apeldoorn",
          voorgesteldDoorId: medewerker.id,
        },
      });
    }
  }
  return true;
}
