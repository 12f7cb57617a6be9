import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "../support/database";
import * as inloggen from "@/server/auth/inloggen";
import * as sessies from "@/server/auth/sessies-beeindigen";
import * as totp from "@/server/auth/totp";
import * as hash from "@/server/auth/wachtwoord-hash";
import { maakTicket } from "@/server/auth/tussenstap";

// Sign-in against a real database (docs/decisions/0006, issue 8 defects 1 and 3). The client's
// address comes from the request in the app; here it is set by the test.
const adres = vi.hoisted(() => ({ waarde: "198.51.100.1" }));
vi.mock("@/server/verzoek", () => ({ clientAdres: async () => adres.waarde }));

const WACHTWOORD = "een lang en eigen wachtwoord";
let volgnummer = 0;

/** A fresh account with TOTP on, so no test shares a throttle bucket with another. */
async function account() {
  const geheim = totp.nieuwTotpGeheim();
  const email = `persoon${++volgnummer}@t.example`;
  const g = await testDb.gebruiker.create({
    data: {
      email,
      naam: "Persoon",
      rol: "CENTRUM",
      wachtwoordHash: await hash.hashWachtwoord(WACHTWOORD),
      totpGeheim: geheim,
      totpActiefOp: new Date(),
    },
  });
  return { ...g, geheim };
}

/** The message above the form, whatever the outcome's type. */
const formError = (r: object) => (r as { formError?: string | null }).formError;

async function ticketVoor(email: string): Promise<string> {
  const r = await inloggen.wachtwoordStap(null, { email, wachtwoord: WACHTWOORD });
  if (!r.ok) throw new Error(`wachtwoordstap mislukt: ${r.formError}`);
  return r.ticket;
}

/** A six-digit code that is not the current one (nor one step either side). */
function foutCode(geheim: string, n: number): string {
  const goed = new Set([-30_000, 0, 30_000].map((d) => totp.totpCode(geheim, Date.now() + d)));
  let c = n;
  while (goed.has(String(c).padStart(6, "0"))) c++;
  return String(c).padStart(6, "0");
}

beforeAll(async () => {
  process.env.AUTH_SECRET = "test-geheim-inloggen";
  process.env.MAIL_OUTBOX_DIR = `var/test/outbox-inloggen-${Date.now()}`;
});

describe("the password step", () => {
  it("gives a ticket for the right password, and says nothing specific for a wrong one", async () => {
    const a = await account();
    const r = await inloggen.wachtwoordStap(null, { email: a.email.toUpperCase(), wachtwoord: WACHTWOORD });
    expect(r).toMatchObject({ ok: true, volgende: "code" });
    expect(await inloggen.wachtwoordStap(null, { email: a.email, wachtwoord: "fout" })).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: {},
      formError: inloggen.ONJUIST,
    });
    expect(await inloggen.wachtwoordStap(null, { email: "niemand@t.example", wachtwoord: "fout" })).toMatchObject({
      formError: inloggen.ONJUIST,
    });
  });
  it("refuses crafted input with Dutch field errors", async () => {
    expect(await inloggen.wachtwoordStap(null, { email: ["a@b.nl"], wachtwoord: 12 })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(String), wachtwoord: expect.any(String) },
    });
  });
  it("locks the account after 5 failures, even for the right password", async () => {
    const a = await account();
    for (let i = 0; i < 5; i++)
      expect(formError(await inloggen.wachtwoordStap(null, { email: a.email, wachtwoord: `fout ${i}` }))).toBe(inloggen.ONJUIST);
    expect(formError(await inloggen.wachtwoordStap(null, { email: a.email, wachtwoord: WACHTWOORD }))).toBe(inloggen.GEBLOKKEERD);
  });
});

