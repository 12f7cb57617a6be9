import { maakAccount } from "../fixtures/accounts";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";

test("an aanbieder-beheerder invites a colleague and deactivates one, whose session ends at once", async ({ browser }) => {
  // A colleague of its own, so no other journey loses the shared demo accounts.
  const naam = `Mo Tijdelijk ${Date.now()}`;
  const collega = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", naam, demo: true });
  const beheerderContext = await browser.newContext();
  const medewerkerContext = await browser.newContext();
  const beheerder = await beheerderContext.newPage();
  const medewerker = await medewerkerContext.newPage();
  await ingelogdAls(medewerker, collega.email);
  await ingelogdAls(beheerder, "beheerder@aanbieder.example");
  await medewerker.goto("/aanbieder");
  await expect(medewerker.getByRole("heading", { level: 1 })).toBeVisible();
  await beheerder.goto("/aanbieder");

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

// Issue 8, defect 9: an existing address got "Er is al een account met dit e-mailadres", for any account.
test("inviting an address that already has an account gives the same answer as a new one", async ({ page, ingelogdAls }) => {
  const eigen = await maakAccount({ rol: "AANBIEDER_BEHEERDER", aanbieder: "eerste", naam: "Bo Beheer" });
  await ingelogdAls(eigen.email);
  await page.goto("/aanbieder/collegas");
  for (const [naam, email] of [
    ["Cees Centrum", "centrum@gemeente.example"],
    ["Nora Nieuw", `nieuw${Date.now()}@test.example`],
  ] as const) {
    await page.getByLabel("Naam").fill(naam);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${naam} heeft een uitnodiging per e-mail gekregen.` })).toBeVisible();
    await expect(page.getByText("Er is al een account")).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  // The owner of the existing account hears about it instead.
  await page.goto("/dev/mail");
  await expect(
    page.getByRole("row").filter({ hasText: "centrum@gemeente.example" }).filter({ hasText: "Je hebt al een account" }).first(),
  ).toBeVisible();
});
