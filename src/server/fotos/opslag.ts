import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

// Where processed werkplek photos live. Every app instance must see the same files: by default a
// folder (UPLOADS_DIR) that all instances share (a network volume); an S3-compatible object store
// would be a second implementation of this interface (docs/decisions/0010).

export interface FotoOpslag {
  /** Stores the file under its name; a file of the same name is replaced whole. */
  schrijf(naam: string, data: Uint8Array): Promise<void>;
  /** The file's bytes, or null when it is not there. */
  lees(naam: string): Promise<Uint8Array | null>;
}

const NAAM = /^[A-Za-z0-9._-]+$/;

export class MapOpslag implements FotoOpslag {
  constructor(private readonly map: string) {}

  private pad(naam: string): string {
    if (!NAAM.test(naam) || naam.startsWith(".")) throw new Error("Ongeldige bestandsnaam");
    return path.join(this.map, naam);
  }

  async schrijf(naam: string, data: Uint8Array): Promise<void> {
    const doel = this.pad(naam);
    await mkdir(this.map, { recursive: true });
    // Write aside, then rename: another instance never reads half a file.
    const tijdelijk = path.join(this.map, `.${randomUUID()}.tmp`);
    await writeFile(tijdelijk, data);
    await rename(tijdelijk, doel);
  }

  async lees(naam: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pad(naam)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }
}

/** The configured store (read on every call, so tests can point UPLOADS_DIR elsewhere). */
export function fotoOpslag(): FotoOpslag {
  return new MapOpslag(path.resolve(env.UPLOADS_DIR));
}
