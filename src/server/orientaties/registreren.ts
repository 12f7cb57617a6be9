import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { idSchema } from "@/domain/id";
import { parseZoekvraag, volledigeNaam } from "@/domain/inwoner/invoer";
import { orientatieZoekSchema, registratieSchema } from "@/domain/orientatie/invoer";
import { controleerRegistratie, standaardEinddatum, type OrientatieProduct } from "@/domain/orientatie/regels";
import { mag } from "@/domain/permissies";
import { maakOrientatienummer, nummerBegin } from "@/domain/toewijzing/nummer";
import { db, isUniekFout } from "../db";
import { huidigeTrede } from "@/domain/inwoner/trede";
import { vindInwoners } from "../inwoners/zoeken";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { vergrendel } from "../sql-dialect";

// Registering an oriëntatie (ADR 0018): the centrum finds the inwoner with the inwoners search
// (a POST, so a BSN never reaches a URL), chooses, and enters the period. The rules are in
// src/domain/orientatie/regels.ts; this module adds the data they need and the one-at-a-time
// guarantee under concurrency.

const GEEN_TOEGANG = "Alleen het Centrum Apeldoorn Werkt Mee registreert en begeleidt oriëntaties.";
const BRON_NIEUW = "/gemeente/orientaties/nieuw";

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

const metLadderEnLopend = {
  ladder: { select: { datum: true, createdAt: true, trede: true } },
  orientaties: { where: { status: "LOPEND" as const }, select: { nummer: true, einddatum: true }, take: 1 },
} as const;

export type Kandidaat = { id: string; naam: string; geboortedatum: Date; plaats: string; trede: number | null; lopend: string | null };

/**
 * The inwoners matching the search, with their current trede and running oriëntatie, to choose
 * from. Each one found is a logged read (vindInwoners); `q` is sent back only when it is no BSN.
 */
export const zoekInwonerVoorOrientatie = defineUseCase({
  ...centrum,
  activiteit: "orientatie-inwoner-zoeken",
  bron: BRON_NIEUW,
  schema: orientatieZoekSchema,
  zonderAudit: true,
  async uitvoeren({ invoer: { q }, gebruiker: g }) {
    const r = await vindInwoners(g, { q }, { bron: BRON_NIEUW });
    const gevonden = r.ok ? r.data : [];
    const extra = await db.inwoner.findMany({
      where: { id: { in: gevonden.map((i) => i.id) } },
      select: { id: true, ...metLadderEnLopend },
    });
    const kandidaten: Kandidaat[] = gevonden.map((i) => {
      const e = extra.find((x) => x.id === i.id);
      return {
        id: i.id,
        naam: i.naam,
        geboortedatum: i.geboortedatum,
        plaats: i.plaats,
        trede: e ? huidigeTrede(e.ladder) : null,
        lopend: e?.orientaties[0]?.nummer ?? null,
      };
    });
    return gelukt({ melding: "", kandidaten, q: parseZoekvraag(q).soort === "bsn" ? "" : q });
  },
});

/** The chosen inwoner on the registration form: name, birth date, trede, running oriëntatie. A logged read. */
export const kandidaatVoorOrientatie = defineUseCase({
  ...centrum,
  activiteit: "orientatie-inwoner-bekijken",
  bron: BRON_NIEUW,
  schema: idSchema,
  betrokkene: (i) => i.id,
  laad: ({ invoer }) => db.inwoner.findUnique({ where: { id: invoer.id }, include: metLadderEnLopend }),
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ doel: i }) {
    const lopend = i.orientaties[0] ?? null;
    return gelukt({
      melding: "",
      kandidaat: {
        id: i.id,
        naam: volledigeNaam(i),
        geboortedatum: i.geboortedatum,
        plaats: i.plaats,
        trede: huidigeTrede(i.ladder),
        lopend,
      },
    });
  },
});

/** The default einddatum for a start today, for the form's explanation. */
export async function standaardVoorVandaag(nu = new Date()) {
  const product = await orientatieProduct();
  const vandaag = vandaagInNederland(nu);
  return product ? { vandaag, einddatum: standaardEinddatum(product, vandaag) } : null;
}

class NogEenLopend extends Error {}

/** Register: the rules, then a number and the row in one transaction that re-checks "one at a time". */
export const registreerOrientatie = defineUseCase({
  ...centrum,
  activiteit: "orientatie-registreren",
  bron: BRON_NIEUW,
  schema: registratieSchema,
  betrokkene: (r) => r.inwonerId,
  laad: ({ invoer }) => db.inwoner.findUnique({ where: { id: invoer.inwonerId }, include: metLadderEnLopend }),
  nietGevonden: "Deze inwoner bestaat niet. Zoek de inwoner opnieuw.",
  nietGevondenVeld: "inwonerId",
  async uitvoeren({ invoer: r, doel: inwoner, gebruiker: g, audit, nu }) {
    // Issue 21 item 25 (docs/decisions/0034): a closed inwoner is out of the program.
    if (inwoner.afgeslotenOp)
      return veldFouten({ inwonerId: "Deze inwoner is afgesloten. Vraag de contactpersoon het dossier eerst te heropenen." });
    const product = await orientatieProduct();
    if (!product)
      return formFout("Het product Oriëntatie ontbreekt in de referentiegegevens. Neem contact op met de functioneel beheerder.");
    const lopend = inwoner.orientaties[0] ?? null;
    const uitkomst = controleerRegistratie({
      product,
      trede: huidigeTrede(inwoner.ladder),
      startdatum: r.startdatum,
      einddatum: r.einddatum,
      vandaag: vandaagInNederland(nu),
      lopend,
      geboortedatum: inwoner.geboortedatum,
      aowTabel: await db.aowLeeftijd.findMany(),
    });
    if (!uitkomst.ok) return veldFouten(uitkomst.fouten);

    const jaar = r.startdatum.getUTCFullYear();
    for (let poging = 0; poging < 5; poging++) {
      try {
        const o = await db.$transaction(async (tx) => {
          // Two registrations for one inwoner at once: the second waits (PostgreSQL's lock; SQLite
          // writes one at a time) and then counts the first.
          await vergrendel(db, tx, `orientatie:${inwoner.id}`);
          const volgnummer = (await tx.orientatie.count({ where: { nummer: { startsWith: nummerBegin("OR", jaar) } } })) + 1 + poging;
          const nieuw = await tx.orientatie.create({
            data: {
              nummer: maakOrientatienummer(jaar, volgnummer),
              inwonerId: inwoner.id,
              begeleiderId: g.id,
              startdatum: r.startdatum,
              einddatum: uitkomst.einddatum,
            },
          });
          if ((await tx.orientatie.count({ where: { inwonerId: inwoner.id, status: "LOPEND" } })) > 1) throw new NogEenLopend();
          return nieuw;
        });
        audit.toelichting = `${o.nummer}: geregistreerd`;
        return gelukt({ melding: `De oriëntatie ${o.nummer} is geregistreerd.`, id: o.id, nummer: o.nummer });
      } catch (e) {
        if (e instanceof NogEenLopend)
          return veldFouten({ inwonerId: "Deze inwoner heeft al een lopende oriëntatie. Rond die eerst af of stop hem." });
        if (!isUniekFout(e)) throw e;
      }
    }
    return formFout("Het lukte niet een oriëntatienummer te maken. Probeer het opnieuw.");
  },
});