describe("the code step (defect 1: the second factor could be guessed)", () => {
  it("signs in with the right code, once", async () => {
    const a = await account();
    const code = totp.totpCode(a.geheim);
    const r = await inloggen.codeStap(null, { ticket: await ticketVoor(a.email), code });
    expect(r).toMatchObject({ ok: true, gebruiker: { id: a.id, rol: "CENTRUM" } });
    expect(await inloggen.codeStap(null, { ticket: await ticketVoor(a.email), code })).toMatchObject({
      ok: false,
      codeWeigering: "onjuist",
    });
  });

  it("counts wrong codes in the database and locks the account after 5: the right code is refused, and a new ticket does not reset the count", async () => {
    const a = await account();
    const ticket = await ticketVoor(a.email);
    for (let i = 0; i < 5; i++) {
      const r = await inloggen.codeStap(null, { ticket, code: foutCode(a.geheim, 100_000 + i) });
      expect(r).toMatchObject({ ok: false, codeWeigering: "onjuist", fieldErrors: { code: expect.stringContaining("klopt niet") } });
    }
    expect(await inloggen.codeStap(null, { ticket, code: totp.totpCode(a.geheim) })).toMatchObject({
      ok: false,
      codeWeigering: "geblokkeerd",
      fieldErrors: { code: expect.stringContaining("Te veel verkeerde codes") },
    });
    // A new ticket is not to be had (the account is locked) …
    expect(formError(await inloggen.wachtwoordStap(null, { email: a.email, wachtwoord: WACHTWOORD }))).toBe(inloggen.GEBLOKKEERD);
    // … and one made before the lock is refused as well: the count is the account's.
    const ander = maakTicket(a.id, a.sessieVersie);
    expect(await inloggen.codeStap(null, { ticket: ander, code: totp.totpCode(a.geheim) })).toMatchObject({ codeWeigering: "geblokkeerd" });
    const mislukt = await testDb.auditRegel.count({ where: { gebruikerId: a.id, activiteit: "inloggen-code", uitkomst: "mislukt" } });
    expect(mislukt).toBe(5);
  });

  it("a burst of parallel guesses gets no more than 5 tries", async () => {
    const a = await account();
    const ticket = await ticketVoor(a.email);
    const uitkomsten = await Promise.all(
      Array.from({ length: 30 }, (_, i) => inloggen.codeStap(null, { ticket, code: foutCode(a.geheim, 200_000 + i) })),
    );
    const geprobeerd = uitkomsten.filter((r) => !r.ok && (r as { codeWeigering?: string }).codeWeigering === "onjuist").length;
    expect(geprobeerd).toBeLessThanOrEqual(5);
    expect(await inloggen.codeStap(null, { ticket, code: totp.totpCode(a.geheim) })).toMatchObject({ codeWeigering: "geblokkeerd" });
  });

  it("counts wrong codes per address too, so one address cannot guess many accounts", async () => {
    adres.waarde = "198.51.100.99";
    try {
      for (let n = 0; n < 4; n++) {
        const a = await account();
        const ticket = await ticketVoor(a.email);
        for (let i = 0; i < 5; i++) await inloggen.codeStap(null, { ticket, code: foutCode(a.geheim, 300_000 + i) });
      }
      // 4 × (1 right password + 5 wrong codes) = 20 failures from this address: the next account is refused.
      const a = await account();
      expect(formError(await inloggen.wachtwoordStap(null, { email: a.email, wachtwoord: WACHTWOORD }))).toBe(inloggen.GEBLOKKEERD);
    } finally {
      adres.waarde = "198.51.100.1";
    }
  });

  it("refuses a forged, expired or outdated ticket and crafted input without counting it", async () => {
    const a = await account();
    expect(await inloggen.codeStap(null, { ticket: "onzin", code: "123456" })).toMatchObject({ codeWeigering: "verlopen" });
    expect(await inloggen.codeStap(null, { code: "123456" })).toMatchObject({ codeWeigering: "verlopen" });
    expect(await inloggen.codeStap(null, { ticket: { a: 1 }, code: ["1"] })).toMatchObject({ ok: false });
    const oud = maakTicket(a.id, a.sessieVersie, Date.now() - 301_000);
    expect(await inloggen.codeStap(null, { ticket: oud, code: totp.totpCode(a.geheim) })).toMatchObject({ codeWeigering: "verlopen" });
  });
});

describe("ending sessions (defect 3)", () => {
  it("next-auth's sign-out raises the session version for a current cookie only", async () => {
    const a = await account();
    await sessies.beeindigSessieVanCookie(a.id, a.sessieVersie);
    expect((await testDb.gebruiker.findUniqueOrThrow({ where: { id: a.id } })).sessieVersie).toBe(a.sessieVersie + 1);
    // An old cookie (an ended session) cannot sign the user out elsewhere.
    await sessies.beeindigSessieVanCookie(a.id, a.sessieVersie);
    await sessies.beeindigSessieVanCookie(a.id, "1");
    expect((await testDb.gebruiker.findUniqueOrThrow({ where: { id: a.id } })).sessieVersie).toBe(a.sessieVersie + 1);
  });
  it("the portal's button ends every session of the signed-in user", async () => {
    const a = await account();
    const ik = { id: a.id, naam: a.naam, email: a.email, rol: a.rol, aanbiederId: null };
    expect(await sessies.uitloggen(ik, {})).toMatchObject({ ok: true });
    expect((await testDb.gebruiker.findUniqueOrThrow({ where: { id: a.id } })).sessieVersie).toBe(a.sessieVersie + 1);
    expect(await sessies.uitloggen(null, {})).toMatchObject({ ok: true });
  });
});
