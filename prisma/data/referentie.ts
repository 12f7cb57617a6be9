// Reference data of the programme, with fixed keys so the seed is idempotent.
// Sources: shared/domain/RULES.md (R-LAD, R-PRD, R-TAR, R-AOW, R-VV, R-IWMO).

export const treden = [
  { nummer: 1, naam: "Geïsoleerd", nadruk: "geen", omschrijving: "Je hebt weinig contact met anderen en komt bijna niet buiten de deur." },
  { nummer: 2, naam: "Sociale contacten buiten de deur", nadruk: "activering", omschrijving: "Je gaat de deur uit en ontmoet andere mensen, bijvoorbeeld bij een buurthuis of club." },
  { nummer: 3, naam: "Deelname aan georganiseerde activiteiten", nadruk: "activering", omschrijving: "Je doet mee aan activiteiten met vaste tijden en levert een bijdrage, met veel begeleiding dichtbij." },
  { nummer: 4, naam: "Onbetaald werk", nadruk: "werk", omschrijving: "Je werkt zelfstandig, zonder loon, met eigen taken en verantwoordelijkheid. Begeleiding is op afstand." },
  { nummer: 5, naam: "Betaald werk met ondersteuning", nadruk: "werk", omschrijving: "Je hebt een betaalde baan en krijgt daarbij nog hulp, bijvoorbeeld van een jobcoach." },
  { nummer: 6, naam: "Betaald werk", nadruk: "geen", omschrijving: "Je hebt een betaalde baan en hebt daarbij geen extra ondersteuning nodig." },
] as const;

type ProductData = {
  code: string;
  naam: string;
  korteNaam: string;
  soort: "ALGEMENE_VOORZIENING" | "MAATWERK";
  categorie: "ORIENTATIE" | "ONTWIKKELING" | "OP_TREDE" | "BEGELEIDING_GROEP";
  doelTrede: number | null;
  startTreden: number[];
  omschrijving: string;
  begeleiding: string;
  duurMaanden: number | null;
  duurIsMaximum: boolean;
  verlenging: "GEEN" | "EENMALIG" | "HERHAALD";
  prijsEenheid: "PER_TRAJECT" | "PER_UUR" | "GEMEENTELIJK";
  iwmoCategorie: string | null;
  iwmoCode: string | null;
  iwmoEenheid: string | null;
  iwmoFrequentie: string | null;
  iwmoVolume: number | null;
  volgorde: number;
};

