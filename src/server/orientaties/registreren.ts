import "server-only";
import { z } from "zod";
import { vandaagInNederland } from "@/domain/kalender";
import { idSchema } from "@/domain/id";
import { parseZoekvraag, volledigeNaam } from "@/domain/inwoner/invoer";
import { orientatieZoekSchema, registratieSchema } from "@/domain/orientatie/invoer";
import { controleerRegistratie } from "@/domain/orientatie/regels";
import { maakOrientatienummer, nummerBegin } from "@/domain/toewijzing/nummer";
import { db, isUniekFout } from "../db";
import { huidigeTrede } from "@/domain/inwoner/trede";
import { vindInwoners } from "../inwoners/zoeken";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { vergrendel } from "../sql-dialect";
import { centrum, orientatieProduct, standaardVoorVandaag } from "./intern";

// Registering an oriëntatie (ADR 0018): the centrum finds the inwoner with the inwoners search
// (a POST, so a BSN never reaches a URL), chooses, and enters the period. The rules are in
// src/domain/orientatie/regels.ts; this module adds the data they need and the one-at-a-time
// guarantee under concurrency.

const BRON_NIEUW = "/gemeente/orientaties/nieuw";

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
export const kandidaatVoorOrientatie = defineQuery({
  ...centrum,
  activiteit: "orientatie-inwoner-bekijken",
  bron: BRON_NIEUW,
  schema: idSchema,
  betrokkene: (i) => i.id,
  nietGevonden: "Deze inwoner bestaat niet.",
  async laad({ invoer }) {
    const i = await db.inwoner.findUnique({ where: { id: invoer.id }, include: metLadderEnLopend });
    if (!i) return null;
    return {
      kandidaat: {
        id: i.id,
        naam: volledigeNaam(i),
        geboortedatum: i.geboortedatum,
        plaats: i.plaats,
        trede: huidigeTrede(i.ladder),
        lopend: i.orientaties[0] ?? null,
      },
    };
  },
  betrokkenen: (d) => d.kandidaat.id,
});

/** What the registration page shows before anything is chosen: the product's treden and the default period. */
export const orientatieRegistratie = defineQuery({
  ...centrum,
  activiteit: "orientatie-registratie-bekijken",
  bron: BRON_NIEUW,
  schema: z.object({}),
  nietGevonden: "Het product Oriëntatie ontbreekt in de referentiegegevens.",
  async laad({ nu }) {
    const [product, standaard] = await Promise.all([orientatieProduct(), standaardVoorVandaag(nu)]);
    return product && standaard ? { product, standaard } : null;
  },
});

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
