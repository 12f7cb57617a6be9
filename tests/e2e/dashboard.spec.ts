import { expect, expectNoAxeViolations, test } from "./fixtures";

// Issue 21 item 32: the groups under "Wat op jou wacht" on /gemeente are regions a screen reader
// can name and jump to. Their heading ids contained spaces ("wv-Nieuwe meldingen"), so
// aria-labelledby pointed at nothing and every group was an unnamed region (axe did not see it).

const GROEPEN = [
  "Nieuwe meldingen",
  "Evaluatiegesprekken te bevestigen",
  "Uitkomst van een evaluatiegesprek vastleggen",
  "Eindverantwoordingen te lezen",
  "Herindicatieverzoeken te beslissen",
  "Te laat",
];

test("every group of the contact person's dashboard is a region named by its heading", async ({ page, ingelogdAls }) => {
  await ingelogdAls("trajectregisseur@gemeente.example");
  await page.goto("/gemeente");
  const werk = page.getByRole("region", { name: "Wat op jou wacht" });
  await expect(werk).toBeVisible();
  for (const titel of GROEPEN) {
    const groep = werk.getByRole("region", { name: new RegExp(`^${titel} \\(\\d+\\)$`) });
    await expect(groep, titel).toBeVisible();
    await expect(groep.getByRole("heading", { level: 3 })).toHaveText(new RegExp(`^${titel} \\(\\d+\\)$`));
  }
  // No region on the page is without a name.
  const regios = page.locator("section[aria-labelledby]");
  for (const r of await regios.all()) {
    const id = await r.getAttribute("aria-labelledby");
    expect(id, "aria-labelledby is one id").toMatch(/^[A-Za-z_][\w-]*$/);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  await expectNoAxeViolations(page);
});
