import { Secret, TOTP } from "otpauth";
import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";

async function inloggen(page: Page, email: string, wachtwoord: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test("beheerder registers an aanbieder; its first user accepts the invitation, enrols TOTP and gets a confirmation", async ({ page }) => {
  const uniek = String(Date.now()).slice(-8);
  const naam = `Fietsenwerkplaats De Spaak ${uniek}`;
  const email = `spaak${uniek}@test.example`;

  await inloggen(page, "beheerder@gemeente.example", DEMO_WACHTWOORD);
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
  await expect(page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Je account voor Apeldoorn Werkt Mee is klaar" })).toBeVisible();
  await page.goto(href);
  await expect(page.getByText("Deze link is al gebruikt.")).toBeVisible();
});

test("only the beheerder may register aanbieders", async ({ page }) => {
  await inloggen(page, "beheerder@aanbieder.example", DEMO_WACHTWOORD);
  await expect(page).toHaveURL(/\/aanbieder$/);
  await page.goto("/gemeente/aanbieders");
  await expect(page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
});

test("anonymous visitors are sent to the sign-in page", async ({ page }) => {
  for (const pad of ["/aanbieder", "/gemeente", "/gemeente/aanbieders", "/mijn"]) {
    await page.goto(pad);
    await expect(page).toHaveURL(/\/inloggen$/);
  }
});
