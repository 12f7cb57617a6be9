import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseSoort, maakPrismaClient } from "../src/server/prisma-client";

// Backups for both databases (docs/decisions/0010). SQLite: the online backup API, page by page,
// while the server keeps running. PostgreSQL: pg_dump's custom format and pg_restore, in one
// transaction. Each prints progress lines; a restore refuses a database that holds data unless
// told to overwrite it. The photos are rows (FotoInhoud, docs/decisions/0039), so a backup holds
// them; `fotosUitMap` copies the photo files of an installation from before that into the database.

type Voortgang = (regel: string) => void;
const standaardVoortgang: Voortgang = (r) => console.log(r);

const sqlitePad = (url: string) => path.resolve(url.replace(/^file:/, "").split("?")[0]!);

/** The pg_dump/pg_restore that fits the server: the same major version or newer. */
async function pgGereedschap(url: string, naam: "pg_dump" | "pg_restore"): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  await c.end();
  const serverMajor = Math.floor(Number(rows[0]!.v) / 10000);
  const kandidaten = [
    ...(process.env.PG_BINDIR ? [path.join(process.env.PG_BINDIR, naam)] : []),
    `/usr/lib/postgresql/${serverMajor}/bin/${naam}`,
    naam,
  ];
  for (const k of kandidaten) {
    let versie: string;
    try {
      versie = execFileSync(k, ["--version"], { encoding: "utf8" });
    } catch {
      continue;
    }
    const major = Number(/(\d+)(\.\d+)?/.exec(versie)?.[1]);
    if (major >= serverMajor) return k;
    throw new Error(
      `${naam} is versie ${major}, de server ${serverMajor}: installeer ${naam} ${serverMajor} of nieuwer (postgresql-client-${serverMajor}).`,
    );
  }
  throw new Error(`${naam} niet gevonden: installeer postgresql-client (zet eventueel PG_BINDIR).`);
}

function draai(cmd: string, args: string[], perRegel: (regel: string) => void): Promise<void> {
  return new Promise((klaar, faal) => {
    const p = spawn(cmd, args, { stdio: ["ignore", "inherit", "pipe"] });
    let rest = "";
    const fouten: string[] = [];
    p.stderr.on("data", (d: Buffer) => {
      const regels = (rest + d.toString()).split("\n");
      rest = regels.pop()!;
      for (const r of regels) {
        if (/error|fout|fatal/i.test(r)) fouten.push(r);
        perRegel(r);
      }
    });
    p.on("error", faal);
    p.on("close", (code) =>
      code === 0 ? klaar() : faal(new Error(`${path.basename(cmd)} stopte met code ${code}\n${fouten.join("\n")}`)),
    );
  });
}

async function pgTabellen(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    return rows.map((r) => r.t);
  } finally {
    await c.end();
  }
}

/** Does the database hold any row outside Prisma's migration table? */
export async function heeftGegevens(url: string): Promise<boolean> {
  if (databaseSoort(url) === "sqlite") {
    const pad = sqlitePad(url);
    if (!fs.existsSync(pad)) return false;
    const db = new Database(pad, { readonly: true });
    try {
      const tabellen = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'")
        .all() as { name: string }[];
      return tabellen.some((t) => db.prepare(`SELECT 1 FROM "${t.name.replaceAll('"', '""')}" LIMIT 1`).get() !== undefined);
    } finally {
      db.close();
    }
  }
  const tabellen = (await pgTabellen(url)).filter((t) => t !== "_prisma_migrations");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (const t of tabellen) {
      const { rowCount } = await c.query(`SELECT 1 FROM "${t.replaceAll('"', '""')}" LIMIT 1`);
      if (rowCount) return true;
    }
    return false;
  } finally {
    await c.end();
  }
}

