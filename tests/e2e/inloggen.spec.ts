import { createHash } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { aanbiederNaamVan, maakAccount } from "../fixtures/accounts";
import { inE2eDb } from "../fixtures/e2e-db";
import { expect, expectNoAxeViolations, ingelogdAls, SESSIE_COOKIE, test } from "./fixtures";
import type { APIRequestContext, Page } from "@playwright/test";

async function wachtwoordStap(page: Page, email: string, wachtwoord: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

const code = (geheim: string, verschuiving = 0) =>
  new TOTP({ secret: Secret.fromBase32(geheim), digits: 6, period: 30 }).generate({ timestamp: Date.now() + verschuiving });

/** A six-digit code that is none of the codes accepted now (one step of drift either side). */
function fouteCode(geheim: string, n: number): string {
  const geldig = new Set([-60_000, -30_000, 0, 30_000, 60_000].map((d) => code(geheim, d)));
  let c = 100_000 + n;
  while (geldig.has(String(c))) c += 7;
  return String(c);
}

/** Failed attempts in the e2e database under this throttle key (the key is a hash, as stored). */
function mislukt(soort: "account" | "adres", waarde: string): Promise<number> {
  const sleutel = createHash("sha256").update(`${soort}:${waarde.toLowerCase()}`).digest("hex");
  return inE2eDb("mislukteInlogpogingen", sleutel);
}

/** next-auth's endpoint, as a script would call it: its CSRF token first, then a form POST. */
async function postCredentials(request: APIRequestContext, ticket: string, code: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const antwoord = await request.post("/api/auth/callback/credentials", {
    form: { ticket, code, csrfToken, callbackUrl: "/mijn" },
    maxRedirects: 0,
  });
  return antwoord.headers()["location"] ?? "";
}

test.describe("Inloggen", () => {
  test("a new account enrols TOTP, keeps recovery codes, and then needs a code every time", async ({ page }) => {
    const a = await maakAccount({ rol: "AANBIEDER_BEHEERDER", aanbieder: "eerste" });
    await wachtwoordStap(page, a.email, a.wachtwoord);

    await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
    await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
    await expectNoAxeViolations(page);
    const geheim = (await page.locator("[data-totp-geheim]").textContent())!.replaceAll(" ", "");
    await page.getByLabel("Code uit je app").fill("000000");
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
    await page.getByLabel("Code uit je app").fill(code(geheim));
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();

    await expect(page.getByRole("heading", { name: "Bewaar je herstelcodes" })).toBeVisible();
    const herstelcodes = await page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem").allTextContents();
    expect(herstelcodes).toHaveLength(10);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: await aanbiederNaamVan(a.id) })).toBeVisible();
    await expect(page.getByRole("table", { name: /Werkplekken van/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByText("Je bent uitgelogd, op al je apparaten.")).toBeVisible();

    // Next time: password, then a code; a recovery code works exactly once.
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await expect(page.getByRole("heading", { name: "Vul je code in" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Code").fill(herstelcodes[0]!);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByRole("heading", { level: 1, name: await aanbiederNaamVan(a.id) })).toBeVisible();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await page.getByLabel("Code").fill(herstelcodes[0]!);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
    // The code of the next 30 seconds: the one used at enrolment is spent (RFC 6238 §5.2).
    const volgende = code(geheim, 30_000);
    await page.getByLabel("Code").fill(volgende);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByRole("heading", { level: 1, name: await aanbiederNaamVan(a.id) })).toBeVisible();

    // An app code works once: replaying it is refused.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await page.getByLabel("Code").fill(volgende);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  });

  test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
    await wachtwoordStap(page, "niemand@test.example", "een lang maar fout wachtwoord");
    await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of het wachtwoord klopt niet." })).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue("niemand@test.example");
    await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(page);
  });

  test("after 5 failures the account is throttled, even for the right password", async ({ page }) => {
    const a = await maakAccount({ rol: "CENTRUM" });
    for (let i = 0; i < 5; i++) {
      await wachtwoordStap(page, a.email, `fout wachtwoord nummer ${i}`);
      await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of het wachtwoord klopt niet." })).toBeVisible();
    }
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await expect(page.getByRole("alert").filter({ hasText: "Te veel mislukte pogingen. Wacht 15 minuten" })).toBeVisible();
  });

  test("signing out ends the session everywhere, and pages check it on the server", async ({ browser }) => {
    const eerste = await browser.newPage();
    const tweede = await browser.newPage();
    for (const p of [eerste, tweede]) {
      await wachtwoordStap(p, "medewerker@aanbieder.example", DEMO_WACHTWOORD);
      await expect(p.getByRole("heading", { level: 1 })).not.toHaveText("Inloggen");
      await expect(p).toHaveURL(/\/aanbieder$/);
    }
    await eerste.getByRole("button", { name: "Uitloggen" }).click();
    await expect(eerste.getByText("Je bent uitgelogd")).toBeVisible();
    await tweede.goto("/aanbieder");
    await expect(tweede).toHaveURL(/\/inloggen$/);
    await eerste.close();
    await tweede.close();
  });

  test("a role without the permission does not get the aanbieder pages", async ({ page }) => {
    await wachtwoordStap(page, "wmo-consulent@gemeente.example", DEMO_WACHTWOORD);
    await expect(page).toHaveURL(/\/gemeente$/);
    await expect(page.getByText(/nieuwe aanvra/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/aanbieder");
    await expect(page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
  });

  // Issue 8, defect 1: wrong codes were never counted; 30 wrong codes on one ticket, and the right one then signed in.
  test("wrong codes on the form count: after 5 even the right code is refused, and the account is locked", async ({ page }) => {
    const a = await maakAccount({ rol: "CENTRUM", totp: true });
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await expect(page.getByRole("heading", { name: "Vul je code in" })).toBeVisible();
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Code").fill(fouteCode(a.totpGeheim!, i));
      // The message stays on screen between attempts: wait for each answer itself.
      const antwoord = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/inloggen/code"));
      await page.getByRole("button", { name: "Verder" }).click();
      await antwoord;
      await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
      // React empties the form after each answer; type the next code only after that.
      await expect(page.getByLabel("Code")).toHaveValue("");
    }
    expect(await mislukt("account", a.email)).toBe(5);
    await page.getByLabel("Code").fill(code(a.totpGeheim!));
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByText("Te veel verkeerde codes. Wacht 15 minuten en log dan opnieuw in.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/mijn");
    await expect(page).toHaveURL(/\/inloggen$/);
    // A new ticket is not to be had: the count is the account's, not the ticket's.
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await expect(page.getByRole("alert").filter({ hasText: "Te veel mislukte pogingen. Wacht 15 minuten" })).toBeVisible();
  });

  test("a direct POST to next-auth's credentials endpoint is counted the same way", async ({ page }) => {
    const a = await maakAccount({ rol: "CENTRUM", totp: true });
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await expect(page.getByRole("heading", { name: "Vul je code in" })).toBeVisible();
    const ticket = (await page.context().cookies()).find((c) => c.name === "awm_tussenstap")!.value;
    // page.request shares the browser's cookies: the CSRF cookie of /api/auth/csrf comes along.
    for (let i = 0; i < 5; i++) expect(await postCredentials(page.request, ticket, fouteCode(a.totpGeheim!, i))).toContain("code=onjuist");
    expect(await postCredentials(page.request, ticket, code(a.totpGeheim!))).toContain("code=geblokkeerd");
    expect(await mislukt("account", a.email)).toBe(5);
    await page.goto("/mijn");
    await expect(page).toHaveURL(/\/inloggen$/);
  });

  // Issue 8, defect 2: every new X-Forwarded-For value was a fresh per-address bucket.
  test("a forged X-Forwarded-For does not give a fresh throttle bucket: the attempt counts for the connection's address", async ({
    page,
  }) => {
    const vervalst = "203.0.113.77";
    const loopback = async () => (await mislukt("adres", "::1")) + (await mislukt("adres", "127.0.0.1"));
    const voor = await loopback();
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": vervalst });
    await wachtwoordStap(page, `niemand-${Date.now()}@test.example`, "een lang maar fout wachtwoord");
    await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of het wachtwoord klopt niet." })).toBeVisible();
    expect(await mislukt("adres", vervalst)).toBe(0);
    expect(await loopback()).toBe(voor + 1);
  });

  // Issue 8, defect 3: Auth.js's own sign-out cleared the cookie, but a copy of it still worked.
  test("next-auth's own sign-out endpoint ends the session: a copy of the cookie no longer opens /mijn", async ({ page, browser }) => {
    const a = await maakAccount({ rol: "CENTRUM" });
    await ingelogdAls(page, a.email);
    await page.goto("/mijn");
    await expect(page).toHaveURL(/\/gemeente$/);
    const kopie = (await page.context().cookies()).find((c) => c.name === SESSIE_COOKIE)!;

    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const uit = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
    expect(uit.status()).toBe(302);

    const ander = await browser.newContext();
    await ander.addCookies([kopie]);
    const p = await ander.newPage();
    await p.goto("/mijn");
    await expect(p).toHaveURL(/\/inloggen$/);
    await ander.close();
  });
});

// Issue 8, defect 8: a gemeente beheerder opened /aanbieder/collegas (an empty page with an invite form).
test("staff roles get no page of the aanbieder area, whatever their permissions", async ({ page }) => {
  const werkplek = await inE2eDb("eenWerkplekId");
  const paginas = [
    "/aanbieder",
    "/aanbieder/collegas",
    "/aanbieder/toewijzingen",
    "/aanbieder/werkplekken/nieuw",
    `/aanbieder/werkplekken/${werkplek}`,
  ];
  for (const rol of ["BEHEERDER", "CENTRUM", "WMO_CONSULENT", "TRAJECTREGISSEUR", "ACTIVERINGSCOACH", "TEAMMANAGER"]) {
    const a = await maakAccount({ rol });
    await ingelogdAls(page, a.email);
    for (const pad of paginas) {
      await page.goto(pad);
      await expect(page, `${rol} op ${pad}`).toHaveURL(/\/geen-toegang$/);
      await expect(page.getByRole("heading", { level: 1, name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
    }
  }
  await expectNoAxeViolations(page);
});
