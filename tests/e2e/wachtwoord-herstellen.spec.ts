import { maakAccount } from "../fixtures/accounts";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";

const ANTWOORD = "Als dit e-mailadres bij ons bekend is, hebben we een e-mail gestuurd";

async function vraagLinkAan(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByRole("status").filter({ hasText: ANTWOORD })).toBeVisible();
}

/** Opens the newest message to `aan` with this subject in the development mail viewer. */
async function openMail(page: Page, aan: string, onderwerp: string) {
  const rij = page.getByRole("row").filter({ hasText: aan }).filter({ hasText: onderwerp }).first();
  // The reset mail is sent after the answer (the same answer, in the same time, for every address).
  await expect(async () => {
    await page.goto("/dev/mail");
    await expect(rij).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await rij.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: onderwerp })).toBeVisible();
}

test("password reset end to end: same answer for everyone, single-use link, sessions end, notice sent", async ({ page }) => {
  const a = await maakAccount({ rol: "CENTRUM" });
  await vraagLinkAan(page, "bestaat-niet@test.example");
  await expectNoAxeViolations(page);
  await vraagLinkAan(page, a.email);

  await openMail(page, a.email, "Nieuw wachtwoord instellen voor Apeldoorn Werkt Mee");
  await expectNoAxeViolations(page);
  const link = page.getByRole("link", { name: /\/wachtwoord-herstellen\// });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page.getByRole("heading", { name: "Nieuw wachtwoord kiezen" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("qwerty123456");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("qwerty123456");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText(/veel gebruikt en is daardoor makkelijk te raden/)).toBeVisible();

  const nieuw = "mijn nieuwe wachtwoord na het vergeten";
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(nieuw);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(nieuw);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Je nieuwe wachtwoord is opgeslagen.")).toBeVisible();

  // The link works once.
  await page.goto(href);
  await expect(page.getByText("Deze link is al gebruikt. Een link werkt maar één keer.")).toBeVisible();
  await openMail(page, a.email, "Je wachtwoord is gewijzigd");

  // The old password no longer works; the new one does, and the second factor is still asked.
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(a.email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(a.wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Het e-mailadres of het wachtwoord klopt niet.")).toBeVisible();
  await page.getByLabel("Wachtwoord", { exact: true }).fill(nieuw);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Tweestapsverificatie instellen" })).toBeVisible();
});

test("a malformed or unknown reset link explains itself", async ({ page }) => {
  await page.goto("/wachtwoord-herstellen/onzin");
  await expect(page.getByText("Deze link klopt niet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Vraag een nieuwe link aan" })).toBeVisible();
  await expectNoAxeViolations(page);
});
