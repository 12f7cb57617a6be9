import "server-only";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { env } from "../env";
import { meetBijOpvragen } from "../metriek";
import { schrijfNaarOutbox, type MailBericht } from "./outbox";

// The mail outbox (issue 23, docs/decisions/0041). Every mail is first a row in MailWachtrij,
// written in the same transaction as the change that causes it where the caller has one
// (zetMailKlaar(bericht, tx)). A row is then sent right away, best effort, and otherwise by the
// mail-versturen task, with retries and exponential backoff. A sender claims a row with one
// conditional UPDATE, so two senders (two instances, or the task and a request) never both send
// it. A row is marked sent after the server took it; a sender that dies in between leaves a claim
// that expires (CLAIM_MS) and the row is sent again: at least once, never twice while all is well.
// laatsteFout holds an error code or SMTP status only, never an address or the server's text.

/** How long a claim holds: longer than any single delivery (the timeouts below) can take. */
export const CLAIM_MS = 5 * 60_000;
/** After this many failed attempts (about a day with the backoff below) a row is given up. */
export const MAX_POGINGEN = 25;
/** Sent rows are removed after this time: they hold sign-in links and addresses. */
export const BEWAAR_VERZONDEN_MS = 7 * 24 * 60 * 60_000;

/** The wait before attempt n+1 after n failed ones: 1, 2, 4, … minutes, at most one hour. */
export function wachttijdNa(pogingen: number): number {
  return Math.min(60, 2 ** Math.max(0, pogingen - 1)) * 60_000;
}

/** What may be stored of an error: its code or SMTP status, never its text (it may name an address). */
export function foutCode(e: unknown): string {
  const f = (e ?? {}) as { responseCode?: unknown; code?: unknown; name?: unknown };
  if (typeof f.responseCode === "number") return `SMTP ${f.responseCode}`;
  const code = typeof f.code === "string" ? f.code : typeof f.name === "string" ? f.name : "ONBEKEND";
  return code.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 40) || "ONBEKEND";
}

