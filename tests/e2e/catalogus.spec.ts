import { branches } from "../../prisma/data/referentie";
import { gepubliceerd, nietGepubliceerd, verwachteZoekresultaten } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// The branche with the most published werkplekken within 10 km of Apeldoorn centre makes the
// strongest ordering test (at least three results, so order is really checked).
const kandidaat = branches
  .map((b) => ({ b, n: verwachteZoekresultaten({ branche: b.slug, postcode: "7311", afstand: 10 }).length }))
  .sort((x, y) => y.n - x.n)[0]!;

test.describe("Werkplekken zoeken", () => {
  test("branche + postcode + afstand gives only matching werkplekken, nearest first", async ({ page }) => {
    const verwacht = verwachteZoekresultaten({ branche: kandidaat.b.slug, postcode: "7311", afstand: 10 });
    expect(verwacht.length).toBeGreaterThanOrEqual(3);
    expect(verwacht.length).toBeLessThanOrEqual(20);

    await page.goto("/werkplekken");
    await expectNoAxeViolations(page);
    const form = page.getByRole("search", { name: "Werkplekken zoeken" });
    // The filter groups are folded away until opened.
    await expect(form.getByRole("checkbox", { name: kandidaat.b.naam })).toBeHidden();
    await form.locator("summary", { hasText: "Branche" }).click();
    await form.getByRole("checkbox", { name: kandidaat.b.naam }).check();
    await form.getByLabel("Jouw postcode").fill("7311 ab");
    await form.getByLabel("Maximale afstand").selectOption("10");
    await form.getByRole("button", { name: "Zoeken" }).click();

    await expect(page).toHaveURL(/postcode=7311\+ab/);
    await expect(page.getByRole("heading", { level: 2, name: `${verwacht.length} werkplekken gevonden` })).toBeVisible();
    const titels = await page
      .getByRole("list", { name: /werkplekken gevonden/ })
      .getByRole("heading", { level: 3 })
      .allTextContents();
    expect(titels).toEqual(verwacht.map((w) => w.titel));
    const afstanden = await page.locator("[data-afstand]").allTextContents();
    expect(afstanden).toEqual(verwacht.map((w) => `${w.km.toFixed(1).replace(".", ",")} km`));
    // The active filters can be removed one by one.
    await expect(page.getByRole("link", { name: `Branche: ${kandidaat.b.naam} (filter weghalen)` })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Binnen 10 km van 7311 ab (filter weghalen)" }).click();
    const zonderPostcode = gepubliceerd.filter((w) => w.branche === kandidaat.b.slug).length;
    await expect(
      page.getByRole("heading", { level: 2, name: `${zonderPostcode} werkplek${zonderPostcode === 1 ? "" : "ken"} gevonden` }),
    ).toBeVisible();
  });

  test("an unknown postcode is explained at the field", async ({ page }) => {
    await page.goto("/werkplekken?postcode=7300");
    const veld = page.getByLabel("Jouw postcode");
    await expect(veld).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("We kennen postcode 7300 niet.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/werkplekken?postcode=hallo");
    await expect(page.getByText(/"hallo" is geen geldige postcode/)).toBeVisible();
  });

  test("malformed URL parameters are explained, never an error page", async ({ page }) => {
    const response = await page.goto("/werkplekken?afstand=abc&trede=9&pagina=-3&branche=bestaat-niet&q=" + "x".repeat(300));
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Kies een afstand van 2, 5, 10 of 25 km. We zoeken nu binnen 10 km.")).toBeVisible();
    await expect(page.getByText("Trede kan alleen 3 of 4 zijn; een andere waarde is genegeerd.")).toBeVisible();
    await expect(page.getByText("Een onbekende branche in de zoekopdracht is genegeerd.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an empty result suggests widening the search", async ({ page }) => {
    await page.goto("/werkplekken?q=zzzzonbestaandwoord&postcode=7311&afstand=2");
    await expect(page.getByRole("heading", { name: "Geen werkplekken gevonden" })).toBeVisible();
    await expect(page.getByText("een grotere afstand kiezen;")).toBeVisible();
    await expect(page.getByRole("link", { name: "alle werkplekken bekijken" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("only published werkplekken are public", async ({ page }) => {
    await page.goto("/werkplekken");
    await expect(page.getByRole("heading", { level: 2, name: `${gepubliceerd.length} werkplekken gevonden` })).toBeVisible();
    const verborgen = nietGepubliceerd[0]!;
    const response = await page.goto(`/werkplekken/${verborgen.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  });

  test("search works by keyboard alone", async ({ page }) => {
    await page.goto("/werkplekken");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
    await page.keyboard.press("Enter");
    for (let i = 0; i < 30 && !(await page.getByLabel("Jouw postcode").evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(page.getByLabel("Jouw postcode")).toBeFocused();
    await page.keyboard.type("7311");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/postcode=7311/);
    await expect(page.getByText(/Gesorteerd op afstand vanaf 7311/)).toBeVisible();
    // Tab onwards to the first result and open it with Enter.
    const eerste = page
      .getByRole("list", { name: /werkplekken gevonden/ })
      .getByRole("link")
      .first();
    const titel = await eerste.textContent();
    for (let i = 0; i < 80 && !(await eerste.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(eerste).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: titel! })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
