import "server-only";
import { vandaagInNederland } from "@/domain/datum";
import { isId } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { afgifteSchema, intrekSchema } from "@/domain/toewijzing/afgifte-invoer";
import { startMeldingSchema, stopMeldingSchema } from "@/domain/toewijzing/melding-invoer";
import { maakToewijzingnummer } from "@/domain/toewijzing/nummer";
import { iwmoKolommen } from "@/domain/toewijzing/omvang";
import { REDENEN_BEEINDIGING } from "@/domain/toewijzing/reden-beeindiging";
import { controleerToewijzing } from "@/domain/toewijzing/regels";
import { weergaveStatus, type WeergaveStatus } from "@/domain/toewijzing/status";
import type { Fout, Waarschuwing } from "@/domain/toewijzing/bevinding";
import type { ProductRegels } from "@/domain/toewijzing/product";
import type { Ingelogd } from "@/domain/gebruiker";
import { logVerwerking } from "../audit";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db, isUniekFout } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten, type Resultaat } from "../pipeline";
import { huidigeTrede, kiesContactpersoon } from "../inwoners/inwoners";
import { redenGeenBesluitOverToewijzing } from "./intern/traject-toegang";
import { wijzigingSelect, type WijzigingRegel } from "./wijzigingen";

// Toewijzingen (issue 4): issued by staff with mandate under the rules of
// src/domain/toewijzing/regels.ts, read by the aanbieder of the toewijzing only, started and
// stopped by that aanbieder. Every read or change of a toewijzing is a read or change of inwoner
// data and is audit-logged with the inwoner's pseudonymous id. The changes are use cases on the
// pipeline (src/server/pipeline.ts), which checks the permission, parses the form with the schemas
// of src/domain/toewijzing and writes the audit record; the reads below check and log themselves.

export async function productRegels(): Promise<ProductRegels[]> {
  const producten = await db.product.findMany({ orderBy: { volgorde: "asc" }, include: { startTreden: true } });
  return producten.map((p) => ({ ...p, startTreden: p.startTreden.map((s) => s.trede) }));
}

/**
 * The choices on the toewijzing form, for staff who may issue: products, aanbieders with a
 * contract, and their published werkplekken. Nothing for anyone else.
 */
