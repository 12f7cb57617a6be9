import { z } from "zod";
import { isGemeentecode, REDEN_AFWIJZING } from "./codes";

// The forms of the Berichten pages (issue 13): upload, answer to a verzoek, the gemeentecode.

export const MAX_BESTANDEN = 20;

const bestand = z.custom<File>((v) => typeof File !== "undefined" && v instanceof File, "Kies een bestand.");

export const uploadSchema = z.object({
  bestanden: z.preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]),
    z
      .array(bestand)
      .transform((l) => l.filter((f) => f.size > 0 || f.name !== ""))
      .refine((l) => l.length > 0, "Kies een of meer berichten (XML-bestanden).")
      .refine((l) => l.length <= MAX_BESTANDEN, `Lees ten hoogste ${MAX_BESTANDEN} bestanden tegelijk in.`),
  ),
});

const redenen = Object.keys(REDEN_AFWIJZING) as [string, ...string[]];

export const antwoordSchema = z
  .object({
    id: z.string().min(1).max(40),
    antwoord: z.enum(["1", "2"], { error: "Kies: afwijzen of in onderzoek nemen." }),
    reden: z.preprocess((v) => (v === "" ? undefined : v), z.enum(redenen, { error: "Kies de reden van afwijzing." }).optional()),
  })
  .refine((a) => a.antwoord !== "1" || a.reden, { path: ["reden"], message: "Kies de reden van afwijzing." });

export const gemeentecodeSchema = z.object({
  gemeentecode: z
    .string({ error: "Vul de gemeentecode in." })
    .trim()
    .refine(isGemeentecode, "De gemeentecode bestaat uit 4 cijfers, bijvoorbeeld 0200 voor Apeldoorn."),
});
