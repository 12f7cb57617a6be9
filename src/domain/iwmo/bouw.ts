import { XMLBuilder } from "fast-xml-parser";
import { lokaalMoment, toIsoDate } from "../kalender";
import { BASIS_NAMESPACE, BERICHTCODE, namespaceVan, XSD_VERSIE, type Berichtsoort } from "./codes";

// Pure mapping of the portal's facts onto iWmo 3.2 messages (R-IWMO). Each function takes a plain
// object and returns the XML text; the server validates it against the XSD before it is stored.
// Element order follows the XSDs in standards/iwmo-3.2/xsd/.

export type Header = { afzender: string; ontvanger: string; identificatie: string; dagtekening: Date };
export type Naam = { achternaam: string; voorvoegsel?: string | null; voornamen?: string | null };
export type Adres = { straat: string; huisnummer: string; postcode: string; plaats: string };
export type Omvang = { volume: number; eenheid: string; frequentie: string };
export type ClientGegevens = { bsn: string; geboortedatum: Date; naam: Naam };

export type ToegewezenProduct = {
  toewijzingNummer: number;
  referentieAanbieder?: string | null;
  categorie: string;
  code?: string | null;
  /** The moment the gemeente fixed this version (OP033x1: the latest one counts). */
  toewijzingsmoment: Date;
  ingangsdatum: Date;
  einddatum?: Date | null;
  redenWijziging?: string | null;
  omvang?: Omvang | null;
  commentaar?: string | null;
};
export type Bericht301 = { header: Header; client: ClientGegevens & { adres: Adres }; producten: ToegewezenProduct[] };

export type StartProduct = {
  toewijzingNummer: number;
  categorie: string;
  code?: string | null;
  toewijzingIngangsdatum: Date;
  begindatum: Date;
  /** OP033: 1 nieuw, 3 verwijderen (2 is not allowed, OP033x2). */
  statusAanlevering: "1" | "3";
};
export type Bericht305 = { header: Header; client: ClientGegevens; producten: StartProduct[] };
export type StopProduct = StartProduct & { redenBeeindiging: string; einddatum: Date };
export type Bericht307 = { header: Header; client: ClientGegevens; producten: StopProduct[] };

export type Bericht319 = { header: Header; referentieAanbieder: string; verzoekAntwoord: "1" | "2"; redenAfwijzing?: string | null };

export type Prestatie = {
  referentieNummer: string;
  vorigReferentieNummer?: string | null;
  toewijzingNummer: number;
  categorie: string;
  code: string;
  begindatum: Date;
  einddatum: Date;
  volume: number;
  eenheid: string;
  tariefCent?: number | null;
  bedragCent: number;
  debetCredit: "D" | "C";
};
export type Bericht323 = {
  header: Header;
  declaratieNummer: string;
  begindatum: Date;
  einddatum: Date;
  clienten: { bsn: string; prestaties: Prestatie[] }[];
};

const builder = new XMLBuilder({ format: true, indentBy: "\t", ignoreAttributes: false, suppressEmptyNode: true });

type Knoop = { [k: string]: Knoop | Knoop[] | string | number | undefined };
const datum = (d: Date) => toIsoDate(d);
/** Only the keys with a value: optional elements are left out, not sent empty. */
function schoon(k: Knoop): Knoop {
  return Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined && v !== null && v !== "")) as Knoop;
}
/** Prefix the keys of a nested plain object: the message's own elements or the basisschema's. */
function m(prefix: string, k: Knoop): Knoop {
  return Object.fromEntries(Object.entries(schoon(k)).map(([n, v]) => [n.startsWith("iwmo:") ? n : `${prefix}:${n}`, v])) as Knoop;
}
const i = (k: Knoop): Knoop => Object.fromEntries(Object.entries(schoon(k)).map(([n, v]) => [`iwmo:${n}`, v])) as Knoop;

