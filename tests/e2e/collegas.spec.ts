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
  await expect(beheerder.getByRole("status").filter({ hasText: "Het account is gedeactiveerd." })).toBeVisible();
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

// ADR 0022: the list beside the form told which addresses had an account (only a new one got a row).
test("the list shows the same invitation row for an address with an account as for a new one, and it can be withdrawn", async ({
  page,
  browser,
}) => {
  const eigen = await maakAccount({ rol: "AANBIEDER_BEHEERDER", aanbieder: "eerste", naam: "Bram Beheer", demo: true });
  await ingelogdAls(page, eigen.email);
  await page.goto("/aanbieder/collegas");
  const nieuw = `nieuw${Date.now()}@test.example`;
  for (const [naam, email] of [
    ["Tom Trajectregisseur", "trajectregisseur@gemeente.example"],
    ["Noor Nieuw", nieuw],
  ] as const) {
    await page.getByLabel("Naam").fill(naam);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${naam} heeft een uitnodiging per e-mail gekregen.` })).toBeVisible();
  }
  for (const naam of ["Tom Trajectregisseur", "Noor Nieuw"]) {
    const rij = page.getByRole("row", { name: new RegExp(naam) });
    await expect(rij).toContainText("Uitgenodigd");
    await expect(rij).toContainText("Link geldig tot");
    await expect(rij.getByRole("button", { name: `Opnieuw uitnodigen ${naam}` })).toBeVisible();
    await expect(rij.getByRole("button", { name: `Uitnodiging intrekken ${naam}` })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // By keyboard: withdraw the invitation of the existing address.
  await page.getByRole("button", { name: "Uitnodiging intrekken Tom Trajectregisseur" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "De uitnodiging is ingetrokken. De link in de e-mail werkt niet meer." }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /Tom Trajectregisseur/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Noor Nieuw/ })).toContainText("Uitgenodigd");

  // Without JavaScript: send the other invitation again.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await ingelogdAls(p, eigen.email);
  await p.goto("/aanbieder/collegas");
  await p.getByRole("button", { name: "Opnieuw uitnodigen Noor Nieuw" }).click();
  await expect(p.getByRole("status").filter({ hasText: "De uitnodiging is opnieuw verstuurd. De link werkt weer 7 dagen." })).toBeVisible();
  await expect(p.getByRole("row", { name: /Noor Nieuw/ })).toContainText("Link geldig tot");
  await context.close();
});
