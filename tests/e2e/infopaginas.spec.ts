import { formatEuro } from "../../src/domain/format";
import { inE2eDb } from "../fixtures/e2e-db";
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
  // What the page must show follows from the e2e database as it is now (the demo data and other
  // journeys add tariffs): the latest tariff year up to this year, each product's amount or
  // "Nog niet vastgesteld", and the notice when that year is not this year.
  const huidig = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Amsterdam" }).format(new Date()));
  const tarieven = await inE2eDb("tarievenTot", huidig);
  const jaar = Math.max(...tarieven.map((t) => t.jaar));
  const bedrag = (code: string, eenheid: string) => {
    const t = tarieven.find((x) => x.productCode === code && x.jaar === jaar);
    return t ? `${formatEuro(t.bedragCent)} ${eenheid}` : "Nog niet vastgesteld";
  };

  await page.goto("/producten");
  const tabel = page.getByRole("table", { name: new RegExp(`Werkt Mee-producten en tarieven ${jaar}`) });
  await expect(tabel.getByRole("row", { name: /ontwikkeling naar trede 3/ })).toContainText(bedrag("ONTW_3", "per traject"));
  await expect(tabel.getByRole("row", { name: /op trede 3/ })).toContainText(bedrag("OP_TREDE_3", "per uur"));
  await expect(tabel.getByRole("row", { name: /op trede 4/ })).toContainText(bedrag("OP_TREDE_4", "per uur"));
  const melding = page.getByText(`De tarieven voor ${huidig} zijn nog niet bekendgemaakt. Hieronder staan de tarieven van ${jaar}.`);
  await expect(melding).toHaveCount(jaar === huidig ? 0 : 1);
  // The 2024 tariffs of the policy (R-TAR-1) are in every database, in Dutch notation.
  expect(tarieven.filter((t) => t.jaar === 2024).map((t) => [t.productCode, formatEuro(t.bedragCent)])).toEqual(
    expect.arrayContaining([
      ["ONTW_3", "€ 319,04"],
      ["OP_TREDE_3", "€ 10,63"],
      ["OP_TREDE_4", "€ 7,86"],
    ]),
  );
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
