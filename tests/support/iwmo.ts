import { calendarDate as d } from "@/domain/kalender";
import type { TestDatabase } from "./testdb";

// The shared setup of the iWmo integration tests: an aanbieder with an AGB code, an inwoner with a
// BSN, and a toewijzing with its iWmo product (07/07W41, 1 etmaal per week unless told), written
// straight into the database (as a migration would) so a test decides which messages exist.

type Db = TestDatabase["db"];

/** An aanbieder with a contract; its AGB code doubles as KvK number unless one is given. */
export async function iwmoAanbieder(db: Db, o: { slug: string; naam: string; agbCode: string; kvkNummer?: string }) {
  const a = await db.aanbieder.create({
    data: {
      slug: o.slug,
      naam: o.naam,
      kvkNummer: o.kvkNummer ?? o.agbCode,
      agbCode: o.agbCode,
      omschrijving: "Test",
      contactNaam: "Contact",
      contactEmail: "c@t.example",
      contractVan: d("2020-01-01"),
    },
  });
  return a.id;
}

/** An inwoner in Apeldoorn on the Participatiewet. */
export async function iwmoInwoner(db: Db, o: { bsn: string; voornamen: string; achternaam: string; geboortedatum: string }) {
  const i = await db.inwoner.create({
    data: {
      bsn: o.bsn,
      voornamen: o.voornamen,
      achternaam: o.achternaam,
      zoeknaam: `${o.voornamen} ${o.achternaam}`.toLowerCase(),
      geboortedatum: d(o.geboortedatum),
      straat: "Hoofdstraat",
      huisnummer: "1",
      postcode: "7311 AB",
      plaats: "Apeldoorn",
      uitkering: "PARTICIPATIEWET",
    },
  });
  return i.id;
}

export type IwmoToewijzing = {
  nummer: string;
  inwonerId: string;
  aanbiederId: string;
  afgegevenDoorId: string;
  start: string;
  eind: string;
  productCode?: string;
  status?: "TOEGEWEZEN" | "GESTART" | "BEEINDIGD";
  gestartOp?: string;
  beeindigdOp?: string;
  createdAt?: Date;
  cat?: string;
  code?: string;
  volume?: number;
  verlengingVanId?: string;
  contactpersoonId?: string | null;
};

/** A toewijzing with its iWmo product, as issued (TOEGEWEZEN) unless told. */
export async function iwmoToewijzing(db: Db, o: IwmoToewijzing) {
  const t = await db.toewijzing.create({
    data: {
      nummer: o.nummer,
      inwonerId: o.inwonerId,
      productCode: o.productCode ?? "ONTW_4",
      aanbiederId: o.aanbiederId,
      startdatum: d(o.start),
      einddatum: d(o.eind),
      status: o.status ?? "TOEGEWEZEN",
      gestartOp: o.gestartOp ? d(o.gestartOp) : null,
      beeindigdOp: o.beeindigdOp ? d(o.beeindigdOp) : null,
      iwmoCategorie: o.cat ?? "07",
      iwmoCode: o.code ?? "07W41",
      iwmoEenheid: "82",
      iwmoFrequentie: "6",
      iwmoVolume: o.volume ?? 1,
      verlengingVanId: o.verlengingVanId ?? null,
      contactpersoonId: o.contactpersoonId ?? null,
      afgegevenDoorId: o.afgegevenDoorId,
      ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    },
  });
  return t.id;
}
