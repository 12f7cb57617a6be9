import { Secret, TOTP } from "otpauth";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";
import { centrumKeurtGoed, inloggen, vulNieuweWerkplekIn } from "./werkplek-stappen";

test("beheerder registers an aanbieder; its first user accepts the invitation, enrols TOTP, signs in, and publishes a werkplek after the content check", async ({
  page,
  browser,
}) => {
  const uniek = String(Date.now()).slice(-8);
  const naam = `Fietsenwerkplaats De Spaak ${uniek}`;
  const email = `spaak${uniek}@test.example`;

  await ingelogdAls(page, "beheerder@gemeente.example");
  await page.goto("/gemeente");
  await page.getByRole("link", { name: "Aanbieders registreren en uitnodigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanbieders" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Naam organisatie").fill(naam);
  await page.getByLabel("KvK-nummer").fill("1234567");
  await page.getByLabel("AGB-code").fill(uniek);
  await page.getByLabel("Contract vanaf").fill("2026-01-01");
  await page.getByLabel("Contactpersoon", { exact: true }).fill("Sam Spaak");
  await page.getByLabel("E-mailadres contactpersoon").fill(email);
  await page.getByLabel("Naam", { exact: true }).fill("Sam Spaak");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Registreren en uitnodigen" }).click();
  await expect(page.getByText("Een KvK-nummer heeft 8 cijfers.").first()).toBeVisible();
  await expect(page.getByLabel("Naam organisatie")).toHaveValue(naam);
  await expectNoAxeViolations(page);
  await page.getByLabel("KvK-nummer").fill(uniek);
  await page.getByRole("button", { name: "Registreren en uitnodigen" }).click();
  await expect(page.getByText(`${naam} is geregistreerd.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(naam) })).toBeVisible();
  await page.getByRole("button", { name: "Uitloggen" }).click();

  await page.goto("/dev/mail");
  await page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Uitnodiging" }).getByRole("link").click();
  const link = page.getByRole("link", { name: /\/uitnodiging\// });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Account aanmaken" })).toBeVisible();
  await expect(page.getByText("Welkom, Sam Spaak.")).toBeVisible();
  await expectNoAxeViolations(page);
  const wachtwoord = "de spaken van mijn oude fiets";
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Wachtwoord opslaan en verder" }).click();

  await expect(page.getByRole("heading", { name: "Tweestapsverificatie instellen" })).toBeVisible();
  const geheim = (await page.locator("[data-totp-geheim]").textContent())!.replaceAll(" ", "");
  await page.getByLabel("Code uit je app").fill(new TOTP({ secret: Secret.fromBase32(geheim) }).generate());
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();

  await page.goto("/dev/mail");
  await expect(
    page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Je account voor Apeldoorn Werkt Mee is klaar" }),
  ).toBeVisible();
  await page.goto(href);
  await expect(page.getByText("Deze link is al gebruikt.")).toBeVisible();

  // Sign out, sign in again with password and a code from the app, then create and submit a werkplek.
  await page.goto("/aanbieder");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("Je bent uitgelogd, op al je apparaten.")).toBeVisible();
  await inloggen(page, email, wachtwoord);
  // The next 30 seconds' code: the enrolment code is spent (a code works once).
  await page.getByLabel("Code").fill(new TOTP({ secret: Secret.fromBase32(geheim) }).generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await page.getByRole("link", { name: "Nieuwe werkplek toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe werkplek" })).toBeVisible();
  await expectNoAxeViolations(page);
  const titel = `Fietsenmaker bij De Spaak ${uniek}`;
  await vulNieuweWerkplekIn(page, titel);
  await page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ingediend voor de inhoudelijke controle" })).toBeVisible();
  await expect(page.getByText("Wacht op controle")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/werkplekken?q=${encodeURIComponent(titel)}`);
  await expect(page.getByRole("heading", { name: /Geen werkplekken gevonden/ })).toBeVisible();

  const centrum = await browser.newContext();
  const centrumPagina = await centrum.newPage();
  await centrumKeurtGoed(centrumPagina, titel);
  await centrum.close();

  await page.goto(`/werkplekken?q=${encodeURIComponent(titel)}`);
  await page.getByRole("link", { name: titel, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: titel })).toBeVisible();
  await expect(page.getByText(`${naam} · Apeldoorn`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("only the beheerder may register aanbieders", async ({ page }) => {
  await ingelogdAls(page, "beheerder@aanbieder.example");
  await page.goto("/gemeente/aanbieders");
  await expect(page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
});

test("anonymous visitors are sent to the sign-in page", async ({ page }) => {
  for (const pad of ["/aanbieder", "/gemeente", "/gemeente/aanbieders", "/mijn"]) {
    await page.goto(pad);
    await expect(page).toHaveURL(/\/inloggen$/);
  }
});
