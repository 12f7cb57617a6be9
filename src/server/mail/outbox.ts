import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

// No "server-only" here: this file holds the pure parts of the mailer (building, naming, parsing)
// so vitest can exercise exactly the code path verstuurMail uses for the file outbox.

export type MailBericht = { aan: string; onderwerp: string; tekst: string; html?: string };
export type OutboxBericht = { id: string; aan: string; onderwerp: string; datum: Date; tekst: string };

// The exact shape outboxBestandsnaam produces; anything else (../x.eml, %2F, …) never reaches fs.
const ID_PATROON = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]{8}\.eml$/;

export function isOutboxId(id: string): boolean {
  return ID_PATROON.test(id);
}

/** `2026-11-22T09-30-00.000Z-1a2b3c4d.eml`: ISO time first so names sort by time. */
export function outboxBestandsnaam(datum: Date, willekeurig = randomBytes(4).toString("hex")): string {
  return `${datum.toISOString().replaceAll(":", "-")}-${willekeurig}.eml`;
}

/** The raw RFC 822 message, as nodemailer would hand it to an SMTP server. */
export async function bouwRauwBericht(bericht: MailBericht, van: string, datum = new Date()): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info = await transport.sendMail({
    from: van,
    to: bericht.aan,
    subject: bericht.onderwerp,
    text: bericht.tekst,
    html: bericht.html,
    date: datum,
    // base64 keeps long links and non-ASCII text intact without quoted-printable soft breaks.
    textEncoding: "base64",
  });
  if (!Buffer.isBuffer(info.message)) throw new Error("streamTransport gaf geen buffer terug");
  return info.message;
}

export async function schrijfNaarOutbox(dir: string, bericht: MailBericht, van: string, datum = new Date()): Promise<{ id: string }> {
  const raw = await bouwRauwBericht(bericht, van, datum);
  await fs.mkdir(dir, { recursive: true });
  const id = outboxBestandsnaam(datum);
  await fs.writeFile(path.join(dir, id), raw, { flag: "wx" }); // wx: never overwrite another message
  return { id };
}

/** All messages in the outbox, newest first; a missing folder is an empty outbox. */
export async function leesOutbox(dir: string): Promise<OutboxBericht[]> {
  let namen: string[];
  try {
    namen = await fs.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  const ids = namen.filter(isOutboxId).sort().reverse();
  const berichten = await Promise.all(ids.map((id) => leesBericht(dir, id)));
  return berichten.filter((b): b is OutboxBericht => b !== null);
}

export async function leesBericht(dir: string, id: string): Promise<OutboxBericht | null> {
  if (!isOutboxId(id)) return null;
  let raw: string;
  try {
    raw = await fs.readFile(path.join(dir, id), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  return parseerEml(id, raw);
}

// --- A deliberately small MIME reader: enough for what nodemailer writes (UTF-8, base64/QP). ---

type Deel = { headers: Map<string, string>; body: string };

function splitsDeel(raw: string): Deel {
  const m = /\r?\n\r?\n/.exec(raw);
  const kop = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : "";
  const headers = new Map<string, string>();
  for (const regel of kop.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = regel.indexOf(":");
    if (i > 0) headers.set(regel.slice(0, i).trim().toLowerCase(), regel.slice(i + 1).trim());
  }
  return { headers, body };
}

function quotedPrintable(s: string, underscoreIsSpatie = false): Buffer {
  const tekst = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < tekst.length; i++) {
    const hex = tekst.slice(i + 1, i + 3);
    if (tekst[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (underscoreIsSpatie && tekst[i] === "_") bytes.push(0x20);
    else bytes.push(...Buffer.from(tekst[i]!, "utf8"));
  }
  return Buffer.from(bytes);
}

const WOORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

/** RFC 2047: adjacent encoded words are joined byte-wise, so a split UTF-8 character survives. */
export function decodeerKop(waarde: string): string {
  const reeks = new RegExp(`${WOORD.source}(?:\\s+${WOORD.source})*`, "g");
  return waarde.replace(reeks, (run) => {
    const delen = [...run.matchAll(WOORD)].map(([, , soort, data]) =>
      soort!.toUpperCase() === "B" ? Buffer.from(data!, "base64") : quotedPrintable(data!, true),
    );
    return Buffer.concat(delen).toString("utf8");
  });
}

function parameter(kop: string, naam: string): string | undefined {
  return new RegExp(`${naam}="?([^";]+)"?`, "i").exec(kop)?.[1];
}

function platteTekst(deel: Deel): string | null {
  const type = deel.headers.get("content-type") ?? "text/plain";
  if (/^multipart\//i.test(type)) {
    const grens = parameter(type, "boundary");
    if (!grens) return null;
    const stukken = deel.body.split(`--${grens}`).slice(1); // before the first boundary: preamble
    for (const stuk of stukken) {
      if (stuk.startsWith("--")) break; // closing boundary
      const tekst = platteTekst(splitsDeel(stuk.replace(/^\r?\n/, "")));
      if (tekst !== null) return tekst;
    }
    return null;
  }
  if (!/^text\/plain/i.test(type)) return null;
  const codering = (deel.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (codering === "base64") return Buffer.from(deel.body.replace(/\s+/g, ""), "base64").toString("utf8");
  // Outside base64, CRLF is the transport's line ending, not the author's.
  const body = deel.body.replace(/\r\n/g, "\n");
  return codering === "quoted-printable" ? quotedPrintable(body).toString("utf8") : body;
}

export function parseerEml(id: string, raw: string): OutboxBericht {
  const bericht = splitsDeel(raw);
  const kop = (naam: string) => decodeerKop(bericht.headers.get(naam) ?? "");
  const datum = new Date(bericht.headers.get("date") ?? "");
  // Without a usable Date header the file name still tells when the message was written.
  const uitNaam = new Date(id.slice(0, 24).replace(/T(\d{2})-(\d{2})-(\d{2})/, "T$1:$2:$3"));
  return {
    id,
    aan: kop("to"),
    onderwerp: kop("subject"),
    datum: Number.isNaN(datum.getTime()) ? uitNaam : datum,
    // Trailing line breaks are the transport's (nodemailer adds one to 7bit bodies), not the text's.
    tekst: (platteTekst(bericht) ?? "").trimEnd(),
  };
}