// iWmo: ontwikkeling and oriëntatie are output-based (82 stuks, frequentie 6 = totaal binnen de
// geldigheidsduur, volume 1); op-trede is effort-based (04 uur, frequentie 2 = per week). R-IWMO.
// Categorie 07 (WMO020 "Dagbesteding": day-time support in a group at a werkplek); the product
// codes are the municipality's own; see docs/decisions/0003-iwmo-productcodes.md and 0031.
export const producten: ProductData[] = [
  {
    code: "ORIENTATIE", naam: "Werkt Mee oriëntatietraject", korteNaam: "Oriëntatie",
    soort: "ALGEMENE_VOORZIENING", categorie: "ORIENTATIE", doelTrede: null, startTreden: [2, 3, 4],
    omschrijving: "Samen uitzoeken wat je wilt en kunt. Je krijgt aan het eind een schriftelijk advies over een passende werkplek, opleiding en de volgende stappen.",
    begeleiding: "Uitgevoerd door het Centrum Apeldoorn Werkt Mee.",
    duurMaanden: 3, duurIsMaximum: true, verlenging: "GEEN", prijsEenheid: "GEMEENTELIJK",
    iwmoCategorie: null, iwmoCode: null, iwmoEenheid: "82", iwmoFrequentie: "6", iwmoVolume: 1, volgorde: 1,
  },
  {
    code: "ONTW_3", naam: "Werkt Mee ontwikkeling naar trede 3 (Meedoen)", korteNaam: "Ontwikkeling naar trede 3",
    soort: "MAATWERK", categorie: "ONTWIKKELING", doelTrede: 3, startTreden: [2],
    omschrijving: "Je loopt mee op de werkvloer. Je komt in een werkritme, went aan vaste begintijden en ervaart hoe het is om bij een team te horen.",
    begeleiding: "Gericht op structuur en een eerste aanzet tot werknemersvaardigheden.",
    duurMaanden: 6, duurIsMaximum: false, verlenging: "EENMALIG", prijsEenheid: "PER_TRAJECT",
    iwmoCategorie: "07", iwmoCode: "07W31", iwmoEenheid: "82", iwmoFrequentie: "6", iwmoVolume: 1, volgorde: 2,
  },
  {
    code: "ONTW_4", naam: "Werkt Mee ontwikkeling naar trede 4 (onbetaald werk)", korteNaam: "Ontwikkeling naar trede 4",
    soort: "MAATWERK", categorie: "ONTWIKKELING", doelTrede: 4, startTreden: [2, 3],
    omschrijving: "Je leert zelfstandig werken, met eigen taken en verantwoordelijkheden. Je leert omgaan met collega's, voor jezelf opkomen en rustig blijven als het druk is.",
    begeleiding: "Gericht op werknemersvaardigheden en een eerste aanzet tot vakvaardigheden.",
    duurMaanden: 6, duurIsMaximum: false, verlenging: "EENMALIG", prijsEenheid: "PER_TRAJECT",
    iwmoCategorie: "07", iwmoCode: "07W41", iwmoEenheid: "82", iwmoFrequentie: "6", iwmoVolume: 1, volgorde: 3,
  },
  {
    code: "ONTW_5", naam: "Werkt Mee ontwikkeling naar trede 5 (betaald werk)", korteNaam: "Ontwikkeling naar trede 5",
    soort: "MAATWERK", categorie: "ONTWIKKELING", doelTrede: 5, startTreden: [2, 3, 4],
    omschrijving: "Je bent bijna klaar voor betaald werk en hebt nog een duwtje nodig. Je kijkt waar je staat, wat de volgende stap is en welke werkplek daarbij past.",
    begeleiding: "Gericht op vakvaardigheden en op het vinden van betaald werk.",
    duurMaanden: 6, duurIsMaximum: false, verlenging: "EENMALIG", prijsEenheid: "PER_TRAJECT",
    iwmoCategorie: "07", iwmoCode: "07W51", iwmoEenheid: "82", iwmoFrequentie: "6", iwmoVolume: 1, volgorde: 4,
  },
  {
    code: "OP_TREDE_3", naam: "Werkt Mee op trede 3 (Meedoen)", korteNaam: "Werkplek op trede 3",
    soort: "MAATWERK", categorie: "OP_TREDE", doelTrede: 3, startTreden: [3],
    omschrijving: "Je doet werk met weinig werkdruk en weinig eigen verantwoordelijkheid, met veel sturing. Zo houd je vast wat je kunt, of word je sterker.",
    begeleiding: "De begeleider is op de werkplek en dichtbij.",
    duurMaanden: 24, duurIsMaximum: true, verlenging: "HERHAALD", prijsEenheid: "PER_UUR",
    iwmoCategorie: "07", iwmoCode: "07W30", iwmoEenheid: "04", iwmoFrequentie: "2", iwmoVolume: null, volgorde: 5,
  },
  {
    code: "OP_TREDE_4", naam: "Werkt Mee op trede 4 (onbetaald werk)", korteNaam: "Werkplek op trede 4",
    soort: "MAATWERK", categorie: "OP_TREDE", doelTrede: 4, startTreden: [4],
    omschrijving: "Je doet zelfstandig werk met enige verantwoordelijkheid en werkdruk. Wat je doet heeft waarde voor het bedrijf.",
    begeleiding: "De begeleider is op afstand en oproepbaar.",
    duurMaanden: 24, duurIsMaximum: true, verlenging: "HERHAALD", prijsEenheid: "PER_UUR",
    iwmoCategorie: "07", iwmoCode: "07W40", iwmoEenheid: "04", iwmoFrequentie: "2", iwmoVolume: null, volgorde: 6,
  },
  {
    code: "BG_BASIS", naam: "Begeleiding groep basis", korteNaam: "Begeleiding groep basis",
    soort: "MAATWERK", categorie: "BEGELEIDING_GROEP", doelTrede: null, startTreden: [2],
    omschrijving: "Voor inwoners die hulp nodig hebben om de regie vast te houden of te vergroten, op één of enkele leefgebieden.",
    begeleiding: "Begeleiding in een groep, gericht op ontmoeten (trede 2).",
    duurMaanden: null, duurIsMaximum: false, verlenging: "HERHAALD", prijsEenheid: "GEMEENTELIJK",
    iwmoCategorie: "07", iwmoCode: "07G01", iwmoEenheid: null, iwmoFrequentie: null, iwmoVolume: null, volgorde: 7,
  },
  {
    code: "BG_COMPLEX", naam: "Begeleiding groep complex", korteNaam: "Begeleiding groep complex",
    soort: "MAATWERK", categorie: "BEGELEIDING_GROEP", doelTrede: null, startTreden: [2],
    omschrijving: "Voor inwoners die het overzicht kwijt zijn en op vier of meer leefgebieden problemen hebben.",
    begeleiding: "Begeleiding in een groep, gericht op ontmoeten (trede 2).",
    duurMaanden: null, duurIsMaximum: false, verlenging: "HERHAALD", prijsEenheid: "GEMEENTELIJK",
    iwmoCategorie: "07", iwmoCode: "07G02", iwmoEenheid: null, iwmoFrequentie: null, iwmoVolume: null, volgorde: 8,
  },
  {
    code: "BG_INTENSIEF", naam: "Begeleiding groep duurzaam intensief", korteNaam: "Begeleiding groep intensief",
    soort: "MAATWERK", categorie: "BEGELEIDING_GROEP", doelTrede: null, startTreden: [2],
    omschrijving: "Voor inwoners met meerdere beperkingen die op een aantal leefgebieden steeds begeleiding nodig hebben.",
    begeleiding: "Doorlopende begeleiding in een groep, gericht op dag- en weekstructuur (trede 2).",
    duurMaanden: null, duurIsMaximum: false, verlenging: "HERHAALD", prijsEenheid: "GEMEENTELIJK",
    iwmoCategorie: "07", iwmoCode: "07G03", iwmoEenheid: null, iwmoFrequentie: null, iwmoVolume: null, volgorde: 9,
  },
];

