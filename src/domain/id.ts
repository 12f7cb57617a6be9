import { z } from "zod";

// Ids that arrive in forms and URLs: cuid() or the seed's fixed keys. Anything else cannot be a
// row, so it is never sent to the database. One pattern for the whole portal.

export const ID_PATROON = /^[A-Za-z0-9_-]{1,64}$/;

export const idVeld = z.string().regex(ID_PATROON, "Onbekend record.");

export function isId(waarde: unknown): waarde is string {
  return typeof waarde === "string" && ID_PATROON.test(waarde);
}

/** The input of an action that names one record and nothing else. */
export const idSchema = z.object({ id: idVeld });
