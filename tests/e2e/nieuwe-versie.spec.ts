import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { E2E_DB } from "../fixtures/accounts";
import { gepubliceerd } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// A page opened before a new version of the portal went live still holds the old ids of its
// server actions. Sending its form then must say so in Dutch, store nothing and lose nothing the
// browser kept (Next.js itself answers "Server Action unavailable." without JavaScript).

const werkplek = gepubliceerd[0]!;
const OUDE_ACTIE = "7f" + "0".repeat(40);

const aanvragen = (naam: string) => {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM "Interesse" WHERE "naam" = ?').get(naam) as { n: number }).n;
  } finally {
    db.close();
  }
};

async function vulInteresseIn(page: Page, naam: string) {
  await page.goto(`/werkplekken/${werkplek.slug}`);
  await page.getByLabel("Naam").fill(naam);
  await page.getByLabel("E-mailadres").fill("nieuwe.versie@example.nl");
  await page.getByLabel("Jouw postcode").fill("7311");
  await page.getByLabel(/Ik geef de gemeente Apeldoorn toestemming/).check();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form of the previous version gets a Dutch page, nothing is stored and Back keeps the input", async ({ page, browser }) => {
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
    await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();
    const r = await antwoord;
    expect(r.status()).toBe(409);
    await expect(page.getByRole("heading", { level: 1, name: "Het portaal is intussen bijgewerkt" })).toBeVisible();
    await expect(page.getByText("Je formulier is niet verstuurd en er is niets opgeslagen")).toBeVisible();
    await expect(page.getByRole("link", { name: "terug naar het formulier" })).toHaveAttribute("href", `/werkplekken/${werkplek.slug}`);
    expect(aanvragen(naam)).toBe(0);
    // axe runs as a script: scan the same page in a browser with JavaScript
    const html = await r.text();
    const anders = await browser.newContext({ javaScriptEnabled: true });
    const metScript = await anders.newPage();
    await metScript.route("**/pagina-409", (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    await metScript.goto(new URL("/pagina-409", page.url()).href);
    await expectNoAxeViolations(metScript);
    await anders.close();
    await page.goBack();
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
  expect(aanvragen(naam)).toBe(0);
  await page.unroute(`**/werkplekken/${werkplek.slug}`);
  await page.getByRole("button", { name: "Pagina vernieuwen" }).click();
  await expect(page.getByRole("button", { name: "Verstuur mijn interesse" })).toBeVisible();
});
