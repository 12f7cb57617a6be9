import "server-only";
import { afhandelenSchema, koppelenSchema, INWONER_ONBEKEND, toewijzenSchema } from "@/domain/interesse-behandeling";
import { formatDatum } from "@/domain/format";
import { mag } from "@/domain/permissies";
import { z } from "zod";
import { db } from "../db";
import { vindInwoners } from "../inwoners/zoeken";
import { defineQuery, defineUseCase, gelukt, veldFouten } from "../pipeline";

const BRON = "/gemeente/interesse";

/** About whom a request is, in the audit log: the inwoner once linked, the request until then. */
const pseudoniem = (i: { id: string; inwonerId: string | null }) => i.inwonerId ?? `interesse:${i.id}`;

/** How many "ik heb interesse" requests wait for handling; only for roles that handle them. */
export const aantalNieuweInteresses = defineQuery({
  activiteit: "interesse-tellen",
  bron: "/gemeente",
  toegang: "interesse:behandelen",
  schema: z.object({}),
  laad: () => db.interesse.count({ where: { status: "NIEUW" } }),
});

/**
 * The queue of requests, oldest open first, then the handled ones. A request holds personal data
 * (name, contact details), so each one shown is logged, with the request's id as pseudonym until
 * it is linked to an inwoner.
 */
export const interesseWachtrij = defineQuery({
  activiteit: "interesse-bekijken",
  bron: BRON,
  toegang: "interesse:behandelen",
  schema: z.object({ filter: z.enum(["open", "afgehandeld"]).default("open") }),
  laad: ({ invoer: { filter } }) =>
    db.interesse.findMany({
      where: filter === "open" ? { status: { not: "AFGEHANDELD" } } : { status: "AFGEHANDELD" },
      orderBy: { createdAt: filter === "open" ? "asc" : "desc" },
      take: 100,
      include: {
        werkplek: { select: { titel: true, slug: true, aanbieder: { select: { naam: true } } } },
        behandelaar: { select: { id: true, naam: true } },
        inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
      },
    }),
  betrokkenen: (lijst) => lijst.map(pseudoniem),
});

// Assign to a staff member, link to an inwoner, or mark handled: three processings, three
// activities in the audit log. Each is bound to the request's id in the page.
const behandeling = {
  toegang: "interesse:behandelen",
  geenToegang: "Je mag aanvragen niet behandelen.",
  laad: ({ invoer }: { invoer: { id: string } }) =>
    db.interesse.findUnique({ where: { id: invoer.id }, select: { id: true, inwonerId: true } }),
  nietGevonden: "Deze aanvraag bestaat niet.",
  // A refusal names what it concerned: the linked inwoner, or the request's own pseudonym.
  betrokkene: async ({ id }: { id: string }) => {
    const i = await db.interesse.findUnique({ where: { id }, select: { id: true, inwonerId: true } });
    return i && pseudoniem(i);
  },
} as const;

export const wijsInteresseToe = defineUseCase({
  ...behandeling,
  activiteit: "interesse-toewijzen",
  bron: BRON,
  schema: toewijzenSchema,
  async uitvoeren({ invoer: { id, behandelaarId }, doel, audit }) {
    audit.betrokkene = pseudoniem(doel);
    const b = await db.gebruiker.findFirst({
      where: { id: behandelaarId, actief: true, aanbiederId: null },
      select: { id: true, naam: true, rol: true },
    });
    if (!b || !mag(b.rol, "interesse:behandelen")) return veldFouten({ behandelaarId: "Kies een medewerker uit de lijst." });
    await db.interesse.update({ where: { id }, data: { behandelaarId: b.id, status: "IN_BEHANDELING" } });
    return gelukt({ melding: `De aanvraag is toegewezen aan ${b.naam}.` });
  },
});

export const koppelInteresse = defineUseCase({
  ...behandeling,
  activiteit: "interesse-koppelen",
  bron: BRON,
  schema: koppelenSchema,
  // Linking concerns the inwoner chosen as well: a refused link is in that inwoner's log.
  betrokkene: async (k: { id: string; inwoner?: string }) => k.inwoner ?? (await behandeling.betrokkene(k)),
  async uitvoeren({ invoer: { id, inwoner: inwonerId, zoek }, doel, gebruiker, audit }) {
    audit.betrokkene = pseudoniem(doel);
    if (!inwonerId) {
      // First step: the inwoners that match, to choose from (each one found is a logged read;
      // nothing is refused or changed yet, so the pipeline writes no record of its own).
      audit.betrokkene = null;
      if (!mag(gebruiker.rol, "inwoner:lezen")) return veldFouten({ zoek: "Je mag inwoners niet opzoeken." });
      const gevonden = await vindInwoners(gebruiker, { q: zoek ?? "" }, { bron: BRON });
      const kandidaten = (gevonden.ok ? gevonden.data : []).map((i) => ({
        id: i.id,
        label: `${i.naam}, geboren ${formatDatum(i.geboortedatum)}${i.plaats ? `, ${i.plaats}` : ""}`,
      }));
      if (kandidaten.length === 0) {
        return veldFouten({ zoek: `Geen inwoner gevonden bij "${zoek}". Zoek op een andere schrijfwijze of registreer de inwoner eerst.` });
      }
      return veldFouten({ zoek: "Kies de inwoner hieronder." }, null, { kandidaten });
    }
    const inwoner = await db.inwoner.findUnique({ where: { id: inwonerId }, select: { id: true } });
    if (!inwoner) return veldFouten({ inwoner: INWONER_ONBEKEND });
    await db.interesse.update({ where: { id }, data: { inwonerId: inwoner.id } });
    audit.betrokkene = inwoner.id;
    audit.toelichting = `interesse:${id} gekoppeld`;
    return gelukt({ melding: "De aanvraag is gekoppeld aan de inwoner." });
  },
});

export const handelInteresseAf = defineUseCase({
  ...behandeling,
  activiteit: "interesse-afhandelen",
  bron: BRON,
  schema: afhandelenSchema,
  async uitvoeren({ invoer: { id }, doel, audit, nu }) {
    audit.betrokkene = pseudoniem(doel);
    await db.interesse.update({ where: { id }, data: { status: "AFGEHANDELD", afgehandeldOp: nu } });
    return gelukt({ melding: "De aanvraag is afgehandeld." });
  },
});

/** Staff who may handle requests, to assign one to. */
export const behandelaars = defineQuery({
  activiteit: "behandelaars-bekijken",
  bron: BRON,
  toegang: "interesse:behandelen",
  schema: z.object({}),
  async laad() {
    const staf = await db.gebruiker.findMany({
      where: { actief: true, aanbiederId: null },
      orderBy: { naam: "asc" },
      select: { id: true, naam: true, rol: true },
    });
    return staf.filter((s) => mag(s.rol, "interesse:behandelen"));
  },
});
