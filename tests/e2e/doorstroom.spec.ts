import Database from "better-sqlite3";
import { E2E_DB } from "../fixtures/accounts";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// R-LAD-3: the teammanager reads the doorstroom report from the menu, picks a year by keyboard and
// downloads it; the counts on the page add up to the inwoners in the (demo) database.

const vandaagIso = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });

test("the teammanager reads the doorstroom per trede, picks a year by keyboard and downloads it", async ({ page, ingelogdAls }) => {
  await ingelogdAls("teammanager@gemeente.example");
  await page.goto("/gemeente");
  await page.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Doorstroom" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Doorstroom op de participatieladder" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Every inwoner with a ladder step up to today stands on exactly one trede.
  const db = new Database(E2E_DB, { readonly: true });
  const { aantal } = db
    .prepare(`SELECT COUNT(DISTINCT "inwonerId") AS aantal FROM "LadderRegel" WHERE substr("datum", 1, 10) <= ?`)
    .get(vandaagIso()) as { aantal: number };
  db.close();
  const tabel = page.getByRole("table", { name: /De trede van elke inwoner/ });
  await expect(tabel.getByRole("row")).toHaveCount(7);
  await expect(tabel.getByRole("rowheader", { name: "4. Onbetaald werk" })).toBeVisible();
  const cellen = await tabel.locator("tbody td").allTextContents();
  expect(cellen.map(Number).reduce((a, b) => a + b, 0)).toBe(aantal);
  expect(aantal).toBeGreaterThan(0);

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
  expect((await r.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Jaar;Onderdeel;Groep;Maat;Aantal");

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
