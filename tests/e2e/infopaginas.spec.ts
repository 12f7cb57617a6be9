import { expect, expectNoAxeViolations, test } from "./fixtures";

const paginas = [
  { pad: "/", kop: "Aan de slag met begeleiding" },
  { pad: "/participatieladder", kop: /participatieladder/i },
  { pad: "/producten", kop: "Producten en tarieven" },
  { pad: "/veelgestelde-vragen", kop: /Veelgestelde vragen/i },
  { pad: "/voor-werkgevers", kop: "Een werkplek aanbieden bij Apeldoorn Werkt Mee" },
  { pad: "/toegankelijkheid", kop: /Toegankelijkheid/i },
  { pad: "/privacy", kop: /Privacy/i },
];

for (const { pad, kop } of paginas) {
  test(`${pad} is readable and accessible`, async ({ page }) => {
    const response = await page.goto(pad);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: kop })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the products page reads the tariffs from the database, formatted the Dutch way", async ({ page }) => {
  await page.goto("/producten");
  const tabel = page.getByRole("table", { name: /Werkt Mee-producten en tarieven 2024/ });
  await expect(tabel.getByRole("row", { name: /ontwikkeling naar trede 3/ })).toContainText("€ 319,04 per traject");
  await expect(tabel.getByRole("row", { name: /op trede 3/ })).toContainText("€ 10,63 per uur");
  await expect(tabel.getByRole("row", { name: /op trede 4/ })).toContainText("€ 7,86 per uur");
  await expect(page.getByText("De tarieven voor 2026 zijn nog niet bekendgemaakt. Hieronder staan de tarieven van 2024.")).toBeVisible();
});

test("security headers and a CSP are sent, without X-Powered-By", async ({ request }) => {
  const r = await request.get("/werkplekken");
  const h = r.headers();
  expect(h["x-powered-by"]).toBeUndefined();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("the home search box leads to the catalogue", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search", { name: "Snel zoeken" }).getByLabel("Jouw postcode").fill("7311");
  await page.getByRole("button", { name: "Zoek werkplekken" }).click();
  await expect(page.getByText(/Gesorteerd op afstand vanaf 7311/)).toBeVisible();
});

test("at 320 px wide the catalogue needs no horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/werkplekken?postcode=7311");
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte).toBeLessThanOrEqual(320);
});
