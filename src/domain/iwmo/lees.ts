import { XMLParser } from "fast-xml-parser";
import { calendarDate } from "../kalender";
import { BERICHTSOORTEN, type Berichtsoort } from "./codes";
import type { Gelezen, GelezenHeader, GelezenOmvang } from "./gelezen";

// Reading an incoming iWmo 3.2 message into plain objects (issue 13). The server first validates
// the text against the XSD, so the reader may rely on the structure; it only turns strings into
// dates and numbers. Namespace prefixes are dropped (any prefix the sender chose is fine).
// The shapes it gives are in ./gelezen.ts (re-exported here).

export type {
  GelezenHeader,
  GelezenOmvang,
  Gelezen305,
  Gelezen307,
  Gelezen315,
  Gelezen317,
  Gelezen323,
  Gelezen301,
  Gelezen319,
  Gelezen,
} from "./gelezen";

const LIJSTEN = new Set([
  "ToegewezenProduct",
  "StartProduct",
  "StopProduct",
  "AangevraagdProduct",
  "OngewijzigdProduct",
  "TeWijzigenProduct",
  "NieuwProduct",
  "Prestatie",
  "Relatie",
  "Contact",
]);

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (naam, pad) => LIJSTEN.has(naam) || pad === "Bericht.Declaratie.Clienten.Client",
});

/** The root element's start tag must end within this many characters (its declaration and comments included). */
export const KOP_MAX_TEKENS = 4096;

export type Kop = { soort: Berichtsoort } | { soort: null; reden: "doctype" | "geen-bericht" };

const WITRUIMTE = new Set([" ", "\t", "\r", "\n"]);

/**
 * The message type from the root element's namespace, read from untrusted text before the schema
 * has seen it (issue 21, item 27). Linear by construction: it walks the prolog (declaration,
 * comments, processing instructions) with indexOf on the first KOP_MAX_TEKENS characters only, and
 * the patterns run on that bounded start tag. A DOCTYPE is named as such (item 29): an iWmo message
 * has none, and its entities are what made the reader fail.
 */
export function kopVan(xml: string): Kop {
  const geen: Kop = { soort: null, reden: "geen-bericht" };
  const kop = xml.slice(0, KOP_MAX_TEKENS);
  let i = 0;
  for (;;) {
    while (i < kop.length && WITRUIMTE.has(kop[i]!)) i++;
    if (kop.startsWith("<?", i)) {
      const eind = kop.indexOf("?>", i + 2);
      if (eind < 0) return geen;
      i = eind + 2;
    } else if (kop.startsWith("<!--", i)) {
      const eind = kop.indexOf("-->", i + 4);
      if (eind < 0) return geen;
      i = eind + 3;
    } else if (kop.startsWith("<!", i)) {
      return kop.slice(i + 2, i + 9).toUpperCase() === "DOCTYPE" ? { soort: null, reden: "doctype" } : geen;
    } else break;
  }
  if (kop[i] !== "<") return geen;
  const eind = kop.indexOf(">", i);
  if (eind < 0) return geen;
  const tag = kop.slice(i + 1, eind);
  const root = /^(?:([A-Za-z_][\w.-]*):)?Bericht(?=[\s/]|$)/.exec(tag);
  if (!root) return geen;
  const prefix = root[1];
  const ns = new RegExp(
    `(?:^|\\s)xmlns${prefix ? `:${prefix.replace(/\./g, "\\.")}` : ""}\\s*=\\s*(["'])http://www\\.istandaarden\\.nl/iwmo/3_2/wmo(\\d{3})/schema\\1`,
  ).exec(tag);
  const soort = ns?.[2];
  return soort && (BERICHTSOORTEN as readonly string[]).includes(soort) ? { soort: soort as Berichtsoort } : geen;
}

/** The message type from the root element's namespace; null when it is not an iWmo 3.2 message. */
export function soortVan(xml: string): Berichtsoort | null {
  return kopVan(xml).soort;
}