/** The server refused the message for good (5xx): another attempt would be refused again. */
function blijvendGeweigerd(e: unknown): boolean {
  const code = (e as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** The connection failed (no SMTP answer at all): the other rows would fail the same way now. */
function verbindingsfout(e: unknown): boolean {
  return typeof (e as { responseCode?: unknown } | null)?.responseCode !== "number";
}

type Client = Pick<Prisma.TransactionClient, "mailWachtrij">;

/** Queue a mail; with `tx`, in the caller's transaction, so it exists exactly when the change does. */
export async function zetMailKlaar(bericht: MailBericht, client: Client = db): Promise<{ id: string }> {
  const rij = await client.mailWachtrij.create({
    data: { aan: bericht.aan, onderwerp: bericht.onderwerp, tekst: bericht.tekst, html: bericht.html ?? null },
    select: { id: true },
  });
  return rij;
}

/** Delivers one message: to the SMTP server of SMTP_URL, or as an .eml file in MAIL_OUTBOX_DIR. */
export type Bezorger = (bericht: MailBericht, id: string) => Promise<void>;

let smtp: { url: string; transport: Transporter } | undefined;

export const standaardBezorger: Bezorger = async (bericht, id) => {
  if (!env.SMTP_URL) {
    await schrijfNaarOutbox(path.resolve(env.MAIL_OUTBOX_DIR), bericht, env.MAIL_FROM);
    return;
  }
  if (smtp?.url !== env.SMTP_URL) {
    smtp?.transport.close();
    // Short timeouts: a request that sends right away must not hang on a server that is gone.
    const transport = nodemailer.createTransport({
      url: env.SMTP_URL,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    smtp = { url: env.SMTP_URL, transport }; // reused: SMTP_URL may ask for ?pool=true
  }
  await smtp.transport.sendMail({
    from: env.MAIL_FROM,
    to: bericht.aan,
    subject: bericht.onderwerp,
    text: bericht.tekst,
    html: bericht.html,
    // The same Message-ID on every attempt: a receiver can tell a rare repeat (see above).
    messageId: `<${id}@werktmee.invalid>`,
  });
};

export type Afloop = "verzonden" | "opnieuw" | "opgegeven" | "overgeslagen";

/**
 * Claim one row and deliver it. "overgeslagen" when it is not due or another sender has it;
 * "opnieuw" when delivery failed and it waits for its next attempt.
 */
export async function verstuurRij(
  id: string,
  opties: { nu?: Date; bezorger?: Bezorger } = {},
): Promise<{ afloop: Afloop; fout?: unknown }> {
  const nu = opties.nu ?? new Date();
  const claim = await db.mailWachtrij.updateMany({
    where: {
      id,
      OR: [
        { status: "WACHTEND", volgendePoging: { lte: nu } },
        { status: "BEZIG", geclaimdTot: { lt: nu } },
      ],
    },
    data: { status: "BEZIG", geclaimdTot: new Date(nu.getTime() + CLAIM_MS) },
  });
  if (claim.count !== 1) return { afloop: "overgeslagen" };
  const rij = await db.mailWachtrij.findUniqueOrThrow({ where: { id } });
  try {
    await (opties.bezorger ?? standaardBezorger)(
      { aan: rij.aan, onderwerp: rij.onderwerp, tekst: rij.tekst, html: rij.html ?? undefined },
      id,
    );
  } catch (fout) {
    const pogingen = rij.pogingen + 1;
    const opgegeven = blijvendGeweigerd(fout) || pogingen >= MAX_POGINGEN;
    await db.mailWachtrij.update({
      where: { id },
      data: {
        status: opgegeven ? "OPGEGEVEN" : "WACHTEND",
        pogingen,
        volgendePoging: new Date(nu.getTime() + wachttijdNa(pogingen)),
        geclaimdTot: null,
        laatsteFout: foutCode(fout),
      },
    });
    return { afloop: opgegeven ? "opgegeven" : "opnieuw", fout };
  }
  await db.mailWachtrij.update({
    where: { id },
    data: { status: "VERZONDEN", verzondenOp: new Date(), geclaimdTot: null, pogingen: rij.pogingen + 1 },
  });
  return { afloop: "verzonden" };
}

export type WachtrijTelling = { verzonden: number; opnieuw: number; opgegeven: number; opgeruimd: number };

/**
 * The mail-versturen task: send every due row, oldest first. A connection failure ends the run
 * (the rest would fail the same way; they stay due for the next run). Sent rows older than
 * BEWAAR_VERZONDEN_MS are removed. Idempotent: a second run sends nothing the first sent.
 */
export async function verstuurWachtrij(opties: { nu?: Date; bezorger?: Bezorger; max?: number } = {}): Promise<WachtrijTelling> {
  const nu = opties.nu ?? new Date();
  const max = opties.max ?? 1000;
  const telling: WachtrijTelling = { verzonden: 0, opnieuw: 0, opgegeven: 0, opgeruimd: 0 };
  const geprobeerd = new Set<string>();
  buiten: while (geprobeerd.size < max) {
    const rijen = await db.mailWachtrij.findMany({
      where: {
        id: { notIn: [...geprobeerd] },
        OR: [
          { status: "WACHTEND", volgendePoging: { lte: nu } },
          { status: "BEZIG", geclaimdTot: { lt: nu } },
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
      take: Math.min(100, max - geprobeerd.size),
    });
    if (rijen.length === 0) break;
    for (const { id } of rijen) {
      geprobeerd.add(id);
      const { afloop, fout } = await verstuurRij(id, { nu, bezorger: opties.bezorger });
      if (afloop !== "overgeslagen") telling[afloop]++;
      if (afloop === "opnieuw" && verbindingsfout(fout)) break buiten;
    }
  }
  const weg = await db.mailWachtrij.deleteMany({
    where: { status: "VERZONDEN", verzondenOp: { lt: new Date(nu.getTime() - BEWAAR_VERZONDEN_MS) } },
  });
  telling.opgeruimd = weg.count;
  return telling;
}

const STATUSSEN = ["WACHTEND", "BEZIG", "VERZONDEN", "OPGEGEVEN"] as const;

/** werktmee_mail_wachtrij{status}: rows per state, read from the database when /metrics is scraped. */
export function meetMailWachtrij(): void {
  meetBijOpvragen("werktmee_mail_wachtrij", "E-mails in de wachtrij, per status", ["status"], async () => {
    const groepen = await db.mailWachtrij.groupBy({ by: ["status"], _count: { _all: true } });
    return STATUSSEN.map((status) => ({
      labels: { status: status.toLowerCase() },
      waarde: groepen.find((g) => g.status === status)?._count._all ?? 0,
    }));
  });
}
