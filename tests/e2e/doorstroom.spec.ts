import { inE2eDb } from "../fixtures/e2e-db";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// R-LAD-3: the teammanager reads the doorstroom report from the menu, picks a year by keyboard and
// downloads it; the counts on the page add up to the inwoners in the (demo) database.

const vandaagIso = () => toIsoDate(vandaagInNederland());

test("the teammanager reads the doorstroom per trede, picks a year by keyboard and downloads it", async ({ page, ingelogdAls }) => {
  await ingelogdAls("teammanager@gemeente.example");
  await page.goto("/gemeente");
  await page.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Doorstroom" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Doorstroom op de participatieladder" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Every inwoner with a ladder step up to today who is still in the program stands on exactly one
  // trede; a closed inwoner (issue 21 item 25) is left out, and the demo data hold one.
  const { aantal, gesloten, lopend } = await inE2eDb("doorstroomTelling", vandaagIso());
  const tabel = page.getByRole("table", { name: /De trede van elke inwoner/ });
  await expect(tabel.getByRole("row")).toHaveCount(7);
  await expect(tabel.getByRole("rowheader", { name: "4. Onbetaald werk" })).toBeVisible();
  const cellen = await tabel.locator("tbody td").allTextContents();
  expect(cellen.map(Number).reduce((a, b) => a + b, 0)).toBe(aantal);
  expect(aantal).toBeGreaterThan(0);

  // Issue 21 items 25 and 26: the closures per reason and the oriëntaties with their outcome.
  const afgesloten = page.getByRole("table", { name: /uit het programma zijn gegaan/ });
  await expect(afgesloten.getByRole("row", { name: /Betaald werk gevonden/ }).getByRole("cell")).toHaveText(String(gesloten));
  const orientaties = page.getByRole("table", { name: /Oriëntaties en hun uitkomst/ });
  await expect(orientaties.getByRole("row", { name: /Lopend op de peildag/ }).getByRole("cell")).toHaveText(String(lopend));
  expect(lopend).toBeGreaterThan(0);

  // A year by keyboard: the form is a plain GET (it works without JavaScript too).
  const vorigJaar = String(Number(vandaagIso().slice(0, 4)) - 1);
  await page.getByLabel("Jaar", { exact: true }).focus();
  await page.getByLabel("Jaar", { exact: true }).selectOption(vorigJaar);
  await page.getByRole("button", { name: "Tonen" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`jaar=${vorigJaar}`));
  await expect(page.getByRole("heading", { level: 2, name: `Doorstroom in ${vorigJaar}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `Inwoners per trede op 31 december ${vorigJaar}` })).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.getByRole("link", { name: `Download ${vorigJaar} als CSV` });
  const r = await page.request.get((await download.getAttribute("href"))!);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("text/csv");
  const csv = (await r.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(csv[0]).toBe("Jaar;Onderdeel;Groep;Maat;Aantal");
  // The CSV holds what the page shows, row for row (issue 21: consistent with the page).
  for (const t of [1, 2, 3, 4, 5, 6]) {
    const cel = await page
      .getByRole("table", { name: /De trede van elke inwoner/ })
      .getByRole("row")
      .nth(t)
      .getByRole("cell")
      .textContent();
    expect(csv).toContain(`${vorigJaar};Inwoners op trede;;Trede ${t};${cel}`);
  }

  // A crafted year is this year, never an error page.
  const crafted = await page.goto("/gemeente/doorstroom?jaar=__proto__");
  expect(crafted?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: `Doorstroom in ${vandaagIso().slice(0, 4)}` })).toBeVisible();
});

test("a contact person without the report gets no menu item and no page", async ({ page, ingelogdAls }) => {
  await ingelogdAls("trajectregisseur@gemeente.example");
  await page.goto("/gemeente");
  await expect(page.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Doorstroom" })).toHaveCount(0);
  await page.goto("/gemeente/doorstroom");
  await expect(page).toHaveURL(/\/geen-toegang$/);
  const r = await page.request.get("/gemeente/doorstroom/export?jaar=2026");
  expect(r.status()).toBe(403);
});
