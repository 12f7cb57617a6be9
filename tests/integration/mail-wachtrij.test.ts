import fs from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { herlaadEnv } from "@/server/env";
import { verstuurMail } from "@/server/mail/mailer";
import { leesOutbox, parseerEml } from "@/server/mail/outbox";
import { CLAIM_MS, foutCode, meetMailWachtrij, verstuurRij, verstuurWachtrij, wachttijdNa, zetMailKlaar } from "@/server/mail/wachtrij";
import { metrieken } from "@/server/metriek";
import { testDb } from "../support/database";

// The mail outbox (issue 23): against a real SMTP server started here, stopped mid-run and started
// again; and the file outbox the e2e tests read when there is no SMTP_URL.

const MINUUT = 60_000;

/** A real SMTP server on a fixed port; `ontvangen` holds the raw messages it accepted. */
class TestSmtp {
  ontvangen: string[] = [];
  port = 0;
  private server: SMTPServer | null = null;
  /** Called after each accepted message (to stop the server mid-run). */
  naOntvangst: (aantal: number) => void = () => {};

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, _sessie, klaar) => {
        const delen: Buffer[] = [];
        stream.on("data", (d: Buffer) => delen.push(d));
        stream.on("end", () => {
          this.ontvangen.push(Buffer.concat(delen).toString("utf8"));
          klaar();
          this.naOntvangst(this.ontvangen.length);
        });
      },
    });
    const server = this.server;
    await new Promise<void>((ok, fout) => {
      server.once("error", fout);
      server.listen(this.port, "127.0.0.1", () => ok());
    });
    this.port = (server.server.address() as AddressInfo).port;
  }

  /** Stops listening at once: new connections are refused; a message being taken still finishes. */
  stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    return server ? new Promise((ok) => server.close(() => ok())) : Promise.resolve();
  }

  onderwerpen(): string[] {
    return this.ontvangen.map((raw) => parseerEml("x", raw).onderwerp).sort();
  }
}

async function rijen() {
  return testDb.mailWachtrij.findMany({ orderBy: { onderwerp: "asc" } });
}

beforeEach(async () => {
  await testDb.mailWachtrij.deleteMany();
});

