import "server-only";
import fs from "node:fs";
import path from "node:path";
import { zipSync, strToU8 } from "fflate";
import { db } from "../../db";
import { log } from "../../log";
import { werkUitgaandBij } from "./uitgaand";

// How messages leave (issue 13): as files, one per message, the way a small gemeente or aanbieder
// exchanges them with the GGK portal. `uitvoer` (CLI) writes them to a folder; the back office
// downloads them as one zip. Either way the messages are marked sent in the same step.

export type Partij = "GEMEENTE" | "AANBIEDER";
export type UitvoerFilter = { partij?: Partij; aanbiederId?: string };

const filterWaar = (filter: UitvoerFilter) => ({
  ...(filter.partij ? { partij: filter.partij } : {}),
  ...(filter.aanbiederId ? { aanbiederId: filter.aanbiederId } : {}),
});

/**
 * The scheduled catch-up before messages leave (the CLI, the download): what came with time (a
 * gemeente's end reached, a 305's deadline) or an earlier failure left. Never on a page view.
 */
export async function werkBijVoorVerzenden(nu = new Date()) {
  const { fouten } = await werkUitgaandBij(nu);
  for (const f of fouten) log.error({ bron: "iwmo" }, `outbox: ${f}`);
}

/** Messages due (a read: it makes none). */
export async function teVerzenden(filter: UitvoerFilter = {}) {
  return db.iwmoBericht.findMany({
    where: { status: "TE_VERZENDEN", ...filterWaar(filter) },
    orderBy: [{ aangemaaktOp: "asc" }, { id: "asc" }],
  });
}

/**
 * Mark as sent, only those still due (a second download at the same time sends nothing twice) and
 * only those of the side that sends them (the filter of the list they came from).
 */
export async function markeerVerzonden(ids: string[], nu = new Date(), filter: UitvoerFilter = {}): Promise<string[]> {
  const verzonden: string[] = [];
  for (const id of ids) {
    const r = await db.iwmoBericht.updateMany({
      where: { id, status: "TE_VERZENDEN", ...filterWaar(filter) },
      data: { status: "VERZONDEN", verzondenOp: nu },
    });
    if (r.count) verzonden.push(id);
  }
  return verzonden;
}

/**
 * `npm run iwmo -- uitvoer DIR`: the gemeente's GGK connection, so by default the gemeente's own
 * messages due, one file each in DIR, then marked sent; an aanbieder's messages are its own to
 * download (issue 21, item 17).
 */
export async function schrijfUitvoer(map: string, nu = new Date(), filter: UitvoerFilter = { partij: "GEMEENTE" }): Promise<string[]> {
  fs.mkdirSync(map, { recursive: true });
  await werkBijVoorVerzenden(nu);
  const berichten = await teVerzenden(filter);
  const geschreven: string[] = [];
  for (const b of berichten) {
    const bestand = path.join(map, b.bestandsnaam);
    fs.writeFileSync(bestand, b.xml, { encoding: "utf8", flag: "wx" });
    if ((await markeerVerzonden([b.id], nu, filter)).length) geschreven.push(bestand);
    else fs.rmSync(bestand);
  }
  return geschreven;
}

/** The zip of the given messages (one XML file each). */
export function zipVan(berichten: { bestandsnaam: string; xml: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(berichten.map((b) => [b.bestandsnaam, strToU8(b.xml)])), { level: 6 });
}
