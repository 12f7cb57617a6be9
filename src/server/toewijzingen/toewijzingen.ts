import "server-only";
import { isId } from "@/domain/id";
import { volledigeNaam, parseDatum } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { maakToewijzingnummer } from "@/domain/toewijzing/nummer";
import { REDENEN_BEEINDIGING, redenenVoorAanbieder } from "@/domain/toewijzing/reden-beeindiging";
import { controleerToewijzing } from "@/domain/toewijzing/regels";
import type { Fout, Waarschuwing } from "@/domain/toewijzing/bevinding";
import type { ProductRegels } from "@/domain/toewijzing/product";
import type { Ingelogd } from "../auth/sessie";
import { logVerwerking } from "../audit";
import { db, isUniekFout } from "../db";
import { huidigeTrede } from "../inwoners/inwoners";

// Toewijzingen (issue 4): issued by staff with mandate under the rules of
// src/domain/toewijzing/regels.ts, read by the aanbieder of the toewijzing only, started and
// stopped by that aanbieder. Every read or change of a toewijzing is a read or change of inwoner
// data and is audit-logged with the inwoner's pseudonymous id.

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
    productRegels(),
    db.aanbieder.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db.werkplek.findMany({
      where: { status: "GEPUBLICEERD" },
      orderBy: [{ aanbieder: { naam: "asc" } }, { titel: "asc" }],
      select: { id: true, titel: true, plaats: true, aanbieder: { select: { naam: true } } },
    }),
  ]);
  return { producten, aanbieders, werkplekken };
}

export type AfgifteFormulier = {
  inwonerId: string;
  productCode: string;
  aanbiederId: string;
  werkplekId: string;
  startdatum: string;
  einddatum: string;
  urenPerWeek: string;
  verlengingVanId: string;
};

export type AfgifteUitkomst =
  | { ok: true; id: string; nummer: string; waarschuwingen: Waarschuwing[] }
  | { ok: false; fouten: Record<string, string>; regelFouten: Fout[]; melding: string | null };

