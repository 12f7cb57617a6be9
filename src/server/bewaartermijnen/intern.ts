import "server-only";
import { BEWAAR_INFO, BEWAAR_SOORTEN, grensVan, type BewaarSoort } from "@/domain/bewaartermijnen";
import { calendarDate } from "@/domain/kalender";
import { audit } from "../audit";
import { db } from "../db";

// Storage limitation (AVG art. 5 lid 1 sub e; issue 23, docs/decisions/0042): `npm run taken --
// bewaartermijnen`. Handled interest requests are removed after their term, inwoners closed with a
// reason are anonymised after theirs (the record, its ladder steps and trajecten stay, so every
// count in the reports stays the same) and the audit log is thinned after its own term. The task
// reports counts only, and writes one audit record with them.

/** The term per kind in months: beheer's setting, else the default. */
export async function bewaartermijnen(): Promise<Record<BewaarSoort, number>> {
  const rijen = await db.bewaartermijn.findMany();
  const uit = {} as Record<BewaarSoort, number>;
  for (const s of BEWAAR_SOORTEN) uit[s] = rijen.find((r) => r.soort === s)?.maanden ?? BEWAAR_INFO[s].standaardMaanden;
  return uit;
}

/** What an anonymised inwoner keeps: nothing that names or locates the person; the birth year for age counts. */
function anoniem(id: string, geboortedatum: Date) {
  return {
    // bsn is unique and required: a marker that is no BSN (nine digits) and names no one.
    bsn: `anoniem-${id}`,
    voornamen: "",
    tussenvoegsel: null,
    achternaam: "Geanonimiseerd",
    zoeknaam: "geanonimiseerd",
    geboortedatum: calendarDate(`${geboortedatum.getUTCFullYear()}-01-01`),
    straat: "",
    huisnummer: "",
    postcode: "",
    plaats: "",
    email: null,
    telefoon: null,
    afsluittoelichting: null,
  };
}

export type BewaarVerslag = { interesses: number; inwoners: number; auditregels: number };

export async function pasBewaartermijnenToe(nu: Date = new Date()): Promise<BewaarVerslag> {
  const termijn = await bewaartermijnen();

  const interesses = await db.interesse.deleteMany({
    where: {
      status: "AFGEHANDELD",
      // Handled before afgehandeldOp was recorded: the last change is when it was handled.
      OR: [
        { afgehandeldOp: { lt: grensVan(nu, termijn.interesse) } },
        { afgehandeldOp: null, updatedAt: { lt: grensVan(nu, termijn.interesse) } },
      ],
    },
  });

  const teAnonimiseren = await db.inwoner.findMany({
    where: { geanonimiseerdOp: null, afgeslotenOp: { lt: grensVan(nu, termijn["inwoner-afgesloten"]) } },
    select: { id: true, geboortedatum: true },
  });
  for (const i of teAnonimiseren) {
    await db.$transaction([
      db.inwoner.update({ where: { id: i.id }, data: { ...anoniem(i.id, i.geboortedatum), geanonimiseerdOp: nu } }),
      db.ladderRegel.updateMany({ where: { inwonerId: i.id }, data: { toelichting: null } }),
      // A request about this person (naam, e-mail, telefoon, bericht) goes with the personal data.
      db.interesse.deleteMany({ where: { inwonerId: i.id } }),
    ]);
  }

  const auditregels = await db.auditRegel.deleteMany({ where: { tijdstip: { lt: grensVan(nu, termijn.auditlog) } } });

  const verslag = { interesses: interesses.count, inwoners: teAnonimiseren.length, auditregels: auditregels.count };
  await audit({
    gebruikerId: null,
    activiteit: "bewaartermijnen-toepassen",
    bron: "taak:bewaartermijnen",
    uitkomst: "gelukt",
    betrokkene: null,
    toelichting: `interesse-aanvragen verwijderd: ${verslag.interesses}, inwoners geanonimiseerd: ${verslag.inwoners}, logboekregels verwijderd: ${verslag.auditregels}`,
  });
  return verslag;
}
