import http from "node:http";
import { maakAccount } from "../fixtures/accounts";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { inloggen, vulNieuweWerkplekIn } from "./werkplek-stappen";
import type { Browser } from "@playwright/test";

// Requests Next.js 16.4.5 answered with a bare HTTP 500 (issue 8, defects 5 and 6): an address
// with a broken percent-encoding, and a form post larger than the server-action limit.

const ONLEESBAAR = ["/werkplekken/%FF", "/fotos/%", "/uitnodiging/%E0%A4%A", "/gemeente/inwoners/%FF", "/api/auth/%FF", "/%C0%AF"];

test.describe("an address that cannot be decoded", () => {
  for (const pad of ONLEESBAAR) {
    test(`GET ${pad} gives the portal's own Dutch 404 page, not a 500`, async ({ request }) => {
      const r = await request.get(pad, { maxRedirects: 0 });
      expect([400, 404]).toContain(r.status());
      const html = await r.text();
      expect(html).toContain("Deze pagina bestaat niet");
      expect(html).toContain("Hoofdmenu");
      expect(html).toContain('lang="nl"');
    });
  }

  test("the page is the portal's own, in its layout, and accessible", async ({ page }) => {
    const r = await page.goto("/werkplekken/%FF");
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Zoek een andere werkplek" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a POST to such an address gets a Dutch 400 page", async ({ request, baseURL }) => {
    const r = await request.post("/api/auth/%FF", { form: { a: "b" }, headers: { Origin: new URL(baseURL!).origin } });
    expect(r.status()).toBe(400);
    expect(await r.text()).toContain("Dit adres klopt niet");
  });
});

async function alsAanbieder(browser: Browser, javaScriptEnabled: boolean) {
  const account = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", naam: "Gert Groot", demo: true });
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await inloggen(page, account.email, account.wachtwoord);
  await expect(page).toHaveURL(/\/aanbieder$/);
  return { page, sluit: () => context.close() };
}

/** A photo file of this many megabytes (only its size matters: the size is checked first). */
const foto = (mb: number) => ({ name: "vakantiefoto.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(mb * 1024 * 1024, 0xff) });

test.describe("a photo larger than the request limit", () => {
  test("with JavaScript the browser refuses a 13 MB photo before sending, and keeps the form", async ({ browser }) => {
    const { page, sluit } = await alsAanbieder(browser, true);
    await page.goto("/aanbieder/werkplekken/nieuw");
    await vulNieuweWerkplekIn(page, "Grote foto met JavaScript");
    await page.getByLabel("Nieuwe foto toevoegen (niet verplicht)").setInputFiles(foto(13));
    await page.getByLabel("Beschrijving van de nieuwe foto").fill("Een foto van de werkplaats");
    let verstuurd = false;
    page.on("request", (r) => {
      if (r.method() === "POST") verstuurd = true;
    });
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByRole("link", { name: "Deze foto is 13 MB. Een foto mag maximaal 5 MB zijn." })).toBeVisible();
    expect(verstuurd).toBe(false);
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Grote foto met JavaScript");
    await expect(page.getByLabel("Beschrijving van de nieuwe foto")).toHaveValue("Een foto van de werkplaats");
    await expectNoAxeViolations(page);
    await sluit();
  });

  test("without JavaScript a 13 MB photo reaches the server, which says 'maximaal 5 MB' and keeps the form", async ({ browser }) => {
    const { page, sluit } = await alsAanbieder(browser, false);
    await page.goto("/aanbieder/werkplekken/nieuw");
    await vulNieuweWerkplekIn(page, "Grote foto zonder JavaScript");
    await page.getByLabel("Nieuwe foto toevoegen (niet verplicht)").setInputFiles(foto(13));
    await page.getByLabel("Beschrijving van de nieuwe foto").fill("Een foto van de werkplaats");
    const antwoord = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    expect((await antwoord).status()).toBeLessThan(500);
    await expect(page.getByRole("link", { name: "Deze foto is 13 MB. Een foto mag maximaal 5 MB zijn." })).toBeVisible();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Grote foto zonder JavaScript");
    await expect(page.getByLabel("Straat", { exact: true })).toHaveValue("Vosselmanstraat");
    await expect(page.getByLabel("Beschrijving van de nieuwe foto")).toHaveValue("Een foto van de werkplaats");
    await sluit();
  });

  test("a post above the limit gets a Dutch 413 page with the way back, never a 500", async ({ browser, baseURL }) => {
    const { page, sluit } = await alsAanbieder(browser, true);
    await page.goto("/aanbieder/werkplekken/nieuw");
    const r = await page.request.post("/aanbieder/werkplekken/nieuw", {
      multipart: { titel: "Te groot", nieuweFoto: foto(27) },
      headers: { Origin: new URL(baseURL!).origin, Referer: `${baseURL}/aanbieder/werkplekken/nieuw` },
      maxRedirects: 0,
    });
    expect(r.status()).toBe(413);
    const html = await r.text();
    expect(html).toContain("Een foto mag maximaal 5 MB zijn.");
    expect(html).toContain('<a href="/aanbieder/werkplekken/nieuw">terug naar het formulier</a>');
    await sluit();
  });

  test("a crafted post without Content-Length above the limit is refused too", async ({ baseURL }) => {
    const url = new URL("/aanbieder/werkplekken/nieuw", baseURL);
    const status = await new Promise<number>((klaar, fout) => {
      const req = http.request(
        url,
        { method: "POST", headers: { "Content-Type": "application/octet-stream", Origin: url.origin } },
        (res) => {
          res.resume();
          klaar(res.statusCode ?? 0);
        },
      );
      req.on("error", fout);
      // Chunked: Node sends no Content-Length when the body is written in pieces without one.
      const stuk = Buffer.alloc(1024 * 1024, 0x61);
      let n = 0;
      const schrijf = () => {
        while (n < 28) {
          n++;
          if (!req.write(stuk)) return void req.once("drain", schrijf);
        }
        req.end();
      };
      schrijf();
    });
    expect(status).toBe(413);
  });
});
