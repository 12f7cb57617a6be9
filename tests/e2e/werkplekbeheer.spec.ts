import sharp from "sharp";
import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { maakAccount } from "../fixtures/accounts";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { centrumKeurtGoed, inloggen, keurGoedOpDezePagina, vulNieuweWerkplekIn } from "./werkplek-stappen";
import type { Browser, Page } from "@playwright/test";

// Werkplek management by aanbieders and the content check by Centrum Werkt Mee (issue 3).
// Accounts are demo accounts (no TOTP step); the invitation journey with TOTP is in uitnodiging.spec.ts.

const uniek = () => String(Date.now()).slice(-7);

async function alsAanbieder(
  browser: Browser,
  aanbieder: "eerste" | "tweede" = "eerste",
  naam = "Anna Aanbieder",
  javaScriptEnabled = true,
) {
  const account = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder, naam, demo: true });
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await inloggen(page, account.email, account.wachtwoord);
  await expect(page).toHaveURL(/\/aanbieder$/);
  return { page, account, sluit: () => context.close() };
}

async function maakEnDienIn(page: Page, titel: string): Promise<string> {
  await page.goto("/aanbieder/werkplekken/nieuw");
  await vulNieuweWerkplekIn(page, titel);
  await page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ingediend voor de inhoudelijke controle" })).toBeVisible();
  return page.url().match(/werkplekken\/([a-z0-9]+)/)![1]!;
}

async function alsCentrum(browser: Browser) {
  const context = await browser.newContext();
  return { page: await context.newPage(), sluit: () => context.close() };
}

