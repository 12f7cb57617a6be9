import { z } from "zod";
import { BEREIK, optioneleDatumVeld } from "../kalender";
import { ID_PATROON, idVeld } from "../id";

// The eindverantwoording form (R-EV-1…3, issue 11). The schema only reads the form: a draft may be
// incomplete, so nothing is required here; what must be there on submission is checked by
// `controleerIndienen` (./regels.ts), with one Dutch message per field. Goals of the plan arrive
// as `resultaat-<doelId>` and `toelichting-<doelId>` fields, one pair per PlanDoel.

export const DOEL_RESULTATEN = {
  BEREIKT: "Bereikt",
  GEDEELTELIJK: "Gedeeltelijk bereikt",
  NIET_BEREIKT: "Niet bereikt",
} as const;
export type DoelResultaatWaarde = keyof typeof DOEL_RESULTATEN;

const MAX_TEKST = 5000;
const tekst = (naam: string) =>
  z
    .preprocess((v) => (v === undefined || v === null ? "" : v), z.string({ error: `${naam} kon niet worden gelezen.` }))
    .transform((v) => v.trim())
    .refine((v) => v.length <= MAX_TEKST, `${naam} mag hoogstens ${MAX_TEKST} tekens zijn.`);

const optioneleTrede = (melding: string) =>
  z
    .preprocess((v) => v ?? "", z.string({ error: melding }))
    .refine((v) => /^[1-6]?$/.test(v), melding)
    .transform((v) => (v === "" ? null : Number(v)));

const RESULTAAT_VELD = /^resultaat-([A-Za-z0-9_-]{1,64})$/;
const TOELICHTING_VELD = /^toelichting-([A-Za-z0-9_-]{1,64})$/;

export type DoelInvoer = { resultaat: DoelResultaatWaarde | null; toelichting: string };

export const eindverantwoordingSchema = z
  .looseObject({
    id: idVeld,
    /** Which button was pressed: save a draft, or submit. */
    actie: z.enum(["concept", "indienen"], { error: "Kies opslaan als concept of indienen." }),
    /** Optimistic concurrency: the version the form was opened on ("" for a new one). */
    versie: z
      .preprocess((v) => v ?? "", z.string())
      .refine((v) => /^\d{0,9}$/.test(v), "Vernieuw de pagina en probeer het opnieuw.")
      .transform((v) => (v === "" ? null : Number(v))),
    algemeen: tekst("Het algemeen functioneren"),
    resultaatToelichting: tekst("De toelichting op het resultaat"),
    voortzetten: tekst("Welke doelen worden voortgezet"),
    nieuweDoelen: tekst("De nieuwe doelen"),
    /** Issue 21 item 23: is a next period (verlenging or another product) proposed? */
    vervolgNodig: z
      .preprocess((v) => v ?? "", z.string())
      .refine((v) => v === "" || v === "ja" || v === "nee", "Kies ja of nee.")
      .transform((v) => (v === "" ? null : v === "ja")),
    adviesTrede: optioneleTrede("Kies een trede van 1 tot en met 6."),
    adviesWaarHoe: tekst("Het advies"),
    stapGemaakt: z
      .preprocess((v) => v ?? "", z.string())
      .refine((v) => v === "" || v === "ja" || v === "nee", "Kies ja of nee.")
      .transform((v) => (v === "" ? null : v === "ja")),
    stapToelichting: tekst("De toelichting op de stap"),
    bereikteTrede: optioneleTrede("Kies de bereikte trede van 1 tot en met 6."),
    samenMetInwoner: z.preprocess((v) => v ?? "", z.string()).transform((v) => v === "ja"),
    samenMetInwonerOp: optioneleDatumVeld({
      ongeldig: "Vul een bestaande datum in, bijvoorbeeld 15-03-2026.",
      ...BEREIK.verleden,
      buitenBereik: "De datum van het gesprek met de inwoner ligt niet in de toekomst.",
    }),
  })
  .transform((v, ctx) => {
    const doelen: Record<string, DoelInvoer> = {};
    const bij = (id: string) => (doelen[id] ??= { resultaat: null, toelichting: "" });
    for (const [k, waarde] of Object.entries(v)) {
      const r = RESULTAAT_VELD.exec(k);
      const t = TOELICHTING_VELD.exec(k);
      if (!r && !t) continue;
      if (typeof waarde !== "string") {
        ctx.addIssue({ code: "custom", path: [k], message: "Dit veld kon niet worden gelezen." });
        continue;
      }
      if (r) {
        if (waarde !== "" && !(waarde in DOEL_RESULTATEN)) {
          ctx.addIssue({ code: "custom", path: [k], message: "Kies bereikt, gedeeltelijk bereikt of niet bereikt." });
          continue;
        }
        bij(r[1]!).resultaat = waarde === "" ? null : (waarde as DoelResultaatWaarde);
      } else if (t) {
        const tk = waarde.trim();
        if (tk.length > MAX_TEKST)
          ctx.addIssue({ code: "custom", path: [k], message: `De toelichting mag hoogstens ${MAX_TEKST} tekens zijn.` });
        bij(t[1]!).toelichting = tk;
      }
    }
    return {
      id: v.id,
      actie: v.actie,
      versie: v.versie,
      algemeen: v.algemeen,
      resultaatToelichting: v.resultaatToelichting,
      voortzetten: v.voortzetten,
      nieuweDoelen: v.nieuweDoelen,
      vervolgNodig: v.vervolgNodig,
      adviesTrede: v.adviesTrede,
      adviesWaarHoe: v.adviesWaarHoe,
      stapGemaakt: v.stapGemaakt,
      stapToelichting: v.stapToelichting,
      bereikteTrede: v.bereikteTrede,
      samenMetInwoner: v.samenMetInwoner,
      samenMetInwonerOp: v.samenMetInwonerOp,
      doelen,
    };
  });

