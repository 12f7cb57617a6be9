import "server-only";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { schrijfNaarOutbox, type MailBericht } from "./outbox";

// Mail settings live here rather than in src/server/env.ts so the mail module owns its own
// configuration; validated the same way. An empty variable counts as unset.
const leegIsOnbekend = (v: unknown) => (v === "" ? undefined : v);
const schema = z.object({
  SMTP_URL: z.preprocess(leegIsOnbekend, z.string().url().optional()),
  MAIL_FROM: z.preprocess(leegIsOnbekend, z.string().default("Apeldoorn Werkt Mee <noreply@apeldoornwerktmee.nl>")),
  MAIL_OUTBOX_DIR: z.preprocess(leegIsOnbekend, z.string().default("var/outbox")),
  MAIL_VIEWER: z.preprocess(leegIsOnbekend, z.enum(["true", "false"]).optional()),
});

const mailEnv = schema.parse(process.env);

/** Absolute folder of the file outbox (used when no SMTP_URL is set). */
export function outboxMap(): string {
  return path.resolve(mailEnv.MAIL_OUTBOX_DIR);
}

/**
 * The /dev/mail viewer shows every sent message, including login links, so it is off in
 * production. The e2e tests run a production build and set MAIL_VIEWER=true to read their mail.
 */
export function mailViewerToegestaan(): boolean {
  return process.env.NODE_ENV !== "production" || mailEnv.MAIL_VIEWER === "true";
}

let smtp: Transporter | undefined;

export async function verstuurMail(bericht: MailBericht): Promise<{ id: string }> {
  if (!mailEnv.SMTP_URL) return schrijfNaarOutbox(outboxMap(), bericht, mailEnv.MAIL_FROM);
  smtp ??= nodemailer.createTransport(mailEnv.SMTP_URL); // reused: SMTP_URL may ask for ?pool=true
  const info = await smtp.sendMail({
    from: mailEnv.MAIL_FROM,
    to: bericht.aan,
    subject: bericht.onderwerp,
    text: bericht.tekst,
    html: bericht.html,
  });
  return { id: info.messageId };
}
