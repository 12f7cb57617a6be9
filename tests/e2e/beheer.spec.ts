import { inE2eDb } from "../fixtures/e2e-db";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// The functioneel beheerder adds the 2026 tariff of "Ontwikkeling naar trede 4", is refused a
// second one, sees it on the public products page, and finds the change in the audit log.
//
// /producten shows the latest tariff year up to this year, so this tariff changes what
// infopaginas.spec.ts expects there (the 2024 tariffs): the journey removes the row it added
// afterwards. It never touches a row it did not add.

const PRODUCT = "ONTW_4";
const JAAR = 2026;
let toegevoegd = false;

test.afterAll(async () => {
  if (toegevoegd) await inE2eDb("verwijderTarief", PRODUCT, JAAR);
});

test("the beheerder adds a tariff once, sees it on /producten, and finds it in the audit log", async ({ page, ingelogdAls }) => {
  expect(
    await inE2eDb("tariefBestaat", PRODUCT, JAAR),
    `this journey needs an e2e database without a ${JAAR} tariff for ${PRODUCT} (scripts/e2e-server.sh makes a fresh one)`,
  ).toBe(false);

  await ingelogdAls("beheerder@gemeente.example");
  await page.goto("/mijn");
  await expect(page).toHaveURL(/\/gemeente$/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /^Beheer:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Tarieven", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tarieven" })).toBeVisible();
  const tabel = page.getByRole("table", { name: "Tarieven per product en jaar" });
  const rij = tabel.getByRole("row", { name: /Ontwikkeling naar trede 4/ });
  await expect(rij).toContainText("Nog niet vastgesteld");
  await expectNoAxeViolations(page);

  // Add it.
  await page.getByLabel("Product", { exact: true }).selectOption({ label: "Ontwikkeling naar trede 4 (per traject)" });
  await page.getByLabel("Jaar", { exact: true }).fill(String(JAAR));
  await page.getByLabel("Bedrag in euro's", { exact: true }).fill("€ 331,25");
  await page.getByRole("button", { name: "Tarief toevoegen" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Het tarief ${JAAR} voor Ontwikkeling naar trede 4 is vastgelegd: € 331,25 per traject.` }),
  ).toBeVisible();
  toegevoegd = true;
  await expect(rij).toContainText("€ 331,25");
  await expectNoAxeViolations(page);

  // A second one for the same product and year is refused, with the reason, and the input is kept.
  await page.getByLabel("Product", { exact: true }).selectOption({ label: "Ontwikkeling naar trede 4 (per traject)" });
  await page.getByLabel("Jaar", { exact: true }).fill(String(JAAR));
  await page.getByLabel("Bedrag in euro's", { exact: true }).fill("400");
  await page.getByRole("button", { name: "Tarief toevoegen" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: `Voor Ontwikkeling naar trede 4 is al een tarief voor ${JAAR} vastgelegd (€ 331,25).` }),
  ).toBeVisible();
  await expect(page.getByLabel("Jaar", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Bedrag in euro's", { exact: true })).toHaveValue("400");
  await expect(rij).toContainText("€ 331,25");
  await expectNoAxeViolations(page);

  // The public page shows the newest year up to now.
  await page.goto("/producten");
  const producten = page.getByRole("table", { name: new RegExp(`Werkt Mee-producten en tarieven ${JAAR}`) });
  await expect(producten.getByRole("row", { name: /ontwikkeling naar trede 4/ })).toContainText("€ 331,25 per traject");
  await expectNoAxeViolations(page);

  // The audit log, filtered on the activity, shows the change and nothing else.
  await page.goto("/gemeente/beheer");
  await page.getByRole("link", { name: "Logboek", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logboek" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Activiteit", { exact: true }).selectOption("tarief-vastleggen");
  await page.getByRole("button", { name: "Filteren", exact: true }).click();
  await expect(page).toHaveURL(/activiteit=tarief-vastleggen/);
  const regels = page.getByRole("table", { name: /de nieuwste eerst/ }).locator("tbody tr");
  await expect(regels.first()).toContainText(`${PRODUCT} ${JAAR}: € 331,25 per traject`);
  await expect(regels.first()).toContainText("Bea Beheer");
  await expect(regels.first()).toContainText("beheerder@gemeente.example");
  for (const r of await regels.all()) await expect(r).toContainText("tarief-vastleggen");
  await expectNoAxeViolations(page);

  // A malformed URL is explained, not an error page.
  const antwoord = await page.goto("/gemeente/beheer/auditlog?pagina=abc&van=2026-02-30&uitkomst=misschien");
  expect(antwoord?.status()).toBe(200);
  const uitleg = page.getByRole("alert").filter({ hasText: "Niet alles in de zoekopdracht kon worden gebruikt" });
  await expect(uitleg).toContainText("Dat paginanummer bestaat niet.");
  await expect(uitleg).toContainText("De datum 'vanaf' is geen bestaande datum");
  await expect(uitleg).toContainText("De uitkomst kan alleen gelukt, geweigerd of mislukt zijn.");
  await expectNoAxeViolations(page);
});

test("every beheer page is accessible, explains an empty form in Dutch, and a staff member can be invited", async ({
  page,
  ingelogdAls,
}) => {
  await ingelogdAls("beheerder@gemeente.example");
  await page.goto("/mijn");
  await expect(page).toHaveURL(/\/gemeente$/);
  for (const [pad, titel, knop] of [
    ["/gemeente/beheer/aow-leeftijd", "AOW-leeftijd", "Regel toevoegen"],
    ["/gemeente/beheer/vrijwilligersvergoeding", "Vrijwilligersvergoeding", "Grenzen toevoegen"],
    ["/gemeente/beheer/branches", "Branches", "Branche toevoegen"],
  ] as const) {
    await page.goto(pad);
    await expect(page.getByRole("heading", { level: 1, name: titel })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: knop }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Controleer het formulier" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // The edit page of a branche, reached from the list.
  await page
    .getByRole("link", { name: /wijzigen/i })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /Branche wijzigen:/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/gemeente/beheer/medewerkers");
  await expect(page.getByRole("heading", { level: 1, name: "Medewerkers van de gemeente" })).toBeVisible();
  await expectNoAxeViolations(page);
  const uniek = String(Date.now()).slice(-7);
  const uitnodigen = page.locator("form", { has: page.getByRole("button", { name: "Uitnodiging versturen" }) });
  await uitnodigen.getByLabel("Naam").fill(`Willem Wmo ${uniek}`);
  await uitnodigen.getByLabel("E-mailadres").fill(`willem${uniek}@gemeente.example`);
  await uitnodigen.getByLabel("Rol").selectOption({ label: "Wmo-consulent" });
  await uitnodigen.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status")).toContainText(`Willem Wmo ${uniek}`);
  await expect(page.getByRole("row").filter({ hasText: `willem${uniek}@gemeente.example` })).toContainText("Wmo-consulent");
  await expectNoAxeViolations(page);
});
