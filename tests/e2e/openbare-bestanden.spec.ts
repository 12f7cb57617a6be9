import { expect, test } from "./fixtures";

// The files in public/ that browsers, search engines and security researchers ask for (issue 8).

test("the favicon is served and every page links it", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO file
  expect((await request.get("/favicon.svg")).headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/werkplekken");
  await expect(page.locator('link[rel="icon"][href^="/favicon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});

test("robots.txt keeps search engines out of the back office and the aanbieder area, not the catalogue", async ({ request }) => {
  const r = await request.get("/robots.txt");
  expect(r.status()).toBe(200);
  const regels = (await r.text()).split("\n").map((l) => l.trim());
  for (const pad of ["/gemeente/", "/aanbieder/", "/mijn/", "/inloggen"]) expect(regels).toContain(`Disallow: ${pad}`);
  expect(regels.filter((l) => /^Disallow: \/werkplekken/.test(l))).toEqual([]);
});

test("security.txt has a contact and an expiry within a year, as RFC 9116 asks", async ({ request }) => {
  const r = await request.get("/.well-known/security.txt");
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("text/plain");
  const tekst = await r.text();
  expect(tekst).toMatch(/^Contact: (mailto:|https:\/\/)\S+$/m);
  const verloopt = new Date(/^Expires: (\S+)$/m.exec(tekst)![1]!);
  // Failing here means: renew the file (check the contact details and move Expires up a year).
  expect(verloopt.getTime()).toBeGreaterThan(Date.now());
  expect(verloopt.getTime() - Date.now()).toBeLessThan(366 * 24 * 3600 * 1000);
  expect(tekst).toMatch(/^Preferred-Languages: nl/m);
});