describe("with an SMTP server that goes down and comes back", () => {
  const smtp = new TestSmtp();

  beforeEach(async () => {
    smtp.ontvangen = [];
    smtp.naOntvangst = () => {};
    await smtp.start();
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    herlaadEnv();
  });
  afterEach(async () => {
    await smtp.stop();
  });
  afterAll(() => {
    delete process.env.SMTP_URL;
    herlaadEnv();
  });

  it("sends a mail right away when the server is up", async () => {
    await verstuurMail({ aan: "jan@example.nl", onderwerp: "Welkom", tekst: "Hallo Jan" });
    expect(smtp.onderwerpen()).toEqual(["Welkom"]);
    expect(parseerEml("x", smtp.ontvangen[0]!)).toMatchObject({ aan: "jan@example.nl", tekst: "Hallo Jan" });
    expect(await rijen()).toMatchObject([{ status: "VERZONDEN", pogingen: 1 }]);
  });

  it("keeps every mail through an outage and delivers each exactly once afterwards", async () => {
    const onderwerpen = ["bericht 1", "bericht 2", "bericht 3", "bericht 4", "bericht 5", "bericht 6"];
    for (const onderwerp of onderwerpen) await zetMailKlaar({ aan: "piet@example.nl", onderwerp, tekst: "x" });
    const nu = new Date(Date.now() + 1); // after the rows were queued
    // The server goes away after the second message: mid-run.
    smtp.naOntvangst = (n) => {
      if (n === 2) void smtp.stop();
    };

    const eerste = await verstuurWachtrij({ nu });
    expect(smtp.onderwerpen()).toEqual(["bericht 1", "bericht 2"]);
    expect(eerste).toMatchObject({ verzonden: 2, opnieuw: 1 });
    const na = await rijen();
    expect(na).toHaveLength(6); // nothing lost
    expect(na.filter((r) => r.status === "VERZONDEN").map((r) => r.onderwerp)).toEqual(["bericht 1", "bericht 2"]);
    const mislukt = na.find((r) => r.pogingen === 1 && r.status === "WACHTEND")!;
    expect(mislukt.onderwerp).toBe("bericht 3");
    expect(mislukt.volgendePoging.getTime()).toBe(nu.getTime() + wachttijdNa(1));
    expect(mislukt.laatsteFout).toMatch(/^E[A-Z]+$/); // a code, not the server's text
    expect(mislukt.laatsteFout).not.toContain("piet");

    // While it is down, another run keeps the failed one waiting for its time and moves the next on.
    const tweede = await verstuurWachtrij({ nu: new Date(nu.getTime() + 10_000) });
    expect(tweede).toMatchObject({ verzonden: 0, opnieuw: 1 });
    const bericht3 = await testDb.mailWachtrij.findUniqueOrThrow({ where: { id: mislukt.id } });
    expect(bericht3.pogingen).toBe(1);

    await smtp.start(); // the same port again
    const later = new Date(nu.getTime() + 10 * MINUUT);
    const derde = await verstuurWachtrij({ nu: later });
    expect(derde).toMatchObject({ verzonden: 4, opnieuw: 0 });
    expect(smtp.onderwerpen()).toEqual(onderwerpen);
    expect((await rijen()).every((r) => r.status === "VERZONDEN")).toBe(true);

    // Idempotent: another run sends nothing again.
    expect(await verstuurWachtrij({ nu: new Date(later.getTime() + 60 * MINUUT) })).toMatchObject({ verzonden: 0 });
    expect(smtp.ontvangen).toHaveLength(6);
  });

  it("does not fail the change when the server is down: the mail waits in the outbox", async () => {
    await smtp.stop();
    await expect(verstuurMail({ aan: "kees@example.nl", onderwerp: "Storing", tekst: "x" })).resolves.toMatchObject({
      id: expect.any(String),
    });
    expect(await rijen()).toMatchObject([{ onderwerp: "Storing", status: "WACHTEND", pogingen: 1 }]);
    await smtp.start();
    await verstuurWachtrij({ nu: new Date(Date.now() + wachttijdNa(1)) });
    expect(smtp.onderwerpen()).toEqual(["Storing"]);
  });

  it("sends each mail once when two senders run at the same time", async () => {
    for (let i = 1; i <= 8; i++) await zetMailKlaar({ aan: "a@example.nl", onderwerp: `samen ${i}`, tekst: "x" });
    const [a, b] = await Promise.all([verstuurWachtrij(), verstuurWachtrij()]);
    expect(a.verzonden + b.verzonden).toBe(8);
    expect(smtp.ontvangen).toHaveLength(8);
    expect(new Set(smtp.onderwerpen()).size).toBe(8);
  });

  it("gives up at once on a mail the server refuses for good (5xx), and says so in the gauge", async () => {
    await smtp.stop();
    const weigeraar = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (_adres, _sessie, klaar) => klaar(Object.assign(new Error("Onbekende ontvanger"), { responseCode: 550 })),
    });
    await new Promise<void>((ok) => weigeraar.listen(smtp.port, "127.0.0.1", () => ok()));
    try {
      await verstuurMail({ aan: "bestaat-niet@example.nl", onderwerp: "Kwijt", tekst: "x" });
      const [rij] = await rijen();
      expect(rij).toMatchObject({ status: "OPGEGEVEN", pogingen: 1, laatsteFout: "SMTP 550" });
      meetMailWachtrij();
      const tekst = await metrieken.registry.getSingleMetricAsString("werktmee_mail_wachtrij");
      expect(tekst).toContain('werktmee_mail_wachtrij{status="opgegeven"} 1');
      expect(tekst).toContain('werktmee_mail_wachtrij{status="wachtend"} 0');
    } finally {
      await new Promise<void>((ok) => weigeraar.close(() => ok()));
      await smtp.start();
    }
  });
});