export type EindverantwoordingInvoer = z.output<typeof eindverantwoordingSchema>;

/** The field names of one goal, the same in the form and in the error messages. */
export const doelVelden = (doelId: string) => ({ resultaat: `resultaat-${doelId}`, toelichting: `toelichting-${doelId}` });

export const isDoelId = (v: string) => ID_PATROON.test(v);

const vraag = z
  .string({ error: "Schrijf je vraag aan de aanbieder." })
  .trim()
  .min(10, "Schrijf je vraag aan de aanbieder (minstens 10 tekens).")
  .max(2000, "De vraag mag hoogstens 2000 tekens zijn.");

/** The contact person sends the report back once, with a question. */
export const terugsturenSchema = z.object({ id: idVeld, terugvraag: vraag });

const trede = (melding: string) =>
  z
    .string({ error: melding })
    .regex(/^[1-6]$/, melding)
    .transform(Number);

/** R-LAD-3: the inwoner's trede after the traject, proposed from the report. */
export const tredeNaTrajectSchema = z
  .object({
    id: idVeld,
    datum: optioneleDatumVeld({
      ongeldig: "Vul een bestaande datum in, bijvoorbeeld 01-03-2026.",
      ...BEREIK.verleden,
      buitenBereik: "Vul een datum in van 2000 tot en met vandaag. Leg vast wat nu geldt, niet wat nog komt.",
    }).refine((d) => d !== null, "Vul de datum in."),
    trede: trede("Kies de trede na het traject, van 1 tot en met 6."),
    perspectiefTrede: optioneleTrede("Kies een perspectieftrede van 1 tot en met 6, of laat het leeg."),
    toelichting: z
      .preprocess((v) => v ?? "", z.string())
      .transform((v) => v.trim())
      .refine((v) => v.length <= 1000, "De toelichting mag niet langer zijn dan 1000 tekens."),
  })
  .refine((l) => l.perspectiefTrede === null || l.perspectiefTrede >= l.trede, {
    path: ["perspectiefTrede"],
    message: "Het perspectief ligt niet lager dan de trede na het traject.",
  })
  .transform((l) => ({ ...l, datum: l.datum as Date }));
