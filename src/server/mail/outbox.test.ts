import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isOutboxId, leesBericht, leesOutbox, outboxBestandsnaam, parseerEml, schrijfNaarOutbox } from "./outbox";

const VAN = "Apeldoorn Werkt Mee <noreply@apeldoornwerktmee.nl>";
const LINK = "https://apeldoornwerktmee.nl/inloggen/verifieer?token=Ab3_xY-9z%2Bq&email=inwoner%40example.nl#start";

let tmp: string;
let outbox: string;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "outbox-"));
  outbox = path.join(tmp, "outbox"); // not created: schrijfNaarOutbox must make it
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe("file outbox", () => {
  it("writes messages and reads them back newest first, with Dutch text and links intact", async () => {
    const eerder = new Date("2026-11-22T08:00:00.000Z");
    const later = new Date("2026-11-22T09:15:30.250Z");
    // Written out of order: the list must sort by time, not by write order.
    const tweede = await schrijfNaarOutbox(
      outbox,
      {
        aan: "b@example.nl",
        onderwerp: "Één tweeëntwintig € 10,63",
        tekst: `Hallo,\n\nKlik op ${LINK}.\n\nTot ziens — tweeëntwintig € 10,63`,
      },
      VAN,
      later,
    );
    const eerste = await schrijfNaarOutbox(
      outbox,
      { aan: "a@example.nl", onderwerp: "Welkom", tekst: "Platte tekst", html: "<p>Platte <b>tekst</b></p>" },
      VAN,
      eerder,
    );
    await fs.writeFile(path.join(outbox, "notitie.txt"), "geen bericht");

    const lijst = await leesOutbox(outbox);
    expect(lijst.map((b) => b.id)).toEqual([tweede.id, eerste.id]);

    const b = await leesBericht(outbox, tweede.id);
    expect(b).toEqual({
      id: tweede.id,
      aan: "b@example.nl",
      onderwerp: "Één tweeëntwintig € 10,63",
      datum: new Date("2026-11-22T09:15:30.000Z"), // the Date header has whole seconds
      tekst: `Hallo,\n\nKlik op ${LINK}.\n\nTot ziens — tweeëntwintig € 10,63`,
    });
    // The multipart (text + html) message yields its plain-text part.
    expect(lijst[1]).toMatchObject({ aan: "a@example.nl", onderwerp: "Welkom", tekst: "Platte tekst", datum: eerder });
  });

  it("writes a real RFC 822 file that an SMTP server would accept", async () => {
    const { id } = await schrijfNaarOutbox(outbox, { aan: "a@example.nl", onderwerp: "Één", tekst: "x" }, VAN);
    const raw = await fs.readFile(path.join(outbox, id), "latin1");
    expect(raw).toMatch(/^From: Apeldoorn Werkt Mee <noreply@apeldoornwerktmee\.nl>\r?$/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(raw).toMatch(/\r\n\r\n/);
  });

  it("returns null for unknown and path-traversal ids, even when the target exists", async () => {
    await schrijfNaarOutbox(outbox, { aan: "a@example.nl", onderwerp: "x", tekst: "x" }, VAN);
    // A valid message right outside the outbox, so an unchecked id would find something.
    await schrijfNaarOutbox(tmp, { aan: "geheim@example.nl", onderwerp: "geheim", tekst: "geheim" }, VAN);
    const buiten = (await fs.readdir(tmp)).find((n) => n.endsWith(".eml"))!;
    await fs.copyFile(path.join(tmp, buiten), path.join(tmp, "x.eml"));

    for (const id of ["../x.eml", "..%2Fx", "..%2Fx.eml", `../${buiten}`, "x.eml", "", "/etc/passwd"]) {
      expect(await leesBericht(outbox, id), id).toBeNull();
    }
    expect(await leesBericht(outbox, outboxBestandsnaam(new Date(), "00000000"))).toBeNull();
  });

  it("treats a missing outbox folder as empty", async () => {
    expect(await leesOutbox(path.join(tmp, "bestaat-niet"))).toEqual([]);
  });
});

describe("parseerEml", () => {
  const id = outboxBestandsnaam(new Date("2026-11-22T10:00:00Z"), "00000000");
  async function rauw(opties: nodemailer.SendMailOptions): Promise<string> {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
    return (await transport.sendMail({ from: VAN, to: "a@example.nl", subject: "x", ...opties })).message.toString();
  }

  it("decodes quoted-printable text, including soft line breaks inside a long link", async () => {
    const tekst = `Één tweeëntwintig € 10,63\nKlik: ${LINK}&extra=${"a".repeat(80)}`;
    const eml = await rauw({ text: tekst, textEncoding: "quoted-printable" });
    expect(eml).toMatch(/=\r\n/); // the link really was broken over lines
    expect(parseerEml(id, eml).tekst).toBe(tekst);
  });

  it("reads 7bit text with LF line endings and a folded, mixed-encoding subject", async () => {
    const onderwerp = `Uw aanmelding voor de werkplek Één tweeëntwintig € 10,63 ${"lang ".repeat(12)}`.trim();
    const eml = await rauw({ to: "Jan Één <jan@example.nl>", subject: onderwerp, text: "Hallo\n\nwereld" });
    const b = parseerEml(id, eml.replaceAll("\r\n", "\n"));
    expect(b).toMatchObject({ aan: "Jan Één <jan@example.nl>", onderwerp, tekst: "Hallo\n\nwereld" });
  });
});

describe("outboxBestandsnaam", () => {
  it("names files so they sort by time and pass the id check", () => {
    const naam = outboxBestandsnaam(new Date("2026-01-02T03:04:05.006Z"), "1a2b3c4d");
    expect(naam).toBe("2026-01-02T03-04-05.006Z-1a2b3c4d.eml");
    expect(isOutboxId(naam)).toBe(true);
    expect(isOutboxId(outboxBestandsnaam(new Date()))).toBe(true);
    expect(
      outboxBestandsnaam(new Date("2026-01-02T10:00:00Z"), "ffffffff") < outboxBestandsnaam(new Date("2026-01-02T10:00:01Z"), "00000000"),
    ).toBe(true);
  });
});
