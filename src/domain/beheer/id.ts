import { z } from "zod";

/** Ids in forms and URLs: cuid() or the seed's fixed keys. Anything else cannot be a row, so it is never sent to the database. */
export const idVeld = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Onbekend record.");
