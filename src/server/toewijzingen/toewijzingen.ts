import "server-only";
import { z } from "zod";
import { productRegels } from "./intern/producten";
import { afgifteSchema, intrekSchema } from "@/domain/toewijzing/afgifte-invoer";
import { maakToewijzingnummer } from "@/domain/toewijzing/nummer";
import { iwmoKolommen } from "@/domain/toewijzing/omvang";
import { controleerToewijzing } from "@/domain/toewijzing/regels";
import type { Fout, Waarschuwing } from "@/domain/toewijzing/bevinding";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db, isUniekFout } from "../db";
import { berichtenBijToewijzing, MET_BERICHTEN } from "../iwmo/intern/uitgaand";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten, type Resultaat } from "../pipeline";
import { huidigeTrede } from "@/domain/inwoner/trede";
import { kiesContactpersoon } from "../inwoners/intern";
import { redenGeenBesluitOverToewijzing } from "./intern/traject-toegang";

// Toewijzingen (issue 4): issued by staff with mandate under the rules of
// src/domain/toewijzing/regels.ts, read by the aanbieder of the toewijzing only, started and
// stopped by that aanbieder. Every read or change of a toewijzing is a read or change of inwoner
// data and is audit-logged with the inwoner's pseudonymous id. The changes are use cases on the
// pipeline (src/server/pipeline/), which checks the permission, parses the form with the schemas
// of src/domain/toewijzing and writes the audit record. The reads are in ./toewijzing-lezen.ts, the
// aanbieder's start and stop in ./start-stop.ts.

/**
 * The choices on the toewijzing form, for staff who may issue: products, aanbieders with a
 * contract, and their published werkplekken. Nothing for anyone else.
 */
export const afgifteKeuzes = defineQuery({
  activiteit: "afgiftekeuzes-bekijken",
  bron: "/gemeente/toewijzingen/nieuw",
  toegang: "toewijzing:afgeven",
  schema: z.object({}),
  async laad() {
    const [producten, aanbieders, werkplekken] = await Promise.all([
      // Oriëntatie is the Centrum's own record, never a toewijzing (afgever.ts, ADR 0018).
      productRegels().then((l) => l.filter((p) => p.categorie !== "ORIENTATIE")),
      db.aanbieder.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
      db.werkplek.findMany({
        where: { status: "GEPUBLICEERD" },
        orderBy: [{ aanbieder: { naam: "asc" } }, { titel: "asc" }],
        select: { id: true, titel: true, plaats: true, aanbieder: { select: { naam: true } } },
      }),
    ]);
    return { producten, aanbieders, werkplekken };
  },
});

type RegelFouten = { regelFouten: Fout[] };
type Afgifte = Resultaat<{ melding: string; id: string; nummer: string; inwonerId: string; waarschuwingen: Waarschuwing[] }, RegelFouten>;
/** A refusal by the policy rules: listed above the form, and at the field when the rule names one. */
const regelFout = (regelFouten: Fout[]) => veldFouten<RegelFouten>({}, null, { regelFouten });

const AFGESLOTEN = "Deze inwoner is afgesloten. Heropen eerst het dossier van de inwoner als er weer een toewijzing nodig is.";

/**
 * Issue a toewijzing: every rule checked by the domain (src/domain/toewijzing/regels.ts); a unique
 * number; iWmo and tariff recorded. The rule findings travel with the refusal as `regelFouten`.
 */
