import { z } from "zod";

// What the sign-in forms send (docs/decisions/0006): the password step, the code step and the
// enrolment of the second factor. The same schemas parse the browser's form and whatever a
// crafted request to /api/auth/callback/credentials carries.

/** An e-mail address, lower case; `leeg` is said when nothing was typed. */
export const emailVeld = (melding = "Vul een geldig e-mailadres in.", leeg = melding) =>
  z.string().trim().toLowerCase().min(1, leeg).max(254, melding).pipe(z.email(melding));

export const inlogSchema = z.object({
  email: emailVeld(undefined, "Vul je e-mailadres in."),
  wachtwoord: z.string().min(1, "Vul je wachtwoord in.").max(1000, "Dit wachtwoord is te lang."),
});

/** A code from the app (6 digits) or a recovery code (xxxx-xxxx-xxxx); checked on the server. */
export const codeVeld = z.string().trim().min(1, "Vul de code uit je app in, of een herstelcode.").max(40, "Deze code klopt niet.");

/** The signed ticket of the password step (a cookie) and the code; the ticket is checked on the server. */
export const codeStapSchema = z.object({
  ticket: z.string().max(2000).default(""),
  code: z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().trim().max(40, "Deze code klopt niet.")),
});

/** The form of the code step and of the enrolment: one field. */
export const codeFormulierSchema = z.object({ code: codeVeld });

/** Why the second step failed; carried by next-auth as the error's `code`. */
export type CodeWeigering = "verlopen" | "geblokkeerd" | "onjuist";

export const VERLOPEN = "Je bent te lang bezig geweest. Log opnieuw in met je e-mailadres en wachtwoord.";

export const codeMelding: Record<CodeWeigering, string> = {
  verlopen: VERLOPEN,
  geblokkeerd: `Te veel verkeerde codes. Wacht 15 minuten en log dan opnieuw in.`,
  onjuist: "Deze code klopt niet. Kijk of je de nieuwste code uit je app gebruikt.",
};

export const isCodeWeigering = (v: unknown): v is CodeWeigering => v === "verlopen" || v === "geblokkeerd" || v === "onjuist";
