import "server-only";
import path from "node:path";
import { env } from "../env";
import { log } from "../log";
import type { MailBericht } from "./outbox";
import { foutCode, verstuurRij, zetMailKlaar } from "./wachtrij";

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

/**
 * Queue a mail and send it right away, best effort (issue 23): when the mail server is down the
 * mail stays in the outbox (MailWachtrij) and the mail-versturen task sends it later, so this never
 * fails because of the mail server. Without SMTP_URL the mail lands as an .eml file in
 * MAIL_OUTBOX_DIR before this returns, as before. Inside a transaction, queue with
 * zetMailKlaar(bericht, tx) and call verstuurKlaargezet(id) after the commit.
 */
export async function verstuurMail(bericht: MailBericht): Promise<{ id: string }> {
  const { id } = await zetMailKlaar(bericht);
  await verstuurKlaargezet(id);
  return { id };
}

/** Best effort: send queued mails now; whatever fails is left to the mail-versturen task. */
export async function verstuurKlaargezet(...ids: string[]): Promise<void> {
  for (const id of ids) {
    try {
      const { afloop, fout } = await verstuurRij(id);
      // The code only: a mail server's error text may name the address.
      if (fout !== undefined) log.warn({ mailId: id, afloop, fout: foutCode(fout) }, "e-mail niet direct verstuurd");
    } catch (e) {
      log.warn({ mailId: id, err: e }, "e-mail niet direct verstuurd: blijft in de wachtrij");
    }
  }
}

export { zetMailKlaar };
