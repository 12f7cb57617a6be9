import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Staff and aanbieders open the portal on a phone too. At 360 × 740 no page of the back office
// scrolls sideways: a wide table scrolls inside its own box, a region that a keyboard user can
// reach and scroll (WCAG 1.4.10 and 2.1.1), and filter fields and fieldsets fit the screen.

const SCHERM = { width: 360, height: 740 };
test.use({ viewport: SCHERM });

async function pastOpScherm(page: Page, pad: string) {
  await page.goto(pad);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte, `${pad} is ${breedte} px wide`).toBeLessThanOrEqual(SCHERM.width);
  await expectNoAxeViolations(page);
}

/** The pages the first table's links lead to (detail pages), at most `max`. */
async function detailpaginas(page: Page, pad: string, patroon: RegExp, max = 3) {
  await page.goto(pad);
  const hrefs = await page
    .getByRole("table")
    .first()
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const uniek = [...new Set(hrefs.filter((h) => patroon.test(h)))].slice(0, max);
  expect(uniek.length, `detail links on ${pad}`).toBeGreaterThan(0);
  return uniek;
}

test("the gemeente's pages fit a phone, tables scroll in their own box", async ({ page, ingelogdAls }) => {
  await ingelogdAls("beheerder@gemeente.example");
  for (const pad of [
    "/gemeente/inhoudscheck",
    "/gemeente/aanbieders",
    "/gemeente/berichten",
    "/gemeente/declaraties",
    "/gemeente/beheer/tarieven",
    "/gemeente/beheer/branches",
    "/gemeente/beheer/medewerkers",
    "/gemeente/beheer/aow-leeftijd",
    "/gemeente/beheer/auditlog",
  ])
    await pastOpScherm(page, pad);
  for (const pad of await detailpaginas(page, "/gemeente/inhoudscheck", /^\/gemeente\/inhoudscheck\/./, 1)) await pastOpScherm(page, pad);
});

test("the teammanager's overviews, toewijzingen and the Centrum's oriëntaties fit a phone", async ({ page, ingelogdAls }) => {
  await ingelogdAls("teammanager@gemeente.example");
  for (const pad of ["/gemeente/doorstroom", "/gemeente/toewijzingen?weergave=team", "/gemeente/inwoners"]) await pastOpScherm(page, pad);
  for (const pad of await detailpaginas(page, "/gemeente/toewijzingen?weergave=team", /^\/gemeente\/toewijzingen\/./, 2))
    await pastOpScherm(page, pad);
  await ingelogdAls("centrum@gemeente.example");
  await pastOpScherm(page, "/gemeente/orientaties");
});

test("the aanbieder's pages and a toewijzing with its plan fit a phone", async ({ page, ingelogdAls }) => {
  await ingelogdAls("beheerder@aanbieder.example");
  for (const pad of [
    "/aanbieder",
    "/aanbieder/toewijzingen",
    "/aanbieder/declaraties",
    "/aanbieder/declaraties/vrijwilligersvergoeding",
    "/aanbieder/berichten",
    "/aanbieder/collegas",
  ])
    await pastOpScherm(page, pad);
  for (const pad of await detailpaginas(page, "/aanbieder/toewijzingen", /^\/aanbieder\/toewijzingen\/./, 5)) await pastOpScherm(page, pad);
});

test("a wide table is scrolled by keyboard inside its own box", async ({ page, ingelogdAls }) => {
  await ingelogdAls("teammanager@gemeente.example");
  await page.goto("/gemeente/doorstroom");
  const vak = page.getByRole("region", { name: /Van de trede vóór .* naar de trede/ });
  await expect(vak.getByRole("table")).toBeVisible();
  const maten = await vak.evaluate((e) => ({ zicht: e.clientWidth, inhoud: e.scrollWidth }));
  expect(maten.inhoud, "the 6 × 6 matrix is wider than a phone").toBeGreaterThan(maten.zicht);
  // Tab reaches the box (it is in the tab order); the arrow keys scroll it, not the page.
  for (let i = 0; i < 80 && !(await vak.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(vak).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => vak.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test("a table that fits is no extra tab stop; on a phone its caption stays in view while it scrolls", async ({ page, ingelogdAls }) => {
  await ingelogdAls("teammanager@gemeente.example");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/gemeente/doorstroom");
  const matrix = page.getByRole("table", { name: /Van de trede vóór .* naar de trede/ });
  await expect(matrix).toBeVisible();
  // Wide enough: the table is just a table, not a region or a stop in the tab order.
  await expect(page.getByRole("region", { name: /Van de trede vóór .* naar de trede/ })).toHaveCount(0);
  const vak = matrix.locator("xpath=..");
  await expect(vak).not.toHaveAttribute("tabindex", "0");
  await expectNoAxeViolations(page);

  // Narrowed to a phone, the same box becomes a region a keyboard user can reach and scroll.
  await page.setViewportSize(SCHERM);
  const regio = page.getByRole("region", { name: /Van de trede vóór .* naar de trede/ });
  await expect(regio).toHaveAttribute("tabindex", "0");
  const onderschrift = matrix.locator("caption");
  const links = async () => (await onderschrift.boundingBox())!.x;
  const begin = await links();
  expect((await onderschrift.boundingBox())!.width, "the caption is no wider than its box").toBeLessThanOrEqual(
    await regio.evaluate((e) => e.clientWidth),
  );
  await regio.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
  await expect.poll(() => regio.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  expect(Math.abs((await links()) - begin), "the caption did not scroll away with the table").toBeLessThan(1);
  await expectNoAxeViolations(page);
});
