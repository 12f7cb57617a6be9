import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { idSchema } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { adviesSchema, lijstSchema, stopSchema } from "@/domain/orientatie/invoer";
import { magAdviesVastleggen, signaal } from "@/domain/orientatie/regels";
import { betrokkeneVanOrientatie } from "../betrokkene";
import { db } from "../db";
import { inwonerKern } from "../inwoners/intern";
import { defineQuery, defineUseCase, formFout, gelukt } from "../pipeline";
import { centrum } from "./intern";

// Running an oriëntatie (ADR 0018): the centrum's list, one oriëntatie with its course, the advice
// that ends it, a stop with a reason. Only the centrum (orientatie:uitvoeren); the inwoner's
// contact person reads the outcome on the inwoner's page (orientatiesVanInwoner). Every read is a
// read of inwoner data and is audit-logged with the inwoner's pseudonymous id.

const NIET_GEVONDEN = "Deze oriëntatie bestaat niet.";

const volledig = {
  inwoner: { select: inwonerKern },
  begeleider: { select: { naam: true, email: true } },
  ladderRegels: { select: { id: true, datum: true, trede: true }, orderBy: { datum: "asc" as const } },
} as const;

/** One oriëntatie for the centrum; `bron` tells the detail page from the print view in the log. */
function bekijk(bron: string) {
  return defineQuery({
    ...centrum,
    activiteit: "orientatie-bekijken",
    bron,
    schema: idSchema,
    betrokkene: betrokkeneVanOrientatie,
    nietGevonden: NIET_GEVONDEN,
    async laad({ invoer, nu }) {
      const o = await db.orientatie.findUnique({ where: { id: invoer.id }, include: volledig });
      if (!o) return null;
      const vandaag = vandaagInNederland(nu);
      return { orientatie: { ...o, inwonerNaam: volledigeNaam(o.inwoner), signaal: signaal(o, vandaag) }, vandaag };
    },
    betrokkenen: (d) => d.orientatie.inwonerId,
  });
}
export const bekijkOrientatie = bekijk("/gemeente/orientaties/[id]");
export const bekijkAdvies = bekijk("/gemeente/orientaties/[id]/advies");

/** The centrum's list: running ones by end date (what runs out first on top), or the closed ones. One record per inwoner listed. */
export const orientatieLijst = defineQuery({
  ...centrum,
  activiteit: "orientatie-lijst-bekijken",
  bron: "/gemeente/orientaties",
  schema: lijstSchema,
  async laad({ invoer: { filter }, nu }) {
    const lijst = await db.orientatie.findMany({
      where: filter === "lopend" ? { status: "LOPEND" } : { status: { in: ["AFGEROND", "GESTOPT"] } },
      orderBy: filter === "lopend" ? [{ einddatum: "asc" }, { nummer: "asc" }] : [{ updatedAt: "desc" }],
      take: 200,
      include: { inwoner: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } }, begeleider: { select: { naam: true } } },
    });
    const vandaag = vandaagInNederland(nu);
    return {
      regels: lijst.map((o) => ({
        id: o.id,
        nummer: o.nummer,
        inwonerId: o.inwonerId,
        inwonerNaam: volledigeNaam(o.inwoner),
        begeleider: o.begeleider.naam,
        status: o.status,
        startdatum: o.startdatum,
        einddatum: o.einddatum,
        afgeslotenOp: o.adviesOp ?? o.gestoptOp,
        signaal: signaal(o, vandaag),
      })),
    };
  },
  betrokkenen: (d) => d.regels.map((o) => o.inwonerId),
});

const laadOrientatie = ({ invoer }: { invoer: { id: string } }) =>
  db.orientatie.findUnique({
    where: { id: invoer.id },
    select: { id: true, nummer: true, inwonerId: true, status: true, startdatum: true },
  });