export const geefToewijzingAf = defineUseCase({
  activiteit: "toewijzing-afgeven",
  bron: "/gemeente/toewijzingen/nieuw",
  schema: afgifteSchema,
  toegang: "toewijzing:afgeven",
  // R-TOE-1: the permission is the mandate.
  geenToegang: "Je hebt geen mandaat om toewijzingen af te geven.",
  betrokkene: (f) => f.inwonerId,
  laad: ({ invoer }) =>
    db.inwoner.findUnique({
      where: { id: invoer.inwonerId },
      include: { ladder: true, toewijzingen: { include: { product: true, verlenging: { select: { id: true } } } } },
    }),
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ invoer: f, doel: inwoner, gebruiker: g, audit, nu }): Promise<Afgifte> {
    // Issue 21 item 25 (docs/decisions/0034): a closed inwoner gets nothing new until reopened.
    if (inwoner.afgeslotenOp) return veldFouten<RegelFouten>({}, AFGESLOTEN);
    const fouten: Record<string, string> = {};
    const producten = await productRegels();
    const product = producten.find((p) => p.code === f.productCode);
    if (!product) fouten.productCode = "Kies een product.";
    const aanbieder = await db.aanbieder.findUnique({ where: { id: f.aanbiederId } });
    if (!aanbieder) fouten.aanbiederId = "Kies een aanbieder.";
    const werkplek = f.werkplekId
      ? await db.werkplek.findFirst({
          where: { id: f.werkplekId, aanbiederId: aanbieder?.id ?? "-", status: "GEPUBLICEERD" },
          select: {
            titel: true,
            biedtTrede3: true,
            biedtTrede4: true,
            ontwikkelingNaar3: true,
            ontwikkelingNaar4: true,
            ontwikkelingNaar5: true,
          },
        })
      : null;
    if (f.werkplekId && !werkplek) fouten.werkplekId = "Deze werkplek hoort niet bij de gekozen aanbieder.";
    const { startdatum, einddatum, urenPerWeek: uren } = f;
    if (Object.keys(fouten).length || !product || !aanbieder) return veldFouten<RegelFouten>(fouten);

    // R-TOE-4: the chain of earlier periods when this extends one.
    const keten: { productCode: string; startdatum: Date; einddatum: Date }[] = [];
    let vorige = f.verlengingVanId ? (inwoner.toewijzingen.find((t) => t.id === f.verlengingVanId) ?? null) : null;
    if (f.verlengingVanId && !vorige) return veldFouten<RegelFouten>({ verlengingVanId: "Deze toewijzing hoort niet bij deze inwoner." });
    const vorigeStatus = vorige?.status;
    const verlengingVanId = vorige?.id ?? null;
    if (vorige && (await db.toewijzing.count({ where: { verlengingVanId: vorige.id } }))) {
      return regelFout([{ regel: "R-TOE-4", melding: "Deze periode is al verlengd. Verleng de laatste periode." }]);
    }
    while (vorige) {
      keten.unshift({ productCode: vorige.productCode, startdatum: vorige.startdatum, einddatum: vorige.beeindigdOp ?? vorige.einddatum });
      const id: string | null = vorige.verlengingVanId;
      vorige = id ? (inwoner.toewijzingen.find((t) => t.id === id) ?? null) : null;
    }

    const [tarieven, aowTabel] = await Promise.all([
      db.tarief.findMany({ select: { productCode: true, jaar: true, bedragCent: true } }),
      db.aowLeeftijd.findMany(),
    ]);
    const uitkomst = controleerToewijzing({
      afgever: { rol: g.rol },
      inwoner: { geboortedatum: inwoner.geboortedatum, trede: huidigeTrede(inwoner.ladder), uitkering: inwoner.uitkering },
      product,
      startdatum,
      einddatum,
      urenPerWeek: uren,
      // Defect 5: the period being extended carries its status (an ingetrokken one cannot be extended).
      verlengingVan: keten.map((k, n) => (n === keten.length - 1 ? { ...k, status: vorigeStatus } : k)),
      werkplek,
      aanbieder,
      bestaandeToewijzingen: inwoner.toewijzingen.map((t) => ({
        nummer: t.nummer,
        verlengd: Boolean(t.verlenging),
        verlengingsnummer: t.verlengingsnummer,
        productCode: t.productCode,
        productNaam: t.product.korteNaam,
        categorie: t.product.categorie,
        startdatum: t.startdatum,
        einddatum: t.beeindigdOp ?? t.einddatum,
        status: t.status,
        aanbiederId: t.aanbiederId,
      })),
      tarieven,
      aowTabel,
      redenNieuwTraject: f.redenNieuwTraject,
    });
    if (!uitkomst.ok) {
      // Fields the form has outside the rule list (werkplek, aanbieder) also get their message there.
      const bijVeld = Object.fromEntries(
        uitkomst.fouten.filter((x) => x.veld === "werkplekId" || x.veld === "aanbiederId").map((x) => [x.veld!, x.melding]),
      );
      // Item 21: a new ontwikkeling within the waiting time asks for a reason at its field.
      const wachttijd = uitkomst.fouten.find((x) => x.regel === "R-TOE-4" && x.veld === "startdatum" && !f.verlengingVanId);
      if (wachttijd) bijVeld.redenNieuwTraject = wachttijd.melding;
      return veldFouten<RegelFouten>(bijVeld, null, { regelFouten: uitkomst.fouten });
    }
    // The contact person (R-TOE-2, defect 3): the inwoner's when active and of the role the rule
    // asks for; else the issuer or the proposal of that role; never someone of another role.
    const eigen = inwoner.contactpersoonId
      ? await db.gebruiker.findFirst({
          where: { id: inwoner.contactpersoonId, rol: uitkomst.contactpersoonRol, actief: true },
          select: { id: true },
        })
      : null;
    const contact = eigen ? { ok: true as const, id: eigen.id } : await kiesContactpersoon(g, uitkomst.contactpersoonRol, null);
    if (!contact.ok)
      return formFout<RegelFouten>(
        contact.melding.replace(" Kies een contactpersoon.", " Leg eerst een contactpersoon vast bij de inwoner."),
      );
    const contactId = contact.id;

    const jaar = startdatum.getUTCFullYear();
    for (let poging = 0; poging < 5; poging++) {
      const volgnummer = (await db.toewijzing.count({ where: { nummer: { startsWith: `TW-${jaar}-` } } })) + 1 + poging;
      try {
        const t = await db.$transaction(async (tx) => {
          const t = await tx.toewijzing.create({
            data: {
              nummer: maakToewijzingnummer(jaar, volgnummer),
              inwonerId: inwoner.id,
              productCode: product.code,
              aanbiederId: aanbieder.id,
              werkplekId: f.werkplekId,
              startdatum,
              einddatum: uitkomst.einddatum,
              urenPerWeek: uren,
              verlengingVanId,
              verlengingsnummer: uitkomst.verlengingsnummer,
              // Item 21: recorded only when it was needed (a new traject within the waiting time).
              redenNieuwTraject: uitkomst.waarschuwingen.some((w) => w.regel === "R-TOE-4") ? f.redenNieuwTraject : null,
              tariefJaar: uitkomst.tarief?.jaar ?? null,
              tariefCent: uitkomst.tarief?.bedragCent ?? null,
              ...iwmoKolommen(uitkomst.iwmo),
              contactpersoonId: contactId,
              afgegevenDoorId: g.id,
            },
          });
          await berichtenBijToewijzing(tx, t.id, nu);
          return t;
        }, MET_BERICHTEN);
        audit.toelichting = t.nummer;
        return gelukt({
          melding: `De toewijzing ${t.nummer} is afgegeven.`,
          id: t.id,
          nummer: t.nummer,
          inwonerId: inwoner.id,
          waarschuwingen: uitkomst.waarschuwingen,
        });
      } catch (e) {
        if (!isUniekFout(e)) throw e;
      }
    }
    return formFout<RegelFouten>("Het lukte niet een toewijzingnummer te maken. Probeer het opnieuw.");
  },
});

