import "server-only";
import { db, isUniekFout } from "../../db";
import type { PrismaClient } from "../../prisma-client";

// Where processed werkplek photos live: in the database (table FotoInhoud), so that no instance
// needs a shared folder and `npm run backup` carries the photos with the data
// (docs/decisions/0039). An S3-compatible object store would be a second implementation of this
// interface; the ADR says when that would be worth it.

export interface OpgeslagenFoto {
  inhoud: Uint8Array;
  mime: string;
  /** Size in bytes. */
  grootte: number;
  aangemaakt: Date;
}

export interface FotoOpslag {
  /** Stores the bytes under their key; bytes under the same key are replaced whole. */
  schrijf(sleutel: string, inhoud: Uint8Array, mime: string): Promise<void>;
  /** The stored photo, or null when there is none under this key. */
  lees(sleutel: string): Promise<OpgeslagenFoto | null>;
}

/** A key is a plain file name (the content hash and ".jpg"), as Foto.bestand names it. */
const SLEUTEL = /^[A-Za-z0-9._-]{1,200}$/;

function controleer(sleutel: string): string {
  if (!SLEUTEL.test(sleutel) || sleutel.startsWith(".")) throw new Error("Ongeldige fotosleutel");
  return sleutel;
}

export class DatabaseOpslag implements FotoOpslag {
  constructor(private readonly client: PrismaClient) {}

  async schrijf(sleutel: string, inhoud: Uint8Array, mime: string): Promise<void> {
    const rij = { inhoud: new Uint8Array(inhoud), mime, grootte: inhoud.byteLength };
    const waar = { sleutel: controleer(sleutel) };
    try {
      await this.client.fotoInhoud.upsert({ where: waar, create: { ...waar, ...rij }, update: rij });
    } catch (e) {
      // Two uploads of the very same picture at once: the other one inserted first; the key is the
      // content hash, so its bytes are these bytes. Replace them anyway, as the interface promises.
      if (!isUniekFout(e)) throw e;
      await this.client.fotoInhoud.update({ where: waar, data: rij });
    }
  }

  async lees(sleutel: string): Promise<OpgeslagenFoto | null> {
    const rij = await this.client.fotoInhoud.findUnique({ where: { sleutel: controleer(sleutel) } });
    return rij ? { inhoud: rij.inhoud, mime: rij.mime, grootte: rij.grootte, aangemaakt: rij.createdAt } : null;
  }
}

/** The configured store: the portal's database. */
export function fotoOpslag(): FotoOpslag {
  return new DatabaseOpslag(db);
}