/** Issue a toewijzing: every rule checked by the domain; a unique number; iWmo and tariff recorded. */
export async function geefToewijzingAf(g: Ingelogd | null, f: AfgifteFormulier, bron: string): Promise<AfgifteUitkomst> {
  const betrokkene = isId(f.inwonerId) ? f.inwonerId : null;
  if (!g || !mag(g.rol, "toewijzing:afgeven")) {
    await logVerwerking(g, "toewijzing-afgeven", bron, betrokkene, "geweigerd");
    return {
      ok: false,
      fouten: {},
      regelFouten: [{ regel: "R-TOE-1", melding: "Je hebt geen mandaat om toewijzingen af te geven." }],
      melding: null,
    };
  }
  const fouten: Record<string, string> = {};
  const inwoner = betrokkene
    ? await db.inwoner.findUnique({ where: { id: betrokkene }, include: { ladder: true, toewijzingen: { include: { product: true } } } })
    : null;
  if (!inwoner) return { ok: false, fouten: {}, regelFouten: [], melding: "Deze inwoner bestaat niet." };
  const producten = await productRegels();
  const product = producten.find((p) => p.code === f.productCode);
  if (!product) fouten.productCode = "Kies een product.";
  const aanbieder = isId(f.aanbiederId) ? await db.aanbieder.findUnique({ where: { id: f.aanbiederId } }) : null;
  if (!aanbieder) fouten.aanbiederId = "Kies een aanbieder.";
  let werkplekId: string | null = null;
  if (f.werkplekId) {
    const w = isId(f.werkplekId)
      ? await db.werkplek.findFirst({ where: { id: f.werkplekId, aanbiederId: aanbieder?.id ?? "-", status: "GEPUBLICEERD" } })
      : null;
    if (!w) fouten.werkplekId = "Deze werkplek hoort niet bij de gekozen aanbieder.";
    else werkplekId = w.id;
  }
  const startdatum = parseDatum(f.startdatum);
  if (!startdatum)
    fouten.startdatum = f.startdatum.trim() ? "Vul een bestaande startdatum in, bijvoorbeeld 01-03-2026." : "Vul de startdatum in.";
  const einddatum = f.einddatum.trim() ? parseDatum(f.einddatum) : null;
  if (f.einddatum.trim() && !einddatum) fouten.einddatum = "Vul een bestaande einddatum in, of laat het leeg.";
  const uren = f.urenPerWeek.trim() === "" ? null : /^\d{1,3}$/.test(f.urenPerWeek.trim()) ? Number(f.urenPerWeek) : NaN;
  if (Number.isNaN(uren)) fouten.urenPerWeek = "Vul het aantal uren per week in als heel getal.";
  if (aanbieder && startdatum && (aanbieder.contractVan > startdatum || (aanbieder.contractTot && aanbieder.contractTot < startdatum))) {
    fouten.aanbiederId = `${aanbieder.naam} heeft op de startdatum geen contract met de gemeente.`;
  }
  if (Object.keys(fouten).length || !product || !aanbieder || !startdatum) return { ok: false, fouten, regelFouten: [], melding: null };

  // R-TOE-4: the chain of earlier periods when this extends one.
  const keten: { productCode: string; startdatum: Date; einddatum: Date }[] = [];
  let vorige = f.verlengingVanId ? (inwoner.toewijzingen.find((t) => t.id === f.verlengingVanId) ?? null) : null;
  if (f.verlengingVanId && !vorige)
    return { ok: false, fouten: { verlengingVanId: "Deze toewijzing hoort niet bij deze inwoner." }, regelFouten: [], melding: null };
  const verlengingVanId = vorige?.id ?? null;
  if (vorige && (await db.toewijzing.count({ where: { verlengingVanId: vorige.id } }))) {
    return {
      ok: false,
      fouten: {},
      regelFouten: [{ regel: "R-TOE-4", melding: "Deze periode is al verlengd. Verleng de laatste periode." }],
      melding: null,
    };
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
    verlengingVan: keten,
    bestaandeToewijzingen: inwoner.toewijzingen.map((t) => ({
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
  });
  if (!uitkomst.ok) {
    await logVerwerking(g, "toewijzing-afgeven", bron, inwoner.id, "geweigerd", uitkomst.fouten.map((x) => x.regel).join(","));
    return { ok: false, fouten: {}, regelFouten: uitkomst.fouten, melding: null };
  }
  // The contact person (R-TOE-2) is the inwoner's, when it has the role the rule asks for.
  const contact = inwoner.contactpersoonId
    ? await db.gebruiker.findFirst({
        where: { id: inwoner.contactpersoonId, rol: uitkomst.contactpersoonRol, actief: true },
        select: { id: true },
      })
    : null;
  const contactId = contact?.id ?? (g.rol === uitkomst.contactpersoonRol ? g.id : inwoner.contactpersoonId);

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
          werkplekId,
          startdatum,
          einddatum: uitkomst.einddatum,
          urenPerWeek: uren,
          verlengingVanId,
          verlengingsnummer: uitkomst.verlengingsnummer,
          tariefJaar: uitkomst.tarief?.jaar ?? null,
          tariefCent: uitkomst.tarief?.bedragCent ?? null,
          iwmoCategorie: uitkomst.iwmo?.productcategorie ?? null,
          iwmoCode: uitkomst.iwmo?.productcode ?? null,
          iwmoEenheid: uitkomst.iwmo?.eenheid ?? null,
          iwmoFrequentie: uitkomst.iwmo?.frequentie ?? null,
          iwmoVolume: uitkomst.iwmo?.volume ?? null,
          contactpersoonId: contactId,
          afgegevenDoorId: g.id,
        },
      });
      await logVerwerking(g, "toewijzing-afgeven", bron, inwoner.id, "gelukt", t.nummer);
      return { ok: true, id: t.id, nummer: t.nummer, waarschuwingen: uitkomst.waarschuwingen };
    } catch (e) {
      if (!isUniekFout(e)) throw e;
    }
  }
  return { ok: false, fouten: {}, regelFouten: [], melding: "Het lukte niet een toewijzingnummer te maken. Probeer het opnieuw." };
}

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
    },
  },
  product: { select: { code: true, naam: true, korteNaam: true, categorie: true, begeleiding: true } },
  aanbieder: { select: { id: true, naam: true } },
  werkplek: { select: { titel: true, slug: true } },
  contactpersoon: { select: { naam: true, email: true } },
  afgegevenDoor: { select: { naam: true } },
  verlenging: { select: { id: true, nummer: true } },
  verlengingVan: { select: { id: true, nummer: true } },
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
  return { ...t, inwonerNaam: volledigeNaam(t.inwoner) };
}

/** Withdraw a toewijzing that has not started (status toegewezen), with a reason. */
export async function trekIn(g: Ingelogd | null, id: string, reden: string, bron: string): Promise<{ ok: boolean; melding: string }> {
  if (!g || !mag(g.rol, "toewijzing:afgeven") || !isId(id)) return { ok: false, melding: "Je mag geen toewijzingen intrekken." };
  const t = await db.toewijzing.findUnique({ where: { id }, select: { inwonerId: true, status: true } });
  if (!t) return { ok: false, melding: "Deze toewijzing bestaat niet." };
  if (reden.trim().length < 5) return { ok: false, melding: "Schrijf waarom de toewijzing wordt ingetrokken." };
  const r = await db.toewijzing.updateMany({
    where: { id, status: "TOEGEWEZEN" },
    data: { status: "INGETROKKEN", ingetrokkenOp: new Date(), intrekkingsreden: reden.trim().slice(0, 1000) },
  });
  if (r.count === 0)
    return {
      ok: false,
      melding: "Alleen een toewijzing die nog niet is gestart kan worden ingetrokken. Een gestarte toewijzing wordt beëindigd.",
    };
  await logVerwerking(g, "toewijzing-intrekken", bron, t.inwonerId);
  return { ok: true, melding: "De toewijzing is ingetrokken." };
}

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
  contactpersoon: string | null;
  werkplek: string | null;
  gestartOp: Date | null;
  beeindigdOp: Date | null;
  redenBeeindiging: string | null;
};

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
    },
  });
  for (const t of lijst) await logVerwerking(g, "toewijzing-bekijken-aanbieder", bron, t.inwoner.id);
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
    contactpersoon: t.contactpersoon?.naam ?? null,
    werkplek: t.werkplek?.titel ?? null,
    gestartOp: t.gestartOp,
    beeindigdOp: t.beeindigdOp,
    redenBeeindiging: t.redenBeeindiging
      ? (REDENEN_BEEINDIGING.find((r) => r.key === t.redenBeeindiging)?.label ?? t.redenBeeindiging)
      : null,
  }));
}

