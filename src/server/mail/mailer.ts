import "server-only";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";
import { schrijfNaarOutbox, type MailBericht } from "./outbox";

const mailEnv = env;

/** Absolute folder of the file outbox (used when no SMTP_URL is set). */
export function outboxMap(): string {
  return path.resolve(mailEnv.MAIL_OUTBOX_DIR);
}

/**
 * The /dev/mail viewer shows every sent message, including login links, so it is off in
 * production. The e2e tests run a production build and set MAIL_VIEWER=true to read their mail.
 */
export function mailViewerToegestaan(): boolean {
  return env.NODE_ENV !== "production" || env.MAIL_VIEWER;
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
