import { gepubliceerd, verwachteBuren } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Issue 10: a detail page that helps decide — the facts an inwoner compares in one panel, the
// address (and a map with JavaScript), and the nearest werkplekken with the same trede.

const w = gepubliceerd.find((x) => x.treden.includes(3) && verwachteBuren(x.slug).length === 3)!;

test("the facts panel, the address and three nearby werkplekken with the same trede", async ({ page }) => {
  await page.goto(`/werkplekken/${w.slug}?postcode=7311`);
  const paneel = page.getByRole("complementary", { name: "In het kort" });
  await expect(paneel.getByRole("definition").first()).toBeVisible();
  for (const term of ["Werkplek op", "Dagen en tijden", "Vrije plekken", "Afstand", "Plaats"])
    await expect(paneel.getByRole("term").filter({ hasText: term })).toBeVisible();
  await expect(paneel).toContainText(w.dagenEnTijden);
  await expect(paneel.getByRole("link", { name: "Ik heb interesse" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Waar is het?" })).toBeVisible();
  await expect(page.getByText(`${w.straat} ${w.huisnummer}, ${w.postcode}`)).toBeVisible();

  const buurt = page.getByRole("region", { name: "Meer werkplekken in de buurt" });
  await expect(buurt.getByRole("link")).toHaveText(verwachteBuren(w.slug).map((b) => b.titel));
  // On a wide screen the panel sits beside the text, not under it.
  const tekst = (await page.getByRole("heading", { name: "Over deze werkplek" }).boundingBox())!;
  const vak = (await paneel.boundingBox())!;
  expect(vak.x).toBeGreaterThan(tekst.x + tekst.width / 2);
  expect(vak.y).toBeLessThan(tekst.y + 200);
  await expectNoAxeViolations(page);
});

test("the map is loaded only when it comes into view, and then shows the werkplek", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/werkplekken/${w.slug}`);
  const kaart = page.getByRole("region", { name: "Kaart met werkplekken" });
  // On a phone the map is far below the first screen: nothing of it drawn yet.
  await expect(page.getByRole("heading", { name: "Over deze werkplek" })).toBeVisible();
  await expect(kaart.locator(".leaflet-container")).toHaveCount(0);
  await kaart.scrollIntoViewIfNeeded();
  await expect(kaart.locator(".leaflet-container")).toBeVisible();
  await expect(kaart.locator("path.leaflet-interactive")).toHaveCount(1);
  await expectNoAxeViolations(page);
});