function bericht(soort: Berichtsoort, header: Header, inhoud: Knoop): string {
  const p = `wmo${soort}`;
  const root = {
    "@_xmlns:iwmo": BASIS_NAMESPACE,
    [`@_xmlns:${p}`]: namespaceVan(soort),
    ...m(p, {
      Header: m(p, {
        BerichtCode: BERICHTCODE[soort],
        BerichtVersie: "3",
        BerichtSubversie: "2",
        Afzender: header.afzender,
        Ontvanger: header.ontvanger,
        BerichtIdentificatie: i({ Identificatie: header.identificatie, Dagtekening: datum(header.dagtekening) }),
        XsdVersie: i({ BasisschemaXsdVersie: XSD_VERSIE, BerichtXsdVersie: XSD_VERSIE }),
      }),
      ...inhoud,
    }),
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [`${p}:Bericht`]: root })}`;
}

/** "Anna Maria" → "AM" (LDT_Voorletters: letters only, at most 6). */
export function voorletters(voornamen: string): string | undefined {
  const l = voornamen
    .split(/[\s-]+/)
    .map((v) => v.normalize("NFC").match(/[a-zA-ZÀ-ỳ]/)?.[0] ?? "")
    .join("")
    .toUpperCase()
    .slice(0, 6);
  return l || undefined;
}

const naamKnoop = (n: Naam, volledig: boolean) =>
  i({
    Geslachtsnaam: i({ Achternaam: n.achternaam.slice(0, 200), Voorvoegsel: n.voorvoegsel?.slice(0, 10) ?? undefined }),
    Voornamen: n.voornamen?.slice(0, 200) ?? undefined,
    Voorletters: n.voornamen ? voorletters(n.voornamen) : undefined,
    // 1: eigen naam. The portal keeps no partner name.
    NaamGebruik: volledig ? "1" : undefined,
  });

/** "12a-2" → Huisnummer 12, Huisletter a, toevoeging 2 (CDT_Huis). */
export function huis(huisnummer: string): Knoop | undefined {
  const r = /^\s*(\d{1,5})\s*([a-zA-Z])?\s*[-\s]*([a-zA-Z0-9]{1,4})?/.exec(huisnummer);
  if (!r) return undefined;
  return i({ Huisnummer: r[1]!, Huisletter: r[2], HuisnummerToevoeging: r[3] });
}

// 0: onbekend. The portal records no sex; the standard asks for it, and "onbekend" is allowed.
const GESLACHT_ONBEKEND = "0";

function clientKop(c: ClientGegevens, volledigeNaam: boolean): Knoop {
  return {
    Bsn: c.bsn,
    Geboortedatum: i({ Datum: datum(c.geboortedatum) }),
    Geslacht: GESLACHT_ONBEKEND,
    Naam: naamKnoop(c.naam, volledigeNaam),
  };
}

const omvangKnoop = (o: Omvang) => i({ Volume: String(o.volume), Eenheid: o.eenheid, Frequentie: o.frequentie });
const product = (categorie: string, code?: string | null) => i({ Categorie: categorie, Code: code ?? undefined });
// Item 13: Toewijzingsdatum and -tijd are the moment in the Netherlands (CET/CEST), not in UTC:
// issued at 00:30 on 2 March is dated 2 March (lokaalMoment, ../kalender).

export function bouw301(b: Bericht301): string {
  const p = "wmo301";
  const a = b.client.adres;
  return bericht("301", b.header, {
    Client: m(p, {
      ...clientKop(b.client, true),
      Contactgegevens: m(p, {
        Contact: m(p, {
          Soort: "01", // BRP-adres
          Adres: i({
            Huis: huis(a.huisnummer),
            Postcode: a.postcode.replace(/\s+/g, "").toUpperCase().slice(0, 8),
            Straatnaam: a.straat.slice(0, 24),
            Plaatsnaam: a.plaats.slice(0, 80),
            LandCode: "NL",
          }),
        }),
      }),
      ToegewezenProducten: m(p, {
        ToegewezenProduct: b.producten.map((t) =>
          m(p, {
            ToewijzingNummer: String(t.toewijzingNummer),
            ReferentieAanbieder: t.referentieAanbieder ?? undefined,
            Product: product(t.categorie, t.code),
            Toewijzingsdatum: lokaalMoment(t.toewijzingsmoment).datum,
            Toewijzingstijd: lokaalMoment(t.toewijzingsmoment).tijd,
            Ingangsdatum: datum(t.ingangsdatum),
            Einddatum: t.einddatum ? datum(t.einddatum) : undefined,
            RedenWijziging: t.redenWijziging ?? undefined,
            Omvang: t.omvang ? omvangKnoop(t.omvang) : undefined,
            Commentaar: t.commentaar ?? undefined,
          }),
        ),
      }),
    }),
  });
}

export function bouw305(b: Bericht305): string {
  const p = "wmo305";
  return bericht("305", b.header, {
    Client: m(p, {
      ...clientKop(b.client, false),
      StartProducten: m(p, {
        StartProduct: b.producten.map((s) =>
          m(p, {
            ToewijzingNummer: String(s.toewijzingNummer),
            Product: product(s.categorie, s.code),
            ToewijzingIngangsdatum: datum(s.toewijzingIngangsdatum),
            Begindatum: datum(s.begindatum),
            StatusAanlevering: s.statusAanlevering,
          }),
        ),
      }),
    }),
  });
}

export function bouw307(b: Bericht307): string {
  const p = "wmo307";
  return bericht("307", b.header, {
    Client: m(p, {
      ...clientKop(b.client, false),
      StopProducten: m(p, {
        StopProduct: b.producten.map((s) =>
          m(p, {
            ToewijzingNummer: String(s.toewijzingNummer),
            Product: product(s.categorie, s.code),
            ToewijzingIngangsdatum: datum(s.toewijzingIngangsdatum),
            Begindatum: datum(s.begindatum),
            RedenBeeindiging: s.redenBeeindiging,
            Einddatum: datum(s.einddatum),
            StatusAanlevering: s.statusAanlevering,
          }),
        ),
      }),
    }),
  });
}

export function bouw319(b: Bericht319): string {
  const p = "wmo319";
  return bericht("319", b.header, {
    Antwoord: m(p, {
      ReferentieAanbieder: b.referentieAanbieder,
      VerzoekAntwoord: b.verzoekAntwoord,
      RedenAfwijzingVerzoek: b.redenAfwijzing ?? undefined,
    }),
  });
}

/** The total of a declaratie: debet minus credit, as amount and D/C. */
export function totaal(prestaties: Pick<Prestatie, "bedragCent" | "debetCredit">[]): { bedragCent: number; debetCredit: "D" | "C" } {
  const som = prestaties.reduce((s, p) => s + (p.debetCredit === "D" ? p.bedragCent : -p.bedragCent), 0);
  return { bedragCent: Math.abs(som), debetCredit: som < 0 ? "C" : "D" };
}

export function bouw323(b: Bericht323): string {
  const p = "wmo323";
  const t = totaal(b.clienten.flatMap((c) => c.prestaties));
  return bericht("323", b.header, {
    Declaratie: m(p, {
      DeclaratieNummer: b.declaratieNummer,
      DeclaratiePeriode: i({ Begindatum: datum(b.begindatum), Einddatum: datum(b.einddatum) }),
      DeclaratieDagtekening: datum(b.header.dagtekening),
      TotaalIngediendBedrag: i({ TotaalBedrag: String(t.bedragCent), DebetCredit: t.debetCredit }),
      Clienten: m(p, {
        Client: b.clienten.map((c) =>
          m(p, {
            Bsn: c.bsn,
            Prestaties: m(p, {
              Prestatie: c.prestaties.map((x) =>
                m(p, {
                  ProductReferentie: i({
                    ReferentieNummer: x.referentieNummer,
                    VorigReferentieNummer: x.vorigReferentieNummer ?? undefined,
                  }),
                  ToewijzingNummer: String(x.toewijzingNummer),
                  ProductCategorie: x.categorie,
                  ProductCode: x.code,
                  ProductPeriode: i({ Begindatum: datum(x.begindatum), Einddatum: datum(x.einddatum) }),
                  GeleverdVolume: String(x.volume),
                  Eenheid: x.eenheid,
                  ProductTarief: x.tariefCent != null ? String(x.tariefCent) : undefined,
                  IngediendBedrag: i({ Bedrag: String(x.bedragCent), DebetCredit: x.debetCredit }),
                }),
              ),
            }),
          }),
        ),
      }),
    }),
  });
}
