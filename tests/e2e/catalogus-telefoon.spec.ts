import { gepubliceerd } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Issue 10: most inwoners open the catalogue on a phone. At 360 × 740 the result count is on the
// first screen and the first result within two; filters fold away behind one control; after a
// filter choice the results are in view; no public page scrolls sideways.

const SCHERM = { width: 360, height: 740 };
test.use({ viewport: SCHERM, isMobile: true, hasTouch: true });

const eersteDetail = gepubliceerd[0]!.slug;
const PUBLIEK = [
  "/",
  "/werkplekken",
  `/werkplekken/${eersteDetail}`,
  `/werkplekken/${eersteDetail}/interesse`,
  "/participatieladder",
  "/producten",
  "/veelgestelde-vragen",
  "/voor-werkgevers",
  "/toegankelijkheid",
  "/privacy",
  "/inloggen",
];

test("the result count is on the first screen and the first result within two", async ({ page }) => {
  await page.goto("/werkplekken");
  const telling = page.getByRole("heading", { level: 2, name: `${gepubliceerd.length} werkplekken gevonden` });
  const vak = (await telling.boundingBox())!;
  expect(vak.y + vak.height).toBeLessThanOrEqual(SCHERM.height);
  const eerste = (await page
    .getByRole("list", { name: /werkplekken gevonden/ })
    .getByRole("listitem")
    .first()
    .boundingBox())!;
  expect(eerste.y).toBeLessThan(2 * SCHERM.height);
  // The filters wait behind one control; the menu folds away too.
  await expect(page.getByRole("checkbox").first()).toBeHidden();
  await expect(page.getByRole("link", { name: "Participatieladder" })).toBeHidden();
  await page.locator("summary", { hasText: "Menu" }).click();
  await expect(page.getByRole("link", { name: "Participatieladder" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the Filters control counts the active choices; only groups with a choice are open", async ({ page }) => {
  await page.goto("/werkplekken?trede=3&ondersteuning=begeleiding-op-de-werkplek");
  const form = page.getByRole("search", { name: "Werkplekken zoeken" });
  await form.locator("summary", { hasText: "Filters (2 actief)" }).click();
  await expect(form.getByRole("checkbox", { name: /^Trede 3/ })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^Trede 3/ })).toBeVisible();
  await expect(form.locator("summary", { hasText: "Werkplek op trede (1 gekozen)" })).toBeVisible();
  await expect(form.getByRole("checkbox", { name: /^Naar trede 5/ })).toBeHidden();
  await form.locator("summary", { hasText: "Ontwikkelen naar trede" }).click();
  await expect(form.getByRole("checkbox", { name: /^Naar trede 5/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("with JavaScript a filter applies at once, keeping the focus and the scroll position", async ({ page }) => {
  await page.goto("/werkplekken");
  const form = page.getByRole("search", { name: "Werkplekken zoeken" });
  await form.locator("summary", { hasText: "Filters" }).click();
  await form.locator("summary", { hasText: "Werkplek op trede" }).click();
  const vinkje = form.getByRole("checkbox", { name: /^Trede 4/ });
  await vinkje.scrollIntoViewIfNeeded();
  const voor = await page.evaluate(() => window.scrollY);
  await vinkje.check();
  await expect(page).toHaveURL(/trede=4/);
  const aantal = gepubliceerd.filter((w) => w.treden.includes(4)).length;
  await expect(form.getByRole("button", { name: `Toon ${aantal} werkplek${aantal === 1 ? "" : "ken"}` })).toBeVisible();
  await expect(vinkje).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - voor)).toBeLessThan(5);
  // The button that stays in view takes the person to the results.
  await form.getByRole("button", { name: /^Toon \d+ werkplek/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /werkplek(ken)? gevonden/ })).toBeInViewport();
  await expect(page.getByRole("heading", { level: 2, name: /werkplek(ken)? gevonden/ })).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a filter choice takes the person to the results", async ({ page }) => {
    await page.goto("/werkplekken");
    const form = page.getByRole("search", { name: "Werkplekken zoeken" });
    await form.locator("summary", { hasText: "Filters" }).click();
    await form.locator("summary", { hasText: "Werkplek op trede" }).click();
    await form.getByRole("checkbox", { name: /^Trede 3/ }).check();
    await form.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(page).toHaveURL(/trede=3.*#resultaten$/);
    await expect(page.getByRole("heading", { level: 2, name: /werkplek(ken)? gevonden/ })).toBeInViewport();
  });
});

test("an unknown postcode says the distance is not used instead of a distance chip", async ({ page }) => {
  await page.goto("/werkplekken?postcode=1000&afstand=5");
  await expect(
    page.getByRole("status").getByText("De afstand is niet gebruikt, want we konden je postcode niet vinden.", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText("We kennen postcode 1000 niet.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Binnen 5 km van 1000/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("no public page scrolls sideways at 360 px", async ({ page }) => {
  for (const pad of PUBLIEK) {
    await page.goto(pad);
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breedte, `${pad} is ${breedte} px wide`).toBeLessThanOrEqual(SCHERM.width);
  }
});
