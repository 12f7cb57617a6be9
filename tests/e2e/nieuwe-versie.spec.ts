import type { Page } from "@playwright/test";
import { inE2eDb } from "../fixtures/e2e-db";
import { gepubliceerd } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// A page opened before a new version of the portal went live still holds the old ids of its
// server actions. Sending its form then must store nothing and lose nothing the browser kept. With
// JavaScript the portal says so in Dutch (src/app/error.tsx). Without JavaScript the answer is
// Next.js' own 409 "Server Action unavailable.": telling an old id from a crafted one would need
// Next's private build manifests (docs/decisions/0036).

const werkplek = gepubliceerd[0]!;
const OUDE_ACTIE = "7f" + "0".repeat(40);

const aanvragen = (naam: string): Promise<number> => inE2eDb("aantalInteresses", naam);

async function vulInteresseIn(page: Page, naam: string) {
  await page.goto(`/werkplekken/${werkplek.slug}`);
  await page.getByLabel("Naam").fill(naam);
  await page.getByLabel("E-mailadres").fill("nieuwe.versie@example.nl");
  await page.getByLabel("Jouw postcode").fill("7311");
  await page.getByLabel(/Ik geef de gemeente Apeldoorn toestemming/).check();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form of the previous version gets a 409, nothing is stored and Back keeps the input", async ({ page }) => {
    const naam = `Oude Versie ${String(Date.now()).slice(-6)}`;
    await vulInteresseIn(page, naam);
    // What the page of the previous build posts: the same form, another action id (a form with
    // useActionState names its action in the metadata field $ACTION_n:0, as { id, bound }).
    const meta = page.locator('form input[type="hidden"][name^="$ACTION_"][name$=":0"]');
    await expect(meta).toHaveCount(1);
    await meta.evaluate((e, id) => {
      const i = e as HTMLInputElement;
      i.value = JSON.stringify({ ...JSON.parse(i.value), id });
    }, OUDE_ACTIE);
    const antwoord = page.waitForResponse((r) => r.request().method() === "POST");
    // The POST replaces the document. Go back only once the 409 page has loaded: a goBack while
    // Chromium is still committing it once failed with "Not attached to an active page".
    const geladen = page.waitForEvent("load");
    await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();
    const r = await antwoord;
    expect(r.status()).toBe(409);
    await geladen;
    await expect(page.getByLabel("Naam")).toHaveCount(0);
    expect(await aanvragen(naam)).toBe(0);
    await page.goBack({ waitUntil: "load" });
    await expect(page.getByLabel("Naam")).toHaveValue(naam);
  });
});

test("with JavaScript, the page says the portal was updated and offers to load it anew", async ({ page }) => {
  const naam = `Oude Versie JS ${String(Date.now()).slice(-6)}`;
  await vulInteresseIn(page, naam);
  await page.route(`**/werkplekken/${werkplek.slug}`, (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.continue({ headers: { ...route.request().headers(), "next-action": OUDE_ACTIE } })
      : route.continue(),
  );
  await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Het portaal is intussen bijgewerkt" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await aanvragen(naam)).toBe(0);
  await page.unroute(`**/werkplekken/${werkplek.slug}`);
  await page.getByRole("button", { name: "Pagina vernieuwen" }).click();
  await expect(page.getByRole("button", { name: "Verstuur mijn interesse" })).toBeVisible();
});