// R-TAR-1: 2024 tariffs in cents. Other years are added by beheer (never guessed).
export const tarieven2024: Record<string, number> = {
  ONTW_3: 31904,
  ONTW_4: 31904,
  ONTW_5: 31904,
  OP_TREDE_3: 1063,
  OP_TREDE_4: 786,
};

// R-AOW-1. Dates as UTC midnight; null = open-ended. The first cohort starts on 1 January 1957:
// people born before that had a LOWER AOW age (e.g. 66 years and some months), so until beheer
// enters those cohorts such a birth date is an unknown cohort, flagged, never silently 67
// (issue 11 defect 11; the seed once had an open start here, corrected in seed/referentie.ts).
export const aowLeeftijden = [
  { id: "aow-tot-1960", geborenVanaf: "1957-01-01", geborenTotMet: "1960-12-31", jaren: 67, maanden: 0 },
  { id: "aow-1961-1964", geborenVanaf: "1961-01-01", geborenTotMet: "1964-09-30", jaren: 67, maanden: 3 },
] as const;

// R-VV-1 in cents.
export const vrijwilligersvergoedingGrenzen = [
  { jaar: 2023, perUurCent: 500, perMaandCent: 19000, perJaarCent: 190000 },
  { jaar: 2024, perUurCent: 550, perMaandCent: 21000, perJaarCent: 210000 },
  { jaar: 2025, perUurCent: 560, perMaandCent: 21000, perJaarCent: 210000 },
];