export async function maakBackup(url: string, bestand: string, voortgang: Voortgang = standaardVoortgang): Promise<void> {
  const doel = path.resolve(bestand);
  fs.mkdirSync(path.dirname(doel), { recursive: true });
  if (databaseSoort(url) === "sqlite") {
    const db = new Database(sqlitePad(url), { fileMustExist: true });
    try {
      await db.backup(doel, {
        progress({ totalPages, remainingPages }) {
          const klaar = totalPages - remainingPages;
          voortgang(`Back-up: ${Math.round((100 * klaar) / Math.max(1, totalPages))}% (${klaar}/${totalPages} pagina's)`);
          return 200;
        },
      });
      voortgang("Back-up: 100%");
    } finally {
      db.close();
    }
  } else {
    const pgDump = await pgGereedschap(url, "pg_dump");
    const totaal = (await pgTabellen(url)).length;
    let n = 0;
    await draai(pgDump, ["--format=custom", "--no-owner", "--no-privileges", "--verbose", `--file=${doel}`, `--dbname=${url}`], (r) => {
      const m = /dumping contents of table "?(?:public\.)?"?([^"\s]+)/.exec(r);
      if (m) voortgang(`Back-up: tabel ${++n}/${totaal} (${m[1]})`);
    });
  }
  voortgang(`Back-up klaar: ${doel} (${Math.round(fs.statSync(doel).size / 1024)} kB)`);
}

export async function zetTerug(
  url: string,
  bestand: string,
  opties: { overschrijven?: boolean } = {},
  voortgang: Voortgang = standaardVoortgang,
): Promise<void> {
  const bron = path.resolve(bestand);
  if (!fs.existsSync(bron)) throw new Error(`Back-up ${bron} bestaat niet.`);
  if (!opties.overschrijven && (await heeftGegevens(url))) {
    throw new Error("De database bevat al gegevens. Terugzetten overschrijft die: geef --overschrijven mee als dat de bedoeling is.");
  }
  if (databaseSoort(url) === "sqlite") {
    const doel = sqlitePad(url);
    const backup = new Database(bron, { readonly: true, fileMustExist: true });
    try {
      const [{ integrity_check }] = backup.pragma("integrity_check") as [{ integrity_check: string }];
      if (integrity_check !== "ok") throw new Error(`De back-up is beschadigd: ${integrity_check}`);
      fs.mkdirSync(path.dirname(doel), { recursive: true });
      for (const bijbestand of [`${doel}-wal`, `${doel}-shm`]) fs.rmSync(bijbestand, { force: true });
      await backup.backup(doel, {
        progress({ totalPages, remainingPages }) {
          const klaar = totalPages - remainingPages;
          voortgang(`Terugzetten: ${Math.round((100 * klaar) / Math.max(1, totalPages))}% (${klaar}/${totalPages} pagina's)`);
          return 200;
        },
      });
      voortgang("Terugzetten: 100%");
    } finally {
      backup.close();
    }
  } else {
    const pgRestore = await pgGereedschap(url, "pg_restore");
    const lijst = execFileSync(pgRestore, ["--list", bron], { encoding: "utf8" });
    const totaal = lijst.split("\n").filter((r) => / TABLE DATA /.test(r)).length;
    let n = 0;
    await draai(
      pgRestore,
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        "--verbose",
        `--dbname=${url}`,
        bron,
      ],
      (r) => {
        const m = /processing data for table "?(?:public\.)?"?([^"\s]+)/.exec(r);
        if (m) voortgang(`Terugzetten: tabel ${++n}/${totaal} (${m[1]})`);
      },
    );
  }
  voortgang(`Teruggezet uit ${bron}`);
}

export type FotosUitMapUitkomst = { gekopieerd: number; alAanwezig: number; ontbreken: string[] };

/**
 * Once, after the migration 20261207220000_foto_inhoud on an installation that kept photos in a
 * folder (the old UPLOADS_DIR, default var/uploads): every photo the database knows (Foto.bestand)
 * whose bytes are not in FotoInhoud yet is read from the folder and stored. Idempotent: a second run
 * copies nothing. Names in the database whose file is missing are reported, not invented.
 */
export async function fotosUitMap(url: string, map: string, voortgang: Voortgang = standaardVoortgang): Promise<FotosUitMapUitkomst> {
  const db = maakPrismaClient(url);
  try {
    const fotos = await db.foto.findMany({ select: { bestand: true }, orderBy: { bestand: "asc" } });
    const aanwezig = new Set((await db.fotoInhoud.findMany({ select: { sleutel: true } })).map((r) => r.sleutel));
    const uit: FotosUitMapUitkomst = { gekopieerd: 0, alAanwezig: 0, ontbreken: [] };
    for (const { bestand } of fotos) {
      if (aanwezig.has(bestand)) {
        uit.alAanwezig++;
        continue;
      }
      // Foto.bestand is a content hash and ".jpg"; anything else is not read from disk.
      const pad = path.join(path.resolve(map), bestand);
      if (!/^[a-f0-9]{32}\.jpg$/.test(bestand) || !fs.existsSync(pad)) {
        uit.ontbreken.push(bestand);
        continue;
      }
      const inhoud = new Uint8Array(fs.readFileSync(pad));
      await db.fotoInhoud.create({ data: { sleutel: bestand, inhoud, mime: "image/jpeg", grootte: inhoud.byteLength } });
      uit.gekopieerd++;
      voortgang(`Foto's: ${uit.gekopieerd + uit.alAanwezig + uit.ontbreken.length}/${fotos.length}`);
    }
    voortgang(
      `Foto's klaar: ${uit.gekopieerd} gekopieerd, ${uit.alAanwezig} stonden al in de database, ${uit.ontbreken.length} niet gevonden in ${path.resolve(map)}` +
        (uit.ontbreken.length ? ` (${uit.ontbreken.join(", ")})` : ""),
    );
    return uit;
  } finally {
    await db.$disconnect();
  }
}
