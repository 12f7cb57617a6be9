import type { PrismaClient } from "../../src/generated/prisma/client";
import { werkplekZoektekst } from "../../src/domain/werkplek-zoektekst";
import { parsePostcode } from "../../src/domain/postcode";
import { Pc4Geocoder } from "../../src/server/geo/pc4-geocoder";
import { demoAanbieders } from "../data/demo-aanbieders";
import { demoWerkplekken } from "../data/demo-werkplekken";
import type { DemoWerkplek } from "../data/demo-types";

const datum = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** The demo organisations and werkplekken; only written into an empty database. */
export async function seedDemo(db: PrismaClient, geocoder = new Pc4Geocoder("data/nl-pc4.csv")): Promise<boolean> {
  if ((await db.aanbieder.count()) > 0) return false;
  const branches = new Map((await db.branche.findMany()).map((b) => [b.slug, b]));
  const mogelijkheden = new Map((await db.mogelijkheid.findMany()).map((m) => [m.slug, m.id]));
  const aanbieders = new Map<string, { id: string; naam: string }>();

  await db.$transaction(
    async (tx) => {
      for (const a of demoAanbieders) {
        const rij = await tx.aanbieder.create({
          data: { ...a, contractVan: datum(a.contractVan)!, contractTot: datum(a.contractTot) },
        });
        aanbieders.set(a.slug, rij);
      }
      for (const w of demoWerkplekken) {
        await tx.werkplek.create({ data: werkplekData(w, aanbieders, branches, mogelijkheden, geocoder) });
      }
      // All demo werkplekken in one transaction: on a busy machine that takes longer than any request.
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return true;
}

function werkplekData(
  w: DemoWerkplek,
  aanbieders: Map<string, { id: string; naam: string }>,
  branches: Map<string, { id: string; naam: string }>,
  mogelijkheden: Map<string, string>,
  geocoder: Pc4Geocoder,
) {
  const aanbieder = aanbieders.get(w.aanbieder);
  const branche = branches.get(w.branche);
  const postcode = parsePostcode(w.postcode);
  const locatie = postcode.ok ? geocoder.zoekPc4(postcode.postcode.pc4) : null;
  if (!aanbieder || !branche || !postcode.ok || !locatie) {
    throw new Error(`Demo-werkplek ${w.slug} verwijst naar iets onbekends (aanbieder, branche of postcode).`);
  }
  return {
    slug: w.slug,
    titel: w.titel,
    omschrijving: w.omschrijving,
    taken: w.taken,
    begeleiding: w.begeleiding,
    straat: w.straat,
    huisnummer: w.huisnummer,
    postcode: postcode.postcode.genormaliseerd,
    plaats: w.plaats,
    latitude: locatie.latitude,
    longitude: locatie.longitude,
    biedtTrede3: w.treden.includes(3),
    biedtTrede4: w.treden.includes(4),
    ontwikkelingNaar3: w.ontwikkelingNaar.includes(3),
    ontwikkelingNaar4: w.ontwikkelingNaar.includes(4),
    ontwikkelingNaar5: w.ontwikkelingNaar.includes(5),
    dagenEnTijden: w.dagenEnTijden,
    urenPerWeekMin: w.urenPerWeekMin,
    urenPerWeekMax: w.urenPerWeekMax,
    plaatsenBeschikbaar: w.plaatsenBeschikbaar,
    toegankelijkheid: w.toegankelijkheid,
    status: w.status,
    gepubliceerdOp: w.status === "GEPUBLICEERD" ? new Date("2026-10-01T08:00:00.000Z") : null,
    zoektekst: werkplekZoektekst({ ...w, brancheNaam: branche.naam, aanbiederNaam: aanbieder.naam }),
    aanbieder: { connect: { id: aanbieder.id } },
    branche: { connect: { id: branche.id } },
    mogelijkheden: { create: w.mogelijkheden.map((slug) => ({ mogelijkheid: { connect: { id: mogelijkheden.get(slug)! } } })) },
  };
}