describe("claims", () => {
  it("a row one sender has claimed is not sent by another until the claim expires", async () => {
    const { id } = await zetMailKlaar({ aan: "a@example.nl", onderwerp: "x", tekst: "x" });
    const nu = new Date();
    let bezorgd = 0;
    // The first sender hangs inside delivery (a slow server); the second comes along meanwhile.
    let loslaten!: () => void;
    const hangt = new Promise<void>((ok) => (loslaten = ok));
    const eerste = verstuurRij(id, { nu, bezorger: () => hangt.then(() => void bezorgd++) });
    await expect.poll(async () => (await testDb.mailWachtrij.findUniqueOrThrow({ where: { id } })).status).toBe("BEZIG");
    expect(await verstuurRij(id, { nu, bezorger: async () => void bezorgd++ })).toEqual({ afloop: "overgeslagen" });
    loslaten();
    expect(await eerste).toEqual({ afloop: "verzonden" });
    expect(bezorgd).toBe(1);
  });

  it("takes over a claim of a sender that died, after CLAIM_MS", async () => {
    const { id } = await zetMailKlaar({ aan: "a@example.nl", onderwerp: "x", tekst: "x" });
    const nu = new Date();
    await testDb.mailWachtrij.update({ where: { id }, data: { status: "BEZIG", geclaimdTot: new Date(nu.getTime() + CLAIM_MS) } });
    const bezorger = async () => {};
    expect(await verstuurRij(id, { nu, bezorger })).toEqual({ afloop: "overgeslagen" });
    expect(await verstuurRij(id, { nu: new Date(nu.getTime() + CLAIM_MS + 1), bezorger })).toEqual({ afloop: "verzonden" });
  });
});

describe("backoff and stored errors", () => {
  it("waits 1, 2, 4, … minutes, at most an hour", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => wachttijdNa(n) / MINUUT)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });

  it("keeps an error's code or SMTP status, never its text", () => {
    const smtpFout = Object.assign(new Error("550 <jan@example.nl> onbekend"), { responseCode: 550, code: "EENVELOPE" });
    expect(foutCode(smtpFout)).toBe("SMTP 550");
    expect(foutCode(Object.assign(new Error("connect ECONNREFUSED jan@example.nl"), { code: "ESOCKET" }))).toBe("ESOCKET");
    expect(foutCode(new TypeError("jan@example.nl"))).toBe("TypeError");
  });
});

describe("without SMTP_URL", () => {
  it("writes the .eml file before verstuurMail returns, and the task does not write it again", async () => {
    const map = path.resolve(process.env.MAIL_OUTBOX_DIR!);
    const voor = (await leesOutbox(map)).length;
    await verstuurMail({ aan: "els@example.nl", onderwerp: "Uw link", tekst: "Klik hier" });
    const na = await leesOutbox(map);
    expect(na).toHaveLength(voor + 1);
    expect(na[0]).toMatchObject({ aan: "els@example.nl", onderwerp: "Uw link", tekst: "Klik hier" });
    expect(await verstuurWachtrij({ nu: new Date(Date.now() + 60 * MINUUT) })).toMatchObject({ verzonden: 0 });
    expect(await leesOutbox(map)).toHaveLength(voor + 1);
  });

  it("removes sent mail after a week (it holds sign-in links), and nothing else", async () => {
    await verstuurMail({ aan: "a@example.nl", onderwerp: "oud", tekst: "x" });
    await zetMailKlaar({ aan: "a@example.nl", onderwerp: "wacht", tekst: "x" });
    await testDb.mailWachtrij.updateMany({
      where: { onderwerp: "wacht" },
      data: { volgendePoging: new Date(Date.now() + 365 * 24 * 60 * MINUUT) },
    });
    const telling = await verstuurWachtrij({ nu: new Date(Date.now() + 8 * 24 * 60 * MINUUT) });
    expect(telling).toMatchObject({ opgeruimd: 1, verzonden: 0 });
    expect((await rijen()).map((r) => r.onderwerp)).toEqual(["wacht"]);
  });
});

afterAll(async () => {
  await fs.rm(path.resolve(process.env.MAIL_OUTBOX_DIR!), { recursive: true, force: true });
});