/** Withdraw a toewijzing that has not started (status toegewezen), with a reason. */
export const trekIn = defineUseCase({
  activiteit: "toewijzing-intrekken",
  bron: "/gemeente/toewijzingen/[id]#intrekken",
  schema: intrekSchema,
  toegang: "toewijzing:afgeven",
  betrokkene: betrokkeneVanToewijzing,
  geenToegang: "Je mag geen toewijzingen intrekken.",
  laad: ({ invoer }) =>
    db.toewijzing.findUnique({
      where: { id: invoer.id },
      select: {
        id: true,
        nummer: true,
        inwonerId: true,
        contactpersoonId: true,
        product: { select: { korteNaam: true, categorie: true } },
        inwoner: { select: { uitkering: true } },
      },
    }),
  nietGevonden: "Deze toewijzing bestaat niet.",
  async uitvoeren({ invoer: { id, reden }, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const geenBesluit = redenGeenBesluitOverToewijzing(g, t, t.product, t.inwoner.uitkering);
    if (geenBesluit) return formFout(geenBesluit);
    const r = await db.$transaction(async (tx) => {
      const r = await tx.toewijzing.updateMany({
        where: { id, status: "TOEGEWEZEN" },
        data: { status: "INGETROKKEN", ingetrokkenOp: nu, intrekkingsreden: reden },
      });
      if (r.count) await berichtenBijToewijzing(tx, id, nu);
      return r;
    }, MET_BERICHTEN);
    if (r.count === 0) {
      return formFout("Alleen een toewijzing die nog niet is gestart kan worden ingetrokken. Een gestarte toewijzing wordt beëindigd.");
    }
    audit.toelichting = `${t.nummer}: ingetrokken`;
    return gelukt({ melding: "De toewijzing is ingetrokken.", id });
  },
});