test.describe("Werkplekken beheren", () => {
  test("a new werkplek explains its errors, keeps the input, and a rejection reaches the aanbieder with its reason", async ({
    browser,
  }) => {
    const { page, sluit } = await alsAanbieder(browser);
    const titel = `Fietsenmaker afgewezen ${uniek()}`;
    await page.getByRole("link", { name: "Nieuwe werkplek toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe werkplek" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Titel", { exact: true }).fill(titel);
    await page.getByLabel("Postcode").fill("7311");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    const overzicht = page.getByRole("alert").filter({ hasText: "Controleer het formulier" });
    await expect(overzicht).toBeVisible();
    await expect(overzicht.getByRole("link", { name: /Vul de hele postcode in/ })).toBeVisible();
    await expect(overzicht.getByRole("link", { name: "Kies een branche." })).toBeVisible();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(titel);
    await expectNoAxeViolations(page);

    await vulNieuweWerkplekIn(page, titel);
    await page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ingediend voor de inhoudelijke controle" })).toBeVisible();
    const werkplekUrl = page.url().split("?")[0]!;

    const c = await alsCentrum(browser);
    await inloggen(c.page, "centrum@gemeente.example", DEMO_WACHTWOORD);
    await c.page.getByRole("link", { name: "Inhoudelijke controle van werkplekken" }).click();
    await expect(c.page.getByRole("heading", { level: 1, name: "Inhoudelijke controle van werkplekken" })).toBeVisible();
    await expectNoAxeViolations(c.page);
    await c.page.getByRole("link", { name: titel }).click();
    await expect(c.page.getByRole("heading", { level: 1, name: titel })).toBeVisible();
    await expectNoAxeViolations(c.page);
    await c.page.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
    await expect(c.page.getByText(/Nog niet afgevinkt/)).toBeVisible();
    await c.page.getByRole("button", { name: "Afwijzen" }).click();
    await expect(c.page.getByText("Schrijf de reden voor de aanbieder, in minstens 10 tekens.")).toBeVisible();
    await c.page.getByLabel("Reden voor de aanbieder").fill("Beschrijf wie de begeleider is en hoe vaak die in de werkplaats is.");
    await c.page.getByRole("button", { name: "Afwijzen" }).click();
    await expect(c.page.getByRole("status").filter({ hasText: "De werkplek is afgewezen" })).toBeVisible();
    await c.sluit();

    await page.goto(werkplekUrl);
    await expect(page.getByRole("heading", { name: "Afgewezen door de gemeente" })).toBeVisible();
    await expect(page.getByText("Beschrijf wie de begeleider is en hoe vaak die in de werkplaats is.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/dev/mail");
    await page
      .getByRole("row")
      .filter({ hasText: `Werkplek afgewezen: ${titel}` })
      .first()
      .getByRole("link")
      .click();
    await expect(page.getByText("Beschrijf wie de begeleider is en hoe vaak die in de werkplaats is.")).toBeVisible();
    await page.goto(`/werkplekken?q=${encodeURIComponent(titel)}`);
    await expect(page.getByRole("heading", { name: "Geen werkplekken gevonden" })).toBeVisible();
    await sluit();
  });

  test("a revision of a published werkplek stays invisible until it is approved; photos appear with their alt text", async ({
    browser,
  }) => {
    const { page, sluit } = await alsAanbieder(browser);
    const titel = `Fietsenmaker revisie ${uniek()}`;
    const id = await maakEnDienIn(page, titel);
    const c = await alsCentrum(browser);
    await centrumKeurtGoed(c.page, titel);

    await page.goto(`/aanbieder/werkplekken/${id}`);
    const nieuweTitel = `${titel} met foto`;
    await page.getByLabel("Titel", { exact: true }).fill(nieuweTitel);
    const foto = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#2a6" } })
      .jpeg()
      .toBuffer();
    await page
      .getByLabel("Nieuwe foto toevoegen (niet verplicht)")
      .setInputFiles({ name: "werkplaats.jpg", mimeType: "image/jpeg", buffer: foto });
    await page.getByLabel("Beschrijving van de nieuwe foto").fill("De werkbank met gereedschap in de fietsenwerkplaats");
    await page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Tot de goedkeuring blijft de huidige versie in de catalogus staan" }),
    ).toBeVisible();
    await expect(page.getByText("Gepubliceerd, wijziging wacht op controle")).toBeVisible();

    await page.getByRole("link", { name: "Bekijk de gepubliceerde versie" }).click();
    await expect(page).toHaveURL(/\/werkplekken\/fietsenmaker-revisie-[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: titel, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ik heb interesse" })).toBeVisible();
    await expect(page.getByRole("img", { name: "De werkbank met gereedschap in de fietsenwerkplaats" })).toHaveCount(0);
    const publiek = page.url();

    await c.page.goto("/gemeente/inhoudscheck");
    await c.page.getByRole("link", { name: nieuweTitel }).click();
    await expect(c.page.getByText("Gewijzigd: titel, foto's.")).toBeVisible();
    await expect(c.page.getByRole("row", { name: /Titel Gewijzigd/ })).toContainText(titel);
    await expectNoAxeViolations(c.page);
    await expect(c.page.getByText(/^Laatst goedgekeurd en gepubliceerd op \d+ \w+ \d{4} om \d\d:\d\d door Chris Centrum\.$/)).toBeVisible();
    await keurGoedOpDezePagina(c.page);
    await c.sluit();

    // Who published it, and when, is on the aanbieder's page.
    await page.goto(`/aanbieder/werkplekken/${id}`);
    await expect(page.getByRole("definition").filter({ hasText: /^\d+ \w+ \d{4} om \d\d:\d\d door Chris Centrum$/ })).toBeVisible();

    await page.goto(publiek);
    await expect(page.getByRole("heading", { level: 1, name: nieuweTitel })).toBeVisible();
    const img = page.getByRole("img", { name: "De werkbank met gereedschap in de fietsenwerkplaats" });
    await expect(img).toBeVisible();
    expect(await img.evaluate((e: HTMLImageElement) => e.naturalWidth)).toBe(1600);
    await expectNoAxeViolations(page);
    await sluit();
  });

  test("two people editing the same werkplek: the second save shows the other's change and keeps its own input", async ({ browser }) => {
    const a = await alsAanbieder(browser, "eerste", "Anna Eerste");
    const b = await alsAanbieder(browser, "eerste", "Bram Tweede");
    const titel = `Fietsenmaker conflict ${uniek()}`;
    await a.page.goto("/aanbieder/werkplekken/nieuw");
    await vulNieuweWerkplekIn(a.page, titel);
    await a.page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(a.page.getByRole("status").filter({ hasText: "opgeslagen als concept" })).toBeVisible();
    const url = a.page.url().split("?")[0]!;

    await b.page.goto(url);
    await a.page.getByLabel("Plaatsen beschikbaar").fill("6");
    await a.page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(a.page.getByRole("status").filter({ hasText: "opgeslagen als concept" })).toBeVisible();

    await b.page.getByLabel("Dagen en tijden").fill("Alleen op zaterdag");
    await b.page.getByRole("button", { name: "Opslaan als concept" }).click();
    const melding = b.page.getByRole("alert").filter({ hasText: "iemand anders heeft deze werkplek gewijzigd" });
    await expect(melding).toBeVisible();
    await expect(melding).toContainText("Anna Eerste heeft de werkplek opgeslagen op");
    await expect(melding).toContainText("Plaatsen beschikbaar");
    await expect(melding).toContainText("Nu opgeslagen: 6");
    await expect(b.page.getByLabel("Dagen en tijden")).toHaveValue("Alleen op zaterdag");
    await expectNoAxeViolations(b.page);
    await b.page.goto(url);
    await expect(b.page.getByLabel("Plaatsen beschikbaar")).toHaveValue("6");
    await expect(b.page.getByLabel("Dagen en tijden")).not.toHaveValue("Alleen op zaterdag");
    await a.sluit();
    await b.sluit();
  });

  test("aanbieder B cannot open, edit, submit or archive A's werkplek: not by URL and not with a forged id", async ({ browser }) => {
    const a = await alsAanbieder(browser, "eerste");
    const titel = `Alleen van A ${uniek()}`;
    await a.page.goto("/aanbieder/werkplekken/nieuw");
    await vulNieuweWerkplekIn(a.page, titel);
    await a.page.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(a.page.getByRole("status").filter({ hasText: "opgeslagen als concept" })).toBeVisible();
    const idA = a.page.url().match(/werkplekken\/([a-z0-9]+)/)![1]!;

    const b = await alsAanbieder(browser, "tweede", "Bert van B");
    await expect(b.page.getByRole("link", { name: titel })).toHaveCount(0);
    const antwoord = await b.page.goto(`/aanbieder/werkplekken/${idA}`);
    expect(antwoord?.status()).toBe(404);
    await expect(b.page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();

    // B's own form, with A's id slipped in: the server refuses it and changes nothing.
    await b.page.goto("/aanbieder/werkplekken/nieuw");
    await vulNieuweWerkplekIn(b.page, "Overgenomen door B");
    await b.page.locator("form", { has: b.page.getByRole("button", { name: "Opslaan als concept" }) }).evaluate((form, id) => {
      const veld = document.createElement("input");
      Object.assign(veld, { type: "hidden", name: "id", value: id });
      form.append(veld);
    }, idA);
    await b.page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
    await expect(
      b.page.getByRole("alert").filter({ hasText: "Deze werkplek bestaat niet of hoort niet bij jouw organisatie." }),
    ).toBeVisible();

    // The archive button of B's own werkplek, pointed at A's.
    const idB = await maakEnDienIn(b.page, `Van B ${uniek()}`);
    expect(idB).not.toBe(idA);
    await b.page
      .locator('form:has(button:text("Werkplek archiveren")) input[name="id"]')
      .evaluate((e: HTMLInputElement, id) => (e.value = id), idA);
    await b.page.getByRole("button", { name: "Werkplek archiveren" }).click();
    await expect(
      b.page.getByRole("alert").filter({ hasText: "Deze werkplek bestaat niet of hoort niet bij jouw organisatie." }),
    ).toBeVisible();

    await a.page.reload();
    await expect(a.page.getByLabel("Titel", { exact: true })).toHaveValue(titel);
    await expect(a.page.getByText("Concept", { exact: true })).toBeVisible();
    await a.sluit();
    await b.sluit();
  });

  test("a cross-site POST to a server action is refused and changes nothing", async ({ browser, baseURL }) => {
    const a = await alsAanbieder(browser, "eerste");
    const titel = `Doelwit ${uniek()}`;
    const id = await maakEnDienIn(a.page, titel);
    await a.page.goto(`/aanbieder/werkplekken/${id}`);
    // The archive form's fields, including the action id React renders for forms without JavaScript.
    const velden = await a.page
      .locator('form:has(button:text("Werkplek archiveren")) input')
      .evaluateAll((es) => es.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value] as [string, string]));
    expect(velden.some(([n]) => n.startsWith("$ACTION"))).toBe(true);
    const multipart = Object.fromEntries(velden);
    const vreemd = await a.page.request.post(`/aanbieder/werkplekken/${id}`, {
      multipart,
      headers: { Origin: "https://kwaadwillend.example" },
      maxRedirects: 0,
    });
    expect(vreemd.status()).toBe(403);
    expect(await vreemd.text()).toContain("andere website");
    await a.page.reload();
    await expect(a.page.getByText("Wacht op controle")).toBeVisible();
    // The same request from the portal's own origin is what the button does, and it works.
    const eigen = await a.page.request.post(`/aanbieder/werkplekken/${id}`, {
      multipart,
      headers: { Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(eigen.status()).toBe(303);
    await a.page.reload();
    await expect(a.page.getByText("Deze werkplek is gearchiveerd.", { exact: false })).toBeVisible();
    await a.sluit();
  });
});

test.describe("zonder JavaScript en met het toetsenbord", () => {
  test("an aanbieder creates a werkplek with a photo without JavaScript; an error keeps the uploaded photo", async ({ browser }) => {
    const { page, sluit } = await alsAanbieder(browser, "eerste", "Anna Aanbieder", false);
    const titel = `Zonder JavaScript ${uniek()}`;
    await page.goto("/aanbieder/werkplekken/nieuw");
    await vulNieuweWerkplekIn(page, titel);
    await page.getByLabel("Titel", { exact: true }).fill("");
    const foto = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#36a" } })
      .png()
      .toBuffer();
    await page
      .getByLabel("Nieuwe foto toevoegen (niet verplicht)")
      .setInputFiles({ name: "werkplaats.png", mimeType: "image/png", buffer: foto });
    await page.getByLabel("Beschrijving van de nieuwe foto").fill("Een lege werkbank bij het raam");
    await page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
    await expect(page.getByRole("link", { name: "Vul een titel in." })).toBeVisible();
    // The photo was processed and stays with the form; nothing typed is lost.
    await expect(page.getByLabel("Beschrijving van foto 1")).toHaveValue("Een lege werkbank bij het raam");
    await expect(page.getByLabel("Straat", { exact: true })).toHaveValue("Vosselmanstraat");
    await page.getByLabel("Titel", { exact: true }).fill(titel);
    await page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ingediend voor de inhoudelijke controle" })).toBeVisible();
    await expect(page.getByLabel("Beschrijving van foto 1")).toHaveValue("Een lege werkbank bij het raam");
    await sluit();
  });

  test("Centrum Werkt Mee ticks the checklist and approves with the keyboard alone", async ({ browser }) => {
    const { page, sluit } = await alsAanbieder(browser);
    const titel = `Toetsenbord ${uniek()}`;
    const id = await maakEnDienIn(page, titel);
    await sluit();
    const c = await alsCentrum(browser);
    await inloggen(c.page, "centrum@gemeente.example", DEMO_WACHTWOORD);
    await expect(c.page).toHaveURL(/\/gemeente$/);
    await c.page.goto(`/gemeente/inhoudscheck/${id}`);
    const eerste = c.page.getByLabel(/lopend contract/);
    for (let i = 0; i < 150 && !(await eerste.evaluate((e) => e === document.activeElement)); i++) await c.page.keyboard.press("Tab");
    await expect(eerste).toBeFocused();
    // What the system verified (the contract, the postcode) is ticked already (issue 10).
    await expect(eerste).toBeChecked();
    for (let i = 0; i < 4; i++) {
      if (!(await c.page.evaluate(() => (document.activeElement as HTMLInputElement).checked))) await c.page.keyboard.press("Space");
      await c.page.keyboard.press("Tab");
    }
    await expect(c.page.getByRole("button", { name: "Goedkeuren en publiceren" })).toBeFocused();
    await c.page.keyboard.press("Enter");
    await expect(c.page.getByRole("status").filter({ hasText: "De werkplek is goedgekeurd" })).toBeVisible();
    await c.sluit();
  });
});
