import { z } from "zod";
import { ID_PATROON, idVeld } from "./id";

// The gemeente's handling of an "ik heb interesse" request (issue 4, issue 8): assign it to a
// colleague, link it to an inwoner, mark it handled. `id` is the request's, bound in the page.

export const toewijzenSchema = z.object({
  id: idVeld,
  behandelaarId: z.string({ error: "Kies een medewerker uit de lijst." }).regex(ID_PATROON, "Kies een medewerker uit de lijst."),
});

export const INWONER_ONBEKEND = "Deze inwoner bestaat niet. Zoek de inwoner op naam of geboortedatum.";
export const ZOEK_LEEG = "Vul de naam of de geboortedatum van de inwoner in.";

/** A pasted dossier link (https://…/gemeente/inwoners/<id>?x) works as well as a bare id. */
export function inwonerIdUitLink(waarde: string): string {
  return waarde.trim().split(/[?#]/)[0]!.split("/").filter(Boolean).at(-1) ?? "";
}

/**
 * Linking (issue 10): staff search by name or birth date (`zoek`) and then choose one of the
 * inwoners found (`inwoner`, an id; a pasted dossier link still works). Without a choice, the
 * search runs.
 */
export const koppelenSchema = z
  .object({
    id: idVeld,
    inwoner: z
      .string({ error: INWONER_ONBEKEND })
      .max(300, INWONER_ONBEKEND)
      .transform(inwonerIdUitLink)
      .pipe(z.string().regex(ID_PATROON, INWONER_ONBEKEND))
      .optional(),
    zoek: z.string({ error: ZOEK_LEEG }).trim().max(100, "Zoek op hoogstens 100 tekens.").optional(),
  })
  .refine((v) => v.inwoner || v.zoek, { path: ["zoek"], message: ZOEK_LEEG });

export const afhandelenSchema = z.object({ id: idVeld });