export async function afgifteKeuzes(g: Ingelogd | null) {
  if (!g || !mag(g.rol, "toewijzing:afgeven")) return null;
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
}

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
  async uitvoeren({ invoer: f, doel: inwoner, gebruiker: g, audit }): Promise<Afgifte> {
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
        const t = await db.toewijzing.create({
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

const toewijzingInclude = {
  inwoner: {
    select: {
      id: true,
      voornamen: true,
      tussenvoegsel: true,
      achternaam: true,
      geboortedatum: true,
      straat: true,
      huisnummer: true,
      postcode: true,
      plaats: true,
      uitkering: true,
    },
  },
  product: { select: { code: true, naam: true, korteNaam: true, categorie: true, begeleiding: true, prijsEenheid: true } },
  aanbieder: { select: { id: true, naam: true } },
  werkplek: { select: { titel: true, slug: true } },
  contactpersoon: { select: { naam: true, email: true } },
  afgegevenDoor: { select: { naam: true } },
  verlenging: { select: { id: true, nummer: true } },
  verlengingVan: { select: { id: true, nummer: true } },
  wijzigingen: {
    select: { id: true, soort: true, oudeEinddatum: true, nieuweEinddatum: true, reden: true, redenWijziging: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} as const;

/** One toewijzing for gemeente staff. */
export async function toewijzingVoorGemeente(g: Ingelogd | null, id: string, bron: string) {
  if (!isId(id)) return null;
  const t = await db.toewijzing.findUnique({ where: { id }, include: toewijzingInclude });
  if (!t) return null;
  if (!g || !mag(g.rol, "inwoner:lezen")) {
    await logVerwerking(g, "toewijzing-bekijken", bron, t.inwonerId, "geweigerd");
    return null;
  }
  await logVerwerking(g, "toewijzing-bekijken", bron, t.inwonerId);
  // Item 28: why this user may not end, correct or withdraw it (null: they may).
  const geenBesluit = mag(g.rol, "toewijzing:afgeven") ? redenGeenBesluitOverToewijzing(g, t, t.product, t.inwoner.uitkering) : null;
  return { ...t, inwonerNaam: volledigeNaam(t.inwoner), magBesluiten: mag(g.rol, "toewijzing:afgeven") && !geenBesluit, geenBesluit };
}

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
    const r = await db.toewijzing.updateMany({
      where: { id, status: "TOEGEWEZEN" },
      data: { status: "INGETROKKEN", ingetrokkenOp: nu, intrekkingsreden: reden },
    });
    if (r.count === 0) {
      return formFout("Alleen een toewijzing die nog niet is gestart kan worden ingetrokken. Een gestarte toewijzing wordt beëindigd.");
    }
    audit.toelichting = `${t.nummer}: ingetrokken`;
    return gelukt({ melding: "De toewijzing is ingetrokken.", id });
  },
});

// ---------------------------------------------------------------------------------------------
// The aanbieder's side: own organisation only, no BSN, only what the aanbieder needs.
// ---------------------------------------------------------------------------------------------

export type AanbiederToewijzing = {
  id: string;
  nummer: string;
  inwonerNaam: string;
  geboortejaar: number;
  product: string;
  startdatum: Date;
  einddatum: Date;
  urenPerWeek: number | null;
  status: string;
  /** Issue 21 item 18: AFGELOPEN once the end date passed without a stop (derived, ADR 0033). */
  weergaveStatus: WeergaveStatus;
  contactpersoon: string | null;
  werkplek: string | null;
  gestartOp: Date | null;
  beeindigdOp: Date | null;
  redenBeeindiging: string | null;
  /** Issue 11: the gemeente's changes of the end date, oldest first. */
  wijzigingen: WijzigingRegel[];
  /**
   * Issue 21 item 21: a traject stopped "tijdelijk" and taken up again with a new toewijzing of
   * the same product at this aanbieder: the new one names the stopped one, and the reverse.
   */
  hervatVan: string | null;
  hervatIn: string | null;
};

type HervatBron = { id: string; nummer: string; inwonerId: string; productCode: string; startdatum: Date };
type HervatStop = HervatBron & { redenBeeindiging: string | null; beeindigdOp: Date | null };

/** The toewijzing that takes up `t` again after a temporary stop, and the reverse (same inwoner, product and list). */
function hervattingen(lijst: readonly HervatStop[]): Map<string, { hervatVan: string | null; hervatIn: string | null }> {
  const uit = new Map<string, { hervatVan: string | null; hervatIn: string | null }>();
  const bij = (id: string) => uit.get(id) ?? uit.set(id, { hervatVan: null, hervatIn: null }).get(id)!;
  for (const stop of lijst) {
    if (stop.redenBeeindiging !== "TIJDELIJK" || !stop.beeindigdOp) continue;
    const volgende = lijst
      .filter((n) => n.inwonerId === stop.inwonerId && n.productCode === stop.productCode && n.startdatum > stop.beeindigdOp!)
      .sort((a, b) => a.startdatum.getTime() - b.startdatum.getTime())[0];
    if (!volgende) continue;
    bij(stop.id).hervatIn = volgende.nummer;
    bij(volgende.id).hervatVan = stop.nummer;
  }
  return uit;
}

export async function toewijzingenVanAanbieder(g: Ingelogd | null, bron: string): Promise<AanbiederToewijzing[]> {
  if (!g || !g.aanbiederId || !mag(g.rol, "toewijzing:lezen-eigen")) return [];
  const lijst = await db.toewijzing.findMany({
    where: { aanbiederId: g.aanbiederId, status: { not: "INGETROKKEN" } },
    orderBy: [{ einddatum: "asc" }],
    include: {
      inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } },
      product: { select: { korteNaam: true } },
      contactpersoon: { select: { naam: true } },
      werkplek: { select: { titel: true } },
      wijzigingen: { select: wijzigingSelect, orderBy: { createdAt: "asc" } },
    },
  });
  for (const t of lijst) await logVerwerking(g, "toewijzing-bekijken-aanbieder", bron, t.inwoner.id);
  const vandaag = vandaagInNederland();
  const hervat = hervattingen(lijst);
  return lijst.map((t) => ({
    id: t.id,
    nummer: t.nummer,
    inwonerNaam: volledigeNaam(t.inwoner),
    geboortejaar: t.inwoner.geboortedatum.getUTCFullYear(),
    product: t.product.korteNaam,
    startdatum: t.startdatum,
    einddatum: t.einddatum,
    urenPerWeek: t.urenPerWeek,
    status: t.status,
    weergaveStatus: weergaveStatus(t, vandaag),
    contactpersoon: t.contactpersoon?.naam ?? null,
    werkplek: t.werkplek?.titel ?? null,
    gestartOp: t.gestartOp,
    beeindigdOp: t.beeindigdOp,
    redenBeeindiging: t.redenBeeindiging
      ? (REDENEN_BEEINDIGING.find((r) => r.key === t.redenBeeindiging)?.label ?? t.redenBeeindiging)
      : null,
    wijzigingen: t.wijzigingen,
    hervatVan: hervat.get(t.id)?.hervatVan ?? null,
    hervatIn: hervat.get(t.id)?.hervatIn ?? null,
  }));
}