/** RULES §2: the written advice ends the oriëntatie; optionally the trede after it in the ladder (R-LAD-3). */
export const legAdviesVast = defineUseCase({
  ...centrum,
  activiteit: "orientatie-advies-vastleggen",
  bron: "/gemeente/orientaties/[id]#advies",
  schema: adviesSchema,
  betrokkene: betrokkeneVanOrientatie,
  laad: laadOrientatie,
  nietGevonden: NIET_GEVONDEN,
  async uitvoeren({ invoer: a, doel: o, gebruiker: g, audit, nu }) {
    audit.betrokkene = o.inwonerId;
    const vandaag = vandaagInNederland(nu);
    const weigering = magAdviesVastleggen(o, vandaag);
    if (weigering) return formFout(weigering);
    const gelukte = await db.$transaction(async (tx) => {
      const r = await tx.orientatie.updateMany({
        where: { id: o.id, status: "LOPEND" },
        data: {
          status: "AFGEROND",
          adviesWerkveld: a.adviesWerkveld,
          adviesOpleiding: a.adviesOpleiding,
          adviesVervolg: a.adviesVervolg,
          adviesOp: vandaag,
        },
      });
      if (r.count === 0) return false;
      if (a.trede !== null) {
        await tx.ladderRegel.create({
          data: {
            inwonerId: o.inwonerId,
            datum: vandaag,
            trede: a.trede,
            toelichting: `Na oriëntatie ${o.nummer}`,
            vastgelegdDoorId: g.id,
            orientatieId: o.id,
          },
        });
      }
      return true;
    });
    if (!gelukte) return formFout("Deze oriëntatie is al afgesloten.");
    audit.toelichting = `${o.nummer}: afgerond met advies${a.trede !== null ? `, trede ${a.trede}` : ""}`;
    return gelukt({ melding: `Het advies is vastgelegd en de oriëntatie ${o.nummer} is afgerond.`, id: o.id });
  },
});

/** Stopping early, with a reason; no advice follows. */
export const stopOrientatie = defineUseCase({
  ...centrum,
  activiteit: "orientatie-stoppen",
  bron: "/gemeente/orientaties/[id]#stoppen",
  schema: stopSchema,
  betrokkene: betrokkeneVanOrientatie,
  laad: laadOrientatie,
  nietGevonden: NIET_GEVONDEN,
  async uitvoeren({ invoer: { id, stopreden }, doel: o, audit, nu }) {
    audit.betrokkene = o.inwonerId;
    const r = await db.orientatie.updateMany({
      where: { id, status: "LOPEND" },
      data: { status: "GESTOPT", gestoptOp: vandaagInNederland(nu), stopreden },
    });
    if (r.count === 0) return formFout("Deze oriëntatie is al afgesloten.");
    audit.toelichting = `${o.nummer}: gestopt`;
    return gelukt({ melding: `De oriëntatie ${o.nummer} is gestopt.`, id });
  },
});

/**
 * The inwoner's oriëntaties for the inwoner's page: staff who read inwoners see the period, the
 * status and the advice (the contact person builds on it). One logged read.
 */
export const orientatiesVanInwoner = defineQuery({
  activiteit: "orientaties-van-inwoner-bekijken",
  bron: "/gemeente/inwoners/[id]#orientaties",
  schema: idSchema,
  toegang: "inwoner:lezen",
  betrokkene: (i) => i.id,
  async laad({ invoer: { id } }) {
    const lijst = await db.orientatie.findMany({
      where: { inwonerId: id },
      orderBy: { startdatum: "desc" },
      select: {
        id: true,
        nummer: true,
        status: true,
        startdatum: true,
        einddatum: true,
        adviesWerkveld: true,
        adviesOpleiding: true,
        adviesVervolg: true,
        adviesOp: true,
        gestoptOp: true,
        stopreden: true,
        begeleider: { select: { naam: true } },
      },
    });
    return { orientaties: lijst };
  },
  betrokkenen: (_, i) => i.id,
});
