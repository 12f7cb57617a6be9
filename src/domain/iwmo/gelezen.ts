// What the reader (./lees.ts) gives for each incoming iWmo 3.2 message: plain objects with dates
// and numbers, no namespaces. Their own module so that the reader stays small.

export type GelezenHeader = { berichtCode: string; afzender: string; ontvanger: string; identificatie: string; dagtekening: Date };
export type GelezenOmvang = { volume: number; eenheid: string; frequentie: string } | null;

export type Gelezen305 = {
  soort: "305";
  header: GelezenHeader;
  bsn: string;
  producten: {
    toewijzingNummer: number | null;
    categorie: string | null;
    code: string | null;
    toewijzingIngangsdatum: Date | null;
    begindatum: Date;
    statusAanlevering: string;
  }[];
};
export type Gelezen307 = Omit<Gelezen305, "soort" | "producten"> & {
  soort: "307";
  producten: (Gelezen305["producten"][number] & { redenBeeindiging: string; einddatum: Date })[];
};
export type Gelezen315 = {
  soort: "315";
  header: GelezenHeader;
  bsn: string;
  commentaar: string | null;
  producten: {
    referentieAanbieder: string;
    categorie: string | null;
    code: string | null;
    ingangsdatum: Date;
    einddatum: Date | null;
    omvang: GelezenOmvang;
    commentaar: string | null;
  }[];
};
export type Gelezen317 = {
  soort: "317";
  header: GelezenHeader;
  bsn: string;
  referentieAanbieder: string;
  redenVerzoek: string;
  ongewijzigd: number[];
  teWijzigen: { toewijzingNummer: number; gewensteIngangsdatum: Date; einddatum: Date | null; omvang: GelezenOmvang }[];
  nieuw: { categorie: string; code: string | null; gewensteIngangsdatum: Date; einddatum: Date | null; omvang: GelezenOmvang }[];
};
export type Gelezen323 = {
  soort: "323";
  header: GelezenHeader;
  declaratieNummer: string;
  begindatum: Date;
  einddatum: Date;
  totaalCent: number;
  totaalDebetCredit: string;
  prestaties: {
    bsn: string;
    referentieNummer: string;
    vorigReferentieNummer: string | null;
    toewijzingNummer: number;
    categorie: string;
    code: string;
    begindatum: Date;
    einddatum: Date;
    volume: number;
    eenheid: string;
    tariefCent: number | null;
    bedragCent: number;
    debetCredit: string;
  }[];
};
export type Gelezen301 = {
  soort: "301";
  header: GelezenHeader;
  bsn: string;
  producten: {
    toewijzingNummer: number;
    categorie: string | null;
    code: string | null;
    ingangsdatum: Date;
    einddatum: Date | null;
    redenWijziging: string | null;
    omvang: GelezenOmvang;
  }[];
};
export type Gelezen319 = {
  soort: "319";
  header: GelezenHeader;
  referentieAanbieder: string;
  verzoekAntwoord: string;
  redenAfwijzing: string | null;
};
export type Gelezen = Gelezen301 | Gelezen305 | Gelezen307 | Gelezen315 | Gelezen317 | Gelezen319 | Gelezen323;
