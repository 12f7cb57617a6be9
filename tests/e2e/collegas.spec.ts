import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { maakAccount } from "../fixtures/accounts";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";

async function inloggen(page: Page, email: string, wachtwoord = DEMO_WACHTWOORD) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/aanbieder$/);
}

test("an aanbieder-beheerder invites a colleague and deactivates one, whose session ends at once", async ({ browser }) => {
  // A colleague of its own, so no other journey loses the shared demo accounts.
  const naam = `Mo Tijdelijk ${Date.now()}`;
  const collega = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", naam, demo: true });
  const beheerderContext = await browser.newContext();
  const medewerkerContext = await browser.newContext();
  const beheerder = await beheerderContext.newPage();
  const medewerker = await medewerkerContext.newPage();
  await inloggen(medewerker, collega.email, collega.wachtwoord);
  await inloggen(beheerder, "beheerder@aanbieder.example");

  await beheerder.getByRole("link", { name: "Collega's uitnodigen en beheren" }).click();
  await expect(beheerder.getByRole("heading", { level: 1, name: "Collega's" })).toBeVisible();
  await expectNoAxeViolations(beheerder);
  const email = `collega${Date.now()}@test.example`;
  await beheerder.getByLabel("Naam").fill("Nina Nieuw");
  await beheerder.getByLabel("E-mailadres").fill(email);
  await beheerder.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(beheerder.getByText("Nina Nieuw heeft een uitnodiging per e-mail gekregen.")).toBeVisible();
  await expect(beheerder.getByRole("row", { name: /Nina Nieuw/ })).toContainText("Uitgenodigd");

  await beheerder.getByRole("button", { name: `Deactiveren ${naam}` }).click();
  await expect(beheerder.getByRole("row", { name: new RegExp(naam) })).toContainText("Gedeactiveerd");
  await medewerker.goto("/aanbieder");
  await expect(medewerker).toHaveURL(/\/inloggen$/);
  await medewerker.getByLabel("E-mailadres").fill(collega.email);
  await medewerker.getByLabel("Wachtwoord", { exact: true }).fill(collega.wachtwoord);
  await medewerker.getByRole("button", { name: "Inloggen" }).click();
  await expect(medewerker.getByText("Het e-mailadres of het wachtwoord klopt niet.")).toBeVisible();

  await beheerder.goto("/dev/mail");
  await expect(beheerder.getByRole("row").filter({ hasText: email }).filter({ hasText: "Uitnodiging" })).toBeVisible();
  await beheerderContext.close();
  await medewerkerContext.close();
});
