import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { tweestapsBevestigen, tweestapsVoorbereiden } from "@/server/auth/tweestaps";
import { outboxMap } from "@/server/mail/mailer";
import { leesOutbox } from "@/server/mail/outbox";
import { maakAanbieder } from "../fixtures/werkplekken";
import { testDb } from "../support/database";

// Issue 11 defect 10: the confirmation e-mail promised on /voor-werkgevers ("Daarna krijg je een
// bevestiging per e-mail") is sent once the account is ready: when the second factor is enrolled.

const ONDERWERP = "Je account voor Apeldoorn Werkt Mee is klaar";

async function account(email: string, rol: string, extra: Record<string, unknown> = {}) {
  const g = await testDb.gebruiker.create({ data: { email, naam: `Naam ${email}`, rol: rol as never, ...extra } });
  const voorbereid = await tweestapsVoorbereiden(g.id);
  const code = new TOTP({ secret: Secret.fromBase32(voorbereid!.geheim) }).generate();
  return { g, code };
}
const mailsAan = async (aan: string) => (await leesOutbox(outboxMap())).filter((m) => m.aan === aan);

describe("confirmation e-mail after activation", () => {
  it("a new aanbieder account gets it, with the werkplek check explained", async () => {
    const a = await maakAanbieder(testDb, "Bevestiging BV");
    const { g, code } = await account("nieuw@bevestiging.example", "AANBIEDER_BEHEERDER", { aanbiederId: a.id });
    expect(await tweestapsBevestigen(g.id, code)).toHaveLength(10);
    const [mail, ...meer] = await mailsAan("nieuw@bevestiging.example");
    expect(meer).toEqual([]);
    expect(mail?.onderwerp).toBe(ONDERWERP);
    expect(mail?.tekst).toContain("Je account is klaar.");
    expect(mail?.tekst).toContain("Nieuwe en gewijzigde werkplekken controleert de gemeente");
  });

  it("a new gemeente account gets it without the werkplek sentence", async () => {
    const { g, code } = await account("staf@gemeente.example", "WMO_CONSULENT");
    await tweestapsBevestigen(g.id, code);
    const [mail] = await mailsAan("staf@gemeente.example");
    expect(mail?.onderwerp).toBe(ONDERWERP);
    expect(mail?.tekst).not.toContain("werkplekken");
  });

  it("re-enrolling an account that was used before (second factor reset) is no activation: no mail; a wrong code neither", async () => {
    const { g, code } = await account("oud@gemeente.example", "TRAJECTREGISSEUR", { laatstIngelogdOp: new Date() });
    await tweestapsBevestigen(g.id, code);
    const nieuw = await account("fout@gemeente.example", "TRAJECTREGISSEUR");
    expect(await tweestapsBevestigen(nieuw.g.id, "000000")).toBeNull();
    expect(await mailsAan("oud@gemeente.example")).toEqual([]);
    expect(await mailsAan("fout@gemeente.example")).toEqual([]);
  });
});
