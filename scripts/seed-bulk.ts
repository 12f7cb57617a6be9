import "dotenv/config";
import { parseEnv } from "../src/server/env";
import { randomUUID } from "node:crypto";
import cliProgress from "cli-progress";
import { afstandKm } from "../src/domain/afstand";
import { werkplekZoektekst } from "../src/domain/werkplek-zoektekst";
import { Pc4Geocoder } from "../src/server/geo/pc4-geocoder";
import { maakPrismaClient, zetSqlitePragmas } from "../src/server/prisma-client";
import { seedReferentie } from "../prisma/seed/referentie";

// Fills a database with N synthetic published werkplekken for benchmarks:
//   npm run seed:bulk -- 10000        (DATABASE_URL chooses the database)
// 30 % lie within 30 km of Apeldoorn (where the catalogue is searched), the rest across the
// country, so the distance index has real work to do. Deterministic for a given N.

const aantal = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(aantal) || aantal < 1 || aantal > 1_000_000) {
  console.error("Gebruik: npm run seed:bulk -- <aantal werkplekken, 1 tot 1.000.000>");
  process.exit(2);
}

let zaad = aantal;
const willekeurig = () => (zaad = (zaad * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(willekeurig() * lijst.length)]!;

const TITELS = ["Medewerker", "Assistent", "Hulp", "Helper", "Leerling"];
const WERK = ["keuken", "magazijn", "tuin", "winkel", "werkplaats", "receptie", "kringloop", "boerderij", "wasserij", "drukkerij"];
const APELDOORN = { latitude: 52.2112, longitude: 5.9699 };
const BATCH = 500;

async function main() {
  const url = parseEnv(process.env).DATABASE_URL;
  const db = maakPrismaClient(url);
  await zetSqlitePragmas(db);
  await seedReferentie(db);
  const branches = await db.branche.findMany();
  const opties = await db.mogelijkheid.findMany();
  const alle = [...new Pc4Geocoder("data/nl-pc4.csv").alle().entries()];
  const dichtbij = alle.filter(([, l]) => afstandKm(APELDOORN, l) <= 30);

  const aanbieder = await db.aanbieder.upsert({
    where: { kvkNummer: "99999999" },
    update: {},
    create: {
      slug: "bulk-aanbieder",
      naam: "Synthetische aanbieder",
      kvkNummer: "99999999",
      agbCode: "99999999",
      omschrijving: "Voor benchmarks.",
      contactNaam: "Bench",
      contactEmail: "bench@example.invalid",
      contractVan: new Date("2024-01-01T00:00:00Z"),
    },
  });

  console.log(`${aantal} synthetische werkplekken in ${url.replace(/\/\/.*@/, "//…@")}`);
  const balk = new cliProgress.SingleBar(
    { format: "{bar} {percentage}% | {value}/{total} werkplekken | {eta}s", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  balk.start(aantal, 0);
  for (let start = 0; start < aantal; start += BATCH) {
    const werkplekken = [];
    const koppelingen = [];
    for (let i = start; i < Math.min(aantal, start + BATCH); i++) {
      const [pc4, locatie] = willekeurig() < 0.3 ? kies(dichtbij) : kies(alle);
      const branche = kies(branches);
      const titel = `${kies(TITELS)} ${kies(WERK)} ${i + 1}`;
      const t3 = willekeurig() < 0.6;
      const id = randomUUID();
      werkplekken.push({
        id,
        aanbiederId: aanbieder.id,
        brancheId: branche.id,
        titel,
        slug: `bulk-${id}`,
        omschrijving: `Synthetische werkplek ${i + 1} voor metingen.`,
        taken: "- Meewerken",
        begeleiding: "Begeleiding volgens afspraak.",
        straat: "Meetstraat",
        huisnummer: String(i + 1),
        postcode: pc4,
        plaats: locatie.plaats,
        latitude: locatie.latitude + (willekeurig() - 0.5) * 0.01,
        longitude: locatie.longitude + (willekeurig() - 0.5) * 0.01,
        biedtTrede3: t3,
        biedtTrede4: !t3 || willekeurig() < 0.3,
        ontwikkelingNaar3: willekeurig() < 0.3,
        ontwikkelingNaar4: willekeurig() < 0.3,
        ontwikkelingNaar5: willekeurig() < 0.2,
        dagenEnTijden: "Maandag tot en met vrijdag",
        urenPerWeekMin: 4,
        urenPerWeekMax: 24,
        plaatsenBeschikbaar: 1 + Math.floor(willekeurig() * 4),
        toegankelijkheid: "Bereikbaar met het openbaar vervoer.",
        status: "GEPUBLICEERD" as const,
        gepubliceerdOp: new Date(),
        zoektekst: werkplekZoektekst({
          titel,
          omschrijving: "",
          taken: "",
          plaats: locatie.plaats,
          brancheNaam: branche.naam,
          aanbiederNaam: aanbieder.naam,
        }),
      });
      for (const o of opties) if (willekeurig() < 0.3) koppelingen.push({ werkplekId: id, mogelijkheidId: o.id });
    }
    await db.$transaction([db.werkplek.createMany({ data: werkplekken }), db.werkplekMogelijkheid.createMany({ data: koppelingen })]);
    balk.update(Math.min(aantal, start + BATCH));
  }
  balk.stop();
  console.log(`Klaar: ${await db.werkplek.count({ where: { status: "GEPUBLICEERD" } })} gepubliceerde werkplekken in de database.`);
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
