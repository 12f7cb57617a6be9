import { demoAanbieders } from "../../prisma/data/demo-aanbieders";
import { maakAccount } from "../fixtures/accounts";
import { gepubliceerd } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Issue 10: the aanbieder changes "plekken vrij" from the werkplekken list in one step (no content
// check); the catalogue can show only werkplekken with a free place; a werkplek with none says so
// and since when.

const eigen = gepubliceerd.find((w) => w.aanbieder === demoAanbieders[0]!.slug)!;

test("free places change in one step and the catalogue follows", async ({ page, ingelogdAls }) => {
  const account = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", demo: true });
  await ingelogdAls(account.email);
  await page.goto("/aanbieder");
  const veld = page.getByLabel(`Vrije plekken bij ${eigen.titel}`);
  const oud = await veld.inputValue();
  await veld.fill("120");
  await page.getByRole("button", { name: `Opslaan (vrije plekken bij ${eigen.titel})` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "van 0 tot en met 99" })).toBeVisible();
  await page.getByLabel(`Vrije plekken bij ${eigen.titel}`).fill("0");
  await page.getByRole("button", { name: `Opslaan (vrije plekken bij ${eigen.titel})` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${eigen.titel}: nu geen plek vrij.` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Live at once, without a content check.
  await page.goto(`/werkplekken/${eigen.slug}`);
  await expect(page.getByRole("complementary", { name: "In het kort" })).toContainText(
    /Nu geen plek vrij \(bijgewerkt op \d{1,2} \w+ \d{4}\)/,
  );
  await page.goto(`/werkplekken?q=${encodeURIComponent(eigen.titel)}`);
  await expect(page.getByRole("link", { name: eigen.titel, exact: true })).toBeVisible();
  await page.goto(`/werkplekken?q=${encodeURIComponent(eigen.titel)}&vrij=ja`);
  await expect(page.getByRole("link", { name: "Alleen met vrije plekken (filter weghalen)" })).toBeVisible();
  await expect(page.getByRole("link", { name: eigen.titel, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // And back, so the demo data stays as it was.
  await page.goto("/aanbieder");
  await page.getByLabel(`Vrije plekken bij ${eigen.titel}`).fill(oud);
  await page.getByRole("button", { name: `Opslaan (vrije plekken bij ${eigen.titel})` }).click();
  await expect(page.getByRole("status").filter({ hasText: eigen.titel })).toBeVisible();
});
