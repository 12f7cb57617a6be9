import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";

// Issue 23: a person turns the deadline reminder mails off on /mijn/herinneringen (without
// JavaScript too) and on again; beheer sees each retention term with its legal basis and changes one.

test("an aanbieder user turns reminder mails off without JavaScript, and on again", async ({ page, browser }) => {
  test.slow();
  await ingelogdAls(page, "beheerder@aanbieder.example");
  await page.goto("/aanbieder");
  await page.getByRole("link", { name: "E-mailherinneringen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E-mailherinneringen" })).toBeVisible();
  await expect(page.getByText("Nu: je krijgt deze e-mails.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The form itself without JavaScript (axe needs scripts, so it scans the page above and below).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await ingelogdAls(p, "beheerder@aanbieder.example");
  await p.goto("/mijn/herinneringen");
  const vinkje = p.getByLabel("Stuur mij een e-mail over termijnen die eraan komen, vandaag zijn of verlopen zijn");
  await expect(vinkje).toBeChecked();
  await vinkje.uncheck();
  await p.getByRole("button", { name: "Opslaan" }).click();
  await expect(p.getByRole("status").filter({ hasText: "Opgeslagen: je krijgt geen e-mails meer over termijnen." })).toBeVisible();
  await p.goto("/mijn/herinneringen");
  await expect(p.getByText("Nu: je krijgt deze e-mails niet.")).toBeVisible();
  await expect(vinkje).not.toBeChecked();

  await page.reload();
  await expect(page.getByText("Nu: je krijgt deze e-mails niet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await vinkje.check();
  await p.getByRole("button", { name: "Opslaan" }).click();
  await expect(p.getByRole("status").filter({ hasText: "Opgeslagen: je krijgt weer een e-mail" })).toBeVisible();
  await p.goto("/mijn/herinneringen");
  await expect(p.getByText("Nu: je krijgt deze e-mails.")).toBeVisible();
  await context.close();
});

test("the beheerder sees the retention terms with their legal basis and changes one", async ({ page }) => {
  test.slow();
  await ingelogdAls(page, "beheerder@gemeente.example");
  await page.goto("/gemeente/beheer");
  await page.getByRole("link", { name: "Bewaartermijnen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bewaartermijnen" })).toBeVisible();
  const tabel = page.getByRole("table", { name: "Bewaartermijnen per soort gegevens" });
  const rij = tabel.getByRole("row", { name: /Interesse-aanvragen/ });
  await expect(rij).toContainText("AVG art. 6 lid 1 sub a");
  await expectNoAxeViolations(page);

  await page.getByLabel("Soort gegevens").selectOption({ label: "Interesse-aanvragen" });
  await page.getByLabel("Bewaartermijn in maanden").fill("0");
  await page.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
  await expect(page.getByText("Vul minstens 1 maand in.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Bewaartermijn in maanden").fill("6");
  await page.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "De bewaartermijn is opgeslagen: Interesse-aanvragen, 6 maanden." }),
  ).toBeVisible();
  await expect(rij).toContainText("6 maanden");
  await expect(rij).not.toContainText("(standaard)");
});