type Ruw = Record<string, unknown>;
const obj = (v: unknown): Ruw => (v && typeof v === "object" ? (v as Ruw) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const lijst = (v: unknown): Ruw[] => (Array.isArray(v) ? v.map(obj) : []);
const dat = (v: unknown): Date | null => (str(v) ? calendarDate(str(v)!) : null);
const num = (v: unknown): number | null => (str(v) && /^\d+$/.test(str(v)!) ? Number(str(v)) : null);

function header(h: Ruw): GelezenHeader {
  const id = obj(h.BerichtIdentificatie);
  return {
    berichtCode: str(h.BerichtCode) ?? "",
    afzender: str(h.Afzender) ?? "",
    ontvanger: str(h.Ontvanger) ?? "",
    identificatie: str(id.Identificatie) ?? "",
    dagtekening: dat(id.Dagtekening)!,
  };
}
function omvang(v: unknown): GelezenOmvang {
  const o = obj(v);
  const volume = num(o.Volume);
  return volume === null ? null : { volume, eenheid: str(o.Eenheid) ?? "", frequentie: str(o.Frequentie) ?? "" };
}

/** Read an XSD-valid message of the given type. */
export function leesBericht(soort: Berichtsoort, xml: string): Gelezen {
  // The importer refuses a DOCTYPE before this (kopVan); here too, so no entity is ever declared.
  if (/<!DOCTYPE/i.test(xml)) throw new Error("An iWmo message has no DOCTYPE");
  const b = obj(obj(parser.parse(xml)).Bericht);
  const h = header(obj(b.Header));
  const c = obj(b.Client);
  const bsn = str(c.Bsn) ?? "";
  switch (soort) {
    case "301":
      return {
        soort,
        header: h,
        bsn,
        producten: lijst(obj(c.ToegewezenProducten).ToegewezenProduct).map((p) => ({
          toewijzingNummer: num(p.ToewijzingNummer)!,
          categorie: str(obj(p.Product).Categorie),
          code: str(obj(p.Product).Code),
          ingangsdatum: dat(p.Ingangsdatum)!,
          einddatum: dat(p.Einddatum),
          redenWijziging: str(p.RedenWijziging),
          omvang: omvang(p.Omvang),
        })),
      };
    case "305":
    case "307": {
      const items = soort === "305" ? lijst(obj(c.StartProducten).StartProduct) : lijst(obj(c.StopProducten).StopProduct);
      const producten = items.map((p) => ({
        toewijzingNummer: num(p.ToewijzingNummer),
        categorie: str(obj(p.Product).Categorie),
        code: str(obj(p.Product).Code),
        toewijzingIngangsdatum: dat(p.ToewijzingIngangsdatum),
        begindatum: dat(p.Begindatum)!,
        statusAanlevering: str(p.StatusAanlevering) ?? "",
        redenBeeindiging: str(p.RedenBeeindiging) ?? "",
        einddatum: dat(p.Einddatum)!,
      }));
      return soort === "305"
        ? { soort, header: h, bsn, producten: producten.map(({ redenBeeindiging: _r, einddatum: _e, ...p }) => p) }
        : { soort, header: h, bsn, producten };
    }
    case "315":
      return {
        soort,
        header: h,
        bsn,
        commentaar: str(c.Commentaar),
        producten: lijst(obj(c.AangevraagdeProducten).AangevraagdProduct).map((p) => ({
          referentieAanbieder: str(p.ReferentieAanbieder) ?? "",
          categorie: str(obj(p.Product).Categorie),
          code: str(obj(p.Product).Code),
          ingangsdatum: dat(p.ToewijzingIngangsdatum)!,
          einddatum: dat(p.ToewijzingEinddatum),
          omvang: omvang(p.Omvang),
          commentaar: str(p.Commentaar),
        })),
      };
    case "317": {
      const v = obj(c.Verzoek);
      return {
        soort,
        header: h,
        bsn,
        referentieAanbieder: str(v.ReferentieAanbieder) ?? "",
        redenVerzoek: str(v.RedenVerzoek) ?? "",
        ongewijzigd: lijst(obj(v.OngewijzigdeProducten).OngewijzigdProduct).map((p) => num(p.ToewijzingNummer)!),
        teWijzigen: lijst(obj(v.TeWijzigenProducten).TeWijzigenProduct).map((p) => ({
          toewijzingNummer: num(p.ToewijzingNummer)!,
          gewensteIngangsdatum: dat(p.GewensteIngangsdatum)!,
          einddatum: dat(p.Einddatum),
          omvang: omvang(p.Omvang),
        })),
        nieuw: lijst(obj(v.NieuweProducten).NieuwProduct).map((p) => ({
          categorie: str(obj(p.Product).Categorie) ?? "",
          code: str(obj(p.Product).Code),
          gewensteIngangsdatum: dat(p.GewensteIngangsdatum)!,
          einddatum: dat(p.Einddatum),
          omvang: omvang(p.Omvang),
        })),
      };
    }
    case "319": {
      const a = obj(b.Antwoord);
      return {
        soort,
        header: h,
        referentieAanbieder: str(a.ReferentieAanbieder) ?? "",
        verzoekAntwoord: str(a.VerzoekAntwoord) ?? "",
        redenAfwijzing: str(a.RedenAfwijzingVerzoek),
      };
    }
    case "323": {
      const d = obj(b.Declaratie);
      const per = obj(d.DeclaratiePeriode);
      const tot = obj(d.TotaalIngediendBedrag);
      return {
        soort,
        header: h,
        declaratieNummer: str(d.DeclaratieNummer) ?? "",
        begindatum: dat(per.Begindatum)!,
        einddatum: dat(per.Einddatum)!,
        totaalCent: num(tot.TotaalBedrag) ?? 0,
        totaalDebetCredit: str(tot.DebetCredit) ?? "D",
        prestaties: lijst(obj(d.Clienten).Client).flatMap((cl) =>
          lijst(obj(cl.Prestaties).Prestatie).map((p) => {
            const ref = obj(p.ProductReferentie);
            const pp = obj(p.ProductPeriode);
            const bedrag = obj(p.IngediendBedrag);
            return {
              bsn: str(cl.Bsn) ?? "",
              referentieNummer: str(ref.ReferentieNummer) ?? "",
              vorigReferentieNummer: str(ref.VorigReferentieNummer),
              toewijzingNummer: num(p.ToewijzingNummer)!,
              categorie: str(p.ProductCategorie) ?? "",
              code: str(p.ProductCode) ?? "",
              begindatum: dat(pp.Begindatum)!,
              einddatum: dat(pp.Einddatum)!,
              volume: num(p.GeleverdVolume) ?? 0,
              eenheid: str(p.Eenheid) ?? "",
              tariefCent: num(p.ProductTarief),
              bedragCent: num(bedrag.Bedrag) ?? 0,
              debetCredit: str(bedrag.DebetCredit) ?? "D",
            };
          }),
        ),
      };
    }
  }
}
