import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { maakAccount } from "../fixtures/accounts";
import { expect, test } from "./fixtures";
import { inloggen, vulNieuweWerkplekIn } from "./werkplek-stappen";
import type { Page } from "@playwright/test";

// Issue 8, defect 11: the policy's rule ids ("R-WP-1") are for code and tests; no user reads them.
const REGEL_ID = /\bR-[A-Z]+(-[0-9]+)?\b/;

async function zonderRegelIds(page: Page, pad: string) {
  const r = await page.goto(pad);
  expect(r?.status(), pad).toBeLessThan(400);
  const tekst = await page.locator("body").innerText();
  expect(tekst.match(REGEL_ID)?.[0] ?? null, `${pad} shows a rule id`).toBeNull();
  // Also what is not on screen but read out: titles, labels, alt texts, descriptions.
  const verborgen = await page.evaluate(
    () =>
      [...document.querySelectorAll("[title],[aria-label],[alt],[placeholder]")]
        .map((e) => ["title", "aria-label", "alt", "placeholder"].map((a) => e.getAttribute(a) ?? "").join(" "))
        .join(" ") + document.title,
  );
  expect(verborgen.match(REGEL_ID)?.[0] ?? null, `${pad} has a rule id in an attribute`).toBeNull();
}

test("the catalogue and the public information pages show no rule ids", async ({ page }) => {
  for (const pad of [
    "/",
    "/participatieladder",
    "/producten",
    "/veelgestelde-vragen",
    "/voor-werkgevers",
    "/toegankelijkheid",
    "/privacy",
  ]) {
    await zonderRegelIds(page, pad);
  }
  await zonderRegelIds(page, "/werkplekken");
  await zonderRegelIds(page, "/werkplekken?postcode=7311&afstand=10");
  const href = await page.locator('main a[href^="/werkplekken/"]').first().getAttribute("href");
  await zonderRegelIds(page, href!);
  await zonderRegelIds(page, `${href}/interesse/bevestiging`);
});

test("the werkplek pages of the aanbieder and the content-check pages show no rule ids", async ({ browser }) => {
  const account = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", naam: "Rita Regel", demo: true });
  const a = await (await browser.newContext()).newPage();
  await inloggen(a, account.email, account.wachtwoord);
  await expect(a).toHaveURL(/\/aanbieder$/);
  await zonderRegelIds(a, "/aanbieder");
  await zonderRegelIds(a, "/aanbieder/werkplekken/nieuw");
  await vulNieuweWerkplekIn(a, `Zonder regelnummers ${String(Date.now()).slice(-6)}`);
  await a.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
  await expect(a.getByRole("status").filter({ hasText: "ingediend" })).toBeVisible();
  const id = a.url().match(/werkplekken\/([a-z0-9]+)/)![1]!;
  await zonderRegelIds(a, `/aanbieder/werkplekken/${id}`);

  const c = await (await browser.newContext()).newPage();
  await inloggen(c, "centrum@gemeente.example", DEMO_WACHTWOORD);
  await expect(c).toHaveURL(/\/gemeente$/);
  await zonderRegelIds(c, "/gemeente/inhoudscheck");
  await zonderRegelIds(c, `/gemeente/inhoudscheck/${id}`);
  await c.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(c.getByText(/Nog niet afgevinkt/)).toBeVisible();
  expect((await c.locator("body").innerText()).match(REGEL_ID)).toBeNull();
  await c.context().close();
  await a.context().close();
});