export type MeldingUitkomst = { ok: boolean; melding: string; fouten: Record<string, string> };

async function eigenToewijzing(g: Ingelogd | null, id: string) {
  if (!g || !g.aanbiederId || !mag(g.rol, "toewijzing:start-stop-melden") || !isId(id)) return null;
  return db.toewijzing.findFirst({ where: { id, aanbiederId: g.aanbiederId } });
}

const NIET_GEVONDEN = "Deze toewijzing bestaat niet of hoort niet bij jouw organisatie.";

/** The aanbieder reports the actual start date. */
export async function meldStart(g: Ingelogd | null, id: string, datumInvoer: string, bron: string): Promise<MeldingUitkomst> {
  const t = await eigenToewijzing(g, id);
  if (!t) {
    await logVerwerking(g, "toewijzing-start-melden", bron, null, "geweigerd");
    return { ok: false, melding: NIET_GEVONDEN, fouten: {} };
  }
  const datum = parseDatum(datumInvoer);
  const fout = !datum
    ? "Vul een bestaande startdatum in, bijvoorbeeld 01-03-2026."
    : datum < t.startdatum || datum > t.einddatum
      ? "De start ligt binnen de periode van de toewijzing."
      : datum.getTime() > Date.now()
        ? "Meld de start op of na de dag dat de inwoner begonnen is, niet vooraf."
        : null;
  if (fout) {
    await logVerwerking(g, "toewijzing-start-melden", bron, t.inwonerId, "mislukt", "ongeldige datum");
    return { ok: false, melding: "", fouten: { [`start-${id}`]: fout } };
  }
  const r = await db.toewijzing.updateMany({ where: { id, status: "TOEGEWEZEN" }, data: { status: "GESTART", gestartOp: datum! } });
  if (r.count === 0) {
    await logVerwerking(g, "toewijzing-start-melden", bron, t.inwonerId, "mislukt", "al gemeld");
    return { ok: false, melding: "De start van deze toewijzing is al gemeld.", fouten: {} };
  }
  await logVerwerking(g, "toewijzing-start-melden", bron, t.inwonerId);
  return { ok: true, melding: "De start is gemeld. De gemeente ziet het meteen.", fouten: {} };
}

/** The aanbieder reports the stop: a date and an iWmo reden beëindiging. */
export async function meldStop(g: Ingelogd | null, id: string, datumInvoer: string, reden: string, bron: string): Promise<MeldingUitkomst> {
  const t = await eigenToewijzing(g, id);
  if (!t) {
    await logVerwerking(g, "toewijzing-stop-melden", bron, null, "geweigerd");
    return { ok: false, melding: NIET_GEVONDEN, fouten: {} };
  }
  const fouten: Record<string, string> = {};
  const datum = parseDatum(datumInvoer);
  if (!datum) fouten[`stop-${id}`] = "Vul een bestaande einddatum in, bijvoorbeeld 01-09-2026.";
  else if (datum < (t.gestartOp ?? t.startdatum) || datum > t.einddatum)
    fouten[`stop-${id}`] = "De stopdatum ligt tussen de start en het einde van de toewijzing.";
  if (!redenenVoorAanbieder().some((r) => r.key === reden)) fouten[`reden-${id}`] = "Kies de reden van beëindiging.";
  if (Object.keys(fouten).length) {
    await logVerwerking(g, "toewijzing-stop-melden", bron, t.inwonerId, "mislukt", "ongeldige invoer");
    return { ok: false, melding: "", fouten };
  }
  const r = await db.toewijzing.updateMany({
    where: { id, status: "GESTART" },
    data: { status: "BEEINDIGD", beeindigdOp: datum, redenBeeindiging: reden },
  });
  if (r.count === 0) {
    await logVerwerking(g, "toewijzing-stop-melden", bron, t.inwonerId, "mislukt", "niet gestart");
    return { ok: false, melding: "Alleen een gestarte toewijzing kan worden gestopt.", fouten: {} };
  }
  await logVerwerking(g, "toewijzing-stop-melden", bron, t.inwonerId);
  return { ok: true, melding: "De stop is gemeld. De gemeente ziet het meteen.", fouten: {} };
}