const NIET_GEVONDEN = "Deze toewijzing bestaat niet of hoort niet bij jouw organisatie.";

/** The toewijzing named in the input, only when it is of the caller's own organisation. */
const eigenToewijzing = ({ gebruiker, invoer }: { gebruiker: Ingelogd; invoer: { id: string } }) =>
  db.toewijzing.findFirst({ where: { id: invoer.id, aanbiederId: gebruiker.aanbiederId ?? "-" } });

const melder = {
  toegang: "toewijzing:start-stop-melden",
  betrokkene: betrokkeneVanToewijzing,
  magGebruiker: (g: Ingelogd) => Boolean(g.aanbiederId),
  laad: eigenToewijzing,
  nietGevonden: NIET_GEVONDEN,
} as const;

/** A transaction or the client: start and stop are applied inside an iWmo import's transaction too. */
type Schrijver = Pick<typeof db, "toewijzing">;
type StartStopDoel = { id: string; startdatum: Date; einddatum: Date; gestartOp: Date | null };
/** Why a start or stop is refused: at the date field, or for the whole report. */
export type StartStopFout = { veld: "datum" | null; melding: string };

/**
 * The rules and the change of a start report, shared by the portal's form (meldStart) and an
 * imported WMO305 (src/server/iwmo/invoer.ts), so both end in the same state.
 */
export async function registreerStart(tx: Schrijver, t: StartStopDoel, datum: Date, nu: Date): Promise<StartStopFout | null> {
  if (datum < t.startdatum || datum > t.einddatum) return { veld: "datum", melding: "De start ligt binnen de periode van de toewijzing." };
  if (datum > vandaagInNederland(nu)) {
    return { veld: "datum", melding: "Meld de start op of na de dag dat de inwoner begonnen is, niet vooraf." };
  }
  const r = await tx.toewijzing.updateMany({ where: { id: t.id, status: "TOEGEWEZEN" }, data: { status: "GESTART", gestartOp: datum } });
  return r.count === 0 ? { veld: null, melding: "De start van deze toewijzing is al gemeld." } : null;
}

/** The rules and the change of a stop report (meldStop and an imported WMO307). */
export async function registreerStop(
  tx: Schrijver,
  t: StartStopDoel,
  datum: Date,
  /** A key of REDENEN_BEEINDIGING. */
  reden: string,
  nu: Date,
): Promise<StartStopFout | null> {
  if (datum < (t.gestartOp ?? t.startdatum) || datum > t.einddatum) {
    return { veld: "datum", melding: "De stopdatum ligt tussen de start en het einde van de toewijzing." };
  }
  // Defect 8 (ADR 0017): the stop is reported when it happened, like the start; a future date
  // would set "beëindigd" at once while the inwoner still works.
  if (datum > vandaagInNederland(nu)) {
    return { veld: "datum", melding: "Meld de stop op of na de laatste dag van de inwoner, niet vooraf." };
  }
  const r = await tx.toewijzing.updateMany({
    where: { id: t.id, status: "GESTART" },
    data: { status: "BEEINDIGD", beeindigdOp: datum, redenBeeindiging: reden },
  });
  return r.count === 0 ? { veld: null, melding: "Alleen een gestarte toewijzing kan worden gestopt." } : null;
}

const alsUitkomst = (f: StartStopFout) => (f.veld ? veldFouten({ [f.veld]: f.melding }) : formFout(f.melding));

/** The aanbieder reports the actual start date: within the toewijzing, and not ahead of time. */
export const meldStart = defineUseCase({
  ...melder,
  activiteit: "toewijzing-start-melden",
  bron: "/aanbieder/toewijzingen#start",
  schema: startMeldingSchema,
  async uitvoeren({ invoer: { datum }, doel: t, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const fout = await registreerStart(db, t, datum, nu);
    if (fout) return alsUitkomst(fout);
    audit.toelichting = `${t.nummer}: gestart`;
    return gelukt({ melding: "De start is gemeld. De gemeente ziet het meteen." });
  },
});

/** The aanbieder reports the stop: a date between the start and the end, and an iWmo reden beëindiging. */
export const meldStop = defineUseCase({
  ...melder,
  activiteit: "toewijzing-stop-melden",
  bron: "/aanbieder/toewijzingen#stop",
  schema: stopMeldingSchema,
  async uitvoeren({ invoer: { datum, reden }, doel: t, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const fout = await registreerStop(db, t, datum, reden, nu);
    if (fout) return alsUitkomst(fout);
    audit.toelichting = `${t.nummer}: gestopt (${reden})`;
    return gelukt({ melding: "De stop is gemeld. De gemeente ziet het meteen." });
  },
});
