import { expect, type Page } from "@playwright/test";
import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";

// Steps shared by the werkplek journeys: what an aanbieder types, and the content check.

export async function inloggen(page: Page, email: string, wachtwoord: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Fill the new-werkplek form with a complete, valid werkplek. */
export async function vulNieuweWerkplekIn(page: Page, titel: string) {
  await page.getByLabel("Titel", { exact: true }).fill(titel);
  await page.getByLabel("Branche").selectOption({ label: "Techniek en metaal" });
  await page.getByLabel("Omschrijving").fill("Een werkplaats waar we tweedehands fietsen opknappen voor mensen in de buurt.");
  await page.getByLabel("Taken", { exact: true }).fill("- Banden plakken\n- Remmen afstellen\n- Fietsen poetsen voor de verkoop");
  await page
    .getByLabel("Begeleiding", { exact: true })
    .fill("Een werkmeester is de hele dag in de werkplaats en legt alles stap voor stap uit.");
  await page.getByLabel("Straat", { exact: true }).fill("Vosselmanstraat");
  await page.getByLabel("Huisnummer").fill("10");
  await page.getByLabel("Postcode").fill("7311 AB");
  await page.getByLabel("Plaats", { exact: true }).fill("Apeldoorn");
  await page.getByLabel(/Werken op trede 3/).check();
  await page.getByLabel("Dagen en tijden").fill("Maandag tot en met vrijdag, tussen 9 en 16 uur");
  await page.getByLabel("Minimum uren per week").fill("8");
  await page.getByLabel("Maximum uren per week").fill("24");
  await page.getByLabel("Plaatsen beschikbaar").fill("2");
  await page.getByLabel("Bereikbaarheid en toegankelijkheid").fill("Gelijkvloers; bus 1 stopt voor de deur.");
  await page.getByLabel(/Vakvaardigheden leren/).check();
  await page.getByLabel(/Begeleider op de werkplek/).check();
}

/** Centrum Werkt Mee (demo account, in its own browser context) opens the item and approves it. */
export async function centrumKeurtGoed(page: Page, titel: string) {
  await inloggen(page, "centrum@gemeente.example", DEMO_WACHTWOORD);
  await expect(page).toHaveURL(/\/gemeente$/);
  await page.goto("/gemeente/inhoudscheck");
  await page.getByRole("link", { name: titel }).click();
  await expect(page.getByRole("heading", { level: 1, name: titel })).toBeVisible();
  await keurGoedOpDezePagina(page);
}

/** On an opened content-check item: tick the checklist and approve. */
export async function keurGoedOpDezePagina(page: Page) {
  for (const c of ["lopend contract", "Het adres bestaat", "taken zijn concreet", "begeleiding is beschreven"]) {
    await page.getByLabel(new RegExp(c)).check();
  }
  await page.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De werkplek is goedgekeurd" })).toBeVisible();
}
