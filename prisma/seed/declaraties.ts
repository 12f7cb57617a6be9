import type { PrismaClient } from "../../src/generated/prisma/client";
import { addDays, addMonths, vandaagInNederland } from "../../src/domain/kalender";
import {
  actiefSleutel,
  creditVan,
  maakBetaalrunReferentie,
  maakDeclaratienummer,
  maandGrenzen,
  maandVan,
  omvangInUren,
  periodeInMaand,
  opTredeRegel,
  vastePrijsRegel,
  volgendeMaand,
  type DeclaratieToewijzing,
  type Regel,
} from "../../src/domain/declaratie/regels";
import { alsDeclaratieToewijzing, regelRij } from "../../src/domain/declaratie/beoordeling";
import { maakToewijzingnummer } from "../../src/domain/toewijzing/nummer";
import { demoAanbieders } from "../data/demo-aanbieders";
import { tarieven2024 } from "../data/referentie";

// Demo declaraties (issue 12): three started toewijzingen at the demo aanbieder ("eerste"), issued
// by the demo trajectregisseur (Participatiewet) and Wmo-consulent (UWV) as R-TOE-1/2 say, with
// lines in every state over the last months: paid, credited and declared again, approved,
// rejected with a reason, submitted above the extent with a reason; and an open month to declare.
// Only into a database without declaraties, after the demo accounts and inwoners exist.

/** A year's tariff for a product unless beheer set one already (never changed); also for the e2e fixtures. */
export async function zorgVoorTarief(db: PrismaClient, productCode: string, jaar: number, bedragCent: number): Promise<void> {
  await db.tarief.upsert({ where: { productCode_jaar: { productCode, jaar } }, create: { productCode, jaar, bedragCent }, update: {} });
}