export const branches = [
  { slug: "groen-en-tuin", naam: "Groen en tuin", omschrijving: "Tuinen, parken, kwekerijen en natuurbeheer." },
  { slug: "horeca", naam: "Horeca en catering", omschrijving: "Koken, bedienen en afwassen in restaurants, lunchrooms en kantines." },
  { slug: "detailhandel", naam: "Winkel en verkoop", omschrijving: "Vakken vullen, kassa, klanten helpen en kringloopwinkels." },
  { slug: "logistiek", naam: "Magazijn en logistiek", omschrijving: "Orders verzamelen, inpakken, voorraad en bezorgen." },
  { slug: "techniek", naam: "Techniek en metaal", omschrijving: "Fietsen, hout, metaal en klein onderhoud." },
  { slug: "zorg-en-welzijn", naam: "Zorg en welzijn", omschrijving: "Helpen in zorgcentra, buurthuizen en bij activiteiten." },
  { slug: "schoonmaak", naam: "Schoonmaak en facilitair", omschrijving: "Schoonmaken, wassen, strijken en gebouwbeheer." },
  { slug: "administratie", naam: "Administratie en kantoor", omschrijving: "Post, archief, invoerwerk en receptie." },
  { slug: "dieren", naam: "Dieren en boerderij", omschrijving: "Zorgboerderijen, kinderboerderijen en dierenopvang." },
  { slug: "creatief", naam: "Creatief en ambacht", omschrijving: "Drukwerk, textiel, hout en kunst." },
  { slug: "ict", naam: "ICT en media", omschrijving: "Computers opknappen, websites en beeld en geluid." },
  { slug: "recycling", naam: "Recycling en kringloop", omschrijving: "Sorteren, repareren en hergebruiken." },
] as const;

export const mogelijkheden = [
  // Ontwikkelmogelijkheden
  { slug: "certificaat", soort: "ONTWIKKELING", naam: "Certificaat of diploma halen", omschrijving: "Je kunt een erkend certificaat halen, zoals VCA, heftruck of hygiëne.", volgorde: 1 },
  { slug: "werknemersvaardigheden", soort: "ONTWIKKELING", naam: "Werknemersvaardigheden leren", omschrijving: "Op tijd komen, afspraken nakomen en samenwerken.", volgorde: 2 },
  { slug: "vakvaardigheden", soort: "ONTWIKKELING", naam: "Vakvaardigheden leren", omschrijving: "Je leert het vak, stap voor stap.", volgorde: 3 },
  { slug: "portfolio", soort: "ONTWIKKELING", naam: "Portfolio bijhouden", omschrijving: "Je houdt bij wat je kunt en hebt geleerd.", volgorde: 4 },
  { slug: "doorstroom-betaald-werk", soort: "ONTWIKKELING", naam: "Doorstromen naar betaald werk", omschrijving: "Je krijgt hulp bij solliciteren en het vinden van een betaalde baan.", volgorde: 5 },
  { slug: "taal-en-rekenen", soort: "ONTWIKKELING", naam: "Taal en rekenen oefenen", omschrijving: "Je oefent Nederlands en rekenen tijdens het werk.", volgorde: 6 },
  // Ondersteuningsmogelijkheden
  { slug: "begeleiding-op-de-werkplek", soort: "ONDERSTEUNING", naam: "Begeleider op de werkplek", omschrijving: "Er is altijd een begeleider in de buurt.", volgorde: 11 },
  { slug: "begeleiding-op-afstand", soort: "ONDERSTEUNING", naam: "Begeleider op afstand (oproepbaar)", omschrijving: "Je werkt zelfstandig en kunt je begeleider bellen.", volgorde: 12 },
  { slug: "vaste-werkbuddy", soort: "ONDERSTEUNING", naam: "Vaste werkbuddy", omschrijving: "Een vaste collega helpt je op weg.", volgorde: 13 },
  { slug: "rolstoeltoegankelijk", soort: "ONDERSTEUNING", naam: "Rolstoeltoegankelijk", omschrijving: "De werkplek is goed bereikbaar met een rolstoel.", volgorde: 14 },
  { slug: "prikkelarm", soort: "ONDERSTEUNING", naam: "Rustige, prikkelarme plek", omschrijving: "Weinig geluid en drukte om je heen.", volgorde: 15 },
  { slug: "flexibele-uren", soort: "ONDERSTEUNING", naam: "Flexibele werktijden", omschrijving: "Je kunt in overleg klein beginnen en je uren opbouwen.", volgorde: 16 },
  { slug: "vervoer", soort: "ONDERSTEUNING", naam: "Hulp bij vervoer", omschrijving: "Er is hulp om op de werkplek te komen.", volgorde: 17 },
  { slug: "lunch", soort: "ONDERSTEUNING", naam: "Lunch op de werkplek", omschrijving: "Je kunt samen met collega's lunchen.", volgorde: 18 },
] as const;

export type BrancheSlug = (typeof branches)[number]["slug"];
export type MogelijkheidSlug = (typeof mogelijkheden)[number]["slug"];