export async function seedDemoDeclaraties(db: PrismaClient, nu = new Date()): Promise<boolean> {
  if ((await db.declaratieregel.count()) > 0) return false;
  const [aanbieder, regisseur, consulent, teammanager, beheerder, medewerker] = await Promise.all([
    db.aanbieder.findUnique({ where: { slug: demoAanbieders[0]!.slug } }),
    db.gebruiker.findFirst({ where: { demo: true, rol: "TRAJECTREGISSEUR" } }),
    db.gebruiker.findFirst({ where: { demo: true, rol: "WMO_CONSULENT" } }),
    db.gebruiker.findFirst({ where: { demo: true, rol: "TEAMMANAGER" } }),
    db.gebruiker.findFirst({ where: { demo: true, rol: "BEHEERDER" } }),
    db.gebruiker.findFirst({ where: { demo: true, rol: "AANBIEDER_MEDEWERKER" } }),
  ]);
  const inwoner = (bsn: string) => db.inwoner.findUnique({ where: { bsn } });
  const [fatima, pieter, noah] = await Promise.all([inwoner("999990007"), inwoner("999990019"), inwoner("999990020")]);
  if (!aanbieder || !regisseur || !consulent || !teammanager || !beheerder || !medewerker || !fatima || !pieter || !noah) return false;

  const vandaag = vandaagInNederland(nu);
  const dezeMaand = maandVan(vandaag);
  const maand = (terug: number) => volgendeMaand(dezeMaand, -terug);
  const eerste = (terug: number) => maandGrenzen(maand(terug)).eerste;

  // Demo tariffs for the years the demo covers, only for the two products the demo declares and only
  // where beheer has not set them (R-TAR-1: per year; the demo uses the 2024 amounts). Only added,
  // never changed. The other products keep "nog niet vastgesteld", as a new year really starts.
  const gedeclareerd = new Set(["OP_TREDE_3", "ONTW_3"]);
  for (const jaar of new Set([eerste(6).getUTCFullYear(), vandaag.getUTCFullYear()])) {
    for (const [productCode, bedragCent] of Object.entries(tarieven2024).filter(([code]) => gedeclareerd.has(code))) {
      await zorgVoorTarief(db, productCode, jaar, bedragCent);
    }
  }
  const tarieven = await db.tarief.findMany({ select: { productCode: true, jaar: true, bedragCent: true } });
  const producten = await db.product.findMany();

  async function geefAf(o: { inwonerId: string; door: string; productCode: string; start: Date; maanden: number; uren: number | null }) {
    const p = producten.find((x) => x.code === o.productCode)!;
    const jaar = o.start.getUTCFullYear();
    const tarief = tarieven.find((t) => t.productCode === p.code && t.jaar === jaar)!;
    for (let poging = 0; poging < 20; poging++) {
      const volgnummer = (await db.toewijzing.count({ where: { nummer: { startsWith: `TW-${jaar}-` } } })) + 1 + poging;
      const nummer = maakToewijzingnummer(jaar, volgnummer);
      if (await db.toewijzing.findUnique({ where: { nummer } })) continue;
      return db.toewijzing.create({
        data: {
          nummer,
          inwonerId: o.inwonerId,
          productCode: p.code,
          aanbiederId: aanbieder!.id,
          startdatum: o.start,
          einddatum: addDays(addMonths(o.start, o.maanden), -1),
          urenPerWeek: o.uren,
          status: "GESTART",
          gestartOp: addDays(o.start, 2),
          tariefJaar: jaar,
          tariefCent: tarief.bedragCent,
          iwmoCategorie: p.iwmoCategorie,
          iwmoCode: p.iwmoCode,
          iwmoEenheid: p.iwmoEenheid,
          iwmoFrequentie: p.iwmoFrequentie,
          iwmoVolume: p.iwmoVolume ?? o.uren,
          contactpersoonId: o.door,
          afgegevenDoorId: o.door,
        },
        include: { product: true },
      });
    }
    throw new Error("Geen vrij toewijzingnummer voor de demo");
  }

  // R-TOE-1/2: Participatiewet → trajectregisseur; UWV → Wmo-consulent.
  const t1 = await geefAf({ inwonerId: fatima.id, door: regisseur.id, productCode: "OP_TREDE_3", start: eerste(6), maanden: 24, uren: 12 });
  const t2 = await geefAf({ inwonerId: pieter.id, door: consulent.id, productCode: "OP_TREDE_3", start: eerste(4), maanden: 24, uren: 12 });
  const t3 = await geefAf({ inwonerId: noah.id, door: regisseur.id, productCode: "ONTW_3", start: eerste(3), maanden: 6, uren: null });

  const alsRegelToewijzing = (t: typeof t1): DeclaratieToewijzing => alsDeclaratieToewijzing(t);
  let volgnummer = 0;
  const jaar = vandaag.getUTCFullYear();
  async function regel(
    t: typeof t1,
    r: Regel,
    o: {
      sleutel: string | null;
      status: "INGEDIEND" | "GOEDGEKEURD" | "AFGEWEZEN" | "BETAALD";
      creditVanId?: string;
      correctieId?: string;
      afwijsreden?: string;
      betaalrunId?: string;
    },
  ) {
    const beoordeeld = o.status !== "INGEDIEND";
    return db.declaratieregel.create({
      data: {
        ...regelRij(
          { ...r, toewijzingId: t.id, aanbiederId: t.aanbiederId, productCode: t.productCode },
          {
            nummer: maakDeclaratienummer(jaar, ++volgnummer),
            actiefSleutel: o.sleutel,
            creditVanId: o.creditVanId,
            correctieId: o.correctieId,
            ingediendDoorId: medewerker!.id,
            ingediendOp: addDays(r.periodeEind, 3),
          },
        ),
        status: o.status,
        beoordeeldDoorId: beoordeeld ? teammanager!.id : null,
        beoordeeldOp: beoordeeld ? addDays(r.periodeEind, 8) : null,
        afwijsreden: o.afwijsreden ?? null,
        betaalrunId: o.betaalrunId ?? null,
      },
    });
  }
  const uren = (t: typeof t1, terug: number, u: number, reden = "") => {
    const r = opTredeRegel({
      toewijzing: alsRegelToewijzing(t),
      maand: maand(terug),
      uren: u,
      reden,
      tarieven,
      vandaag,
      alGedeclareerd: false,
    });
    if (!r.ok) throw new Error(`Demo-declaratie: ${r.melding}`);
    return r;
  };
  // Four hours above the month's extent (R-DEC-1), whatever month that is.
  const boven = (t: typeof t1, terug: number) => omvangInUren(12, periodeInMaand(alsRegelToewijzing(t), maand(terug))!.dagen) + 4;
  const sleutel = (t: typeof t1, terug: number) => actiefSleutel(t.product.categorie, t.id, maand(terug));

  const run = await db.betaalrun.create({
    data: { referentie: maakBetaalrunReferentie(jaar, 1), betaaldatum: addDays(eerste(2), 14), doorId: beheerder.id },
  });
  // Fatima (t1): five months in every state.
  await regel(t1, uren(t1, 6, 30), { sleutel: sleutel(t1, 6), status: "BETAALD", betaalrunId: run.id });
  const fout = await regel(t1, uren(t1, 5, 40), { sleutel: null, status: "BETAALD", betaalrunId: run.id });
  // A correction is one unit (ADR 0029): the credit and its replacement share the credit's id.
  const credit = await regel(
    t1,
    { ...creditVan(uren(t1, 5, 40)), bovenOmvang: false, reden: `Correctie van ${fout.nummer}` },
    { sleutel: null, status: "GOEDGEKEURD", creditVanId: fout.id },
  );
  await db.declaratieregel.update({ where: { id: credit.id }, data: { correctieId: credit.id } });
  await regel(t1, uren(t1, 5, 38), { sleutel: sleutel(t1, 5), status: "GOEDGEKEURD", correctieId: credit.id });
  await regel(t1, uren(t1, 4, 40), { sleutel: sleutel(t1, 4), status: "GOEDGEKEURD" });
  await regel(t1, uren(t1, 3, 40), {
    sleutel: null,
    status: "AFGEWEZEN",
    afwijsreden: "Volgens de presentielijst waren het 36 uur. Declareer de maand opnieuw met de juiste uren.",
  });
  await regel(t1, uren(t1, 2, boven(t1, 2), "Inventarisatieweek: twee extra dagdelen op verzoek van de inwoner"), {
    sleutel: sleutel(t1, 2),
    status: "INGEDIEND",
  });
  // Pieter (t2): paid, then submitted; the last month is open to declare.
  await regel(t2, uren(t2, 4, 36), { sleutel: sleutel(t2, 4), status: "BETAALD", betaalrunId: run.id });
  await regel(t2, uren(t2, 3, 40), { sleutel: sleutel(t2, 3), status: "INGEDIEND" });
  // Noah (t3): the fixed price of the traject, approved.
  const vast = vastePrijsRegel({ toewijzing: alsRegelToewijzing(t3), tarieven, alGedeclareerd: false });
  if (!vast.ok) throw new Error(`Demo-declaratie: ${vast.melding}`);
  await regel(t3, vast, { sleutel: actiefSleutel("ONTWIKKELING", t3.id, vast.maand), status: "GOEDGEKEURD" });

  // R-VV: two allowances and a reimbursement.
  for (const [t, terug, soort, bedragCent, u] of [
    [t1, 3, "ALGEMEEN", 5000, 10],
    [t1, 2, "WERKELIJKE_KOSTEN", 1240, null],
    [t3, 2, "ALGEMEEN", 2500, 5],
  ] as const) {
    await db.vrijwilligersvergoeding.create({
      data: {
        toewijzingId: t.id,
        aanbiederId: t.aanbiederId,
        inwonerId: t.inwonerId,
        maand: maand(terug),
        soort,
        bedragCent,
        uren: u,
        vastgelegdDoorId: medewerker.id,
      },
    });
  }
  return true;
}
