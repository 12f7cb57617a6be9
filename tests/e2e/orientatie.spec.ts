import type { Page } from "@playwright/test";
import { maakInwonerOpTrede } from "../fixtures/orientaties";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// Issue 11, the oriëntatie (ADR 0018): the centrum registers it, runs it and ends it with the
// written advice, which prints as an advice and not as a beschikking.

const vandaag = toIsoDate(vandaagInNederland());
const [j, m, d] = vandaag.split("-").map(Number) as [number, number, number];
/** 3 months later, the same day: one day past the longest oriëntatie (when that day exists). */
const dagNaDrieMaanden = new Date(Date.UTC(j, m - 1 + 3, d)).toISOString().slice(0, 10);

async function tabNaar(page: Page, label: string) {
  const doel = page.getByLabel(label, { exact: true });
  for (let i = 0; i < 60; i++) {
    if (await doel.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Met Tab niet bij "${label}" gekomen`);
}

test("the centrum registers an oriëntatie, records the advice by keyboard, and prints it as an advice, not a beschikking", async ({
  page,
}) => {
  test.slow();
  const inwoner = await maakInwonerOpTrede(3, "Olga");
  await ingelogdAls(page, "centrum@gemeente.example");
  await page.goto("/gemeente");
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Oriëntaties" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oriëntaties" })).toBeVisible();
  // The demo oriëntatie that ends within two weeks is marked in words.
  await expect(page.getByText(/Let op: loopt (vandaag|morgen|over \d+ dagen) af/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Oriëntatie registreren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oriëntatie registreren" })).toBeVisible();
  await expectNoAxeViolations(page);
  // By BSN: found, and the BSN goes nowhere near the URL or back into the box.
  await page.getByLabel("Zoek de inwoner op naam, geboortedatum of BSN").fill(inwoner.bsn);
  await page.getByRole("button", { name: "Inwoner zoeken" }).click();
  await expect(page.getByRole("row").filter({ hasText: inwoner.naam })).toContainText("3");
  expect(page.url()).not.toContain(inwoner.bsn);
  await expect(page.getByLabel("Zoek de inwoner op naam, geboortedatum of BSN")).toHaveValue("");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Kiezen ${inwoner.naam}` }).click();
  await expect(page.getByText(`${inwoner.naam}, geboren 20 mei 1992, op trede 3.`)).toBeVisible();
  expect(page.url()).not.toContain(inwoner.bsn);
  await expectNoAxeViolations(page);

  // One day too long: explained at the field, the input kept.
  await page.getByLabel("Einddatum (niet verplicht)").fill(dagNaDrieMaanden);
  await page.getByRole("button", { name: "Oriëntatie registreren" }).click();
  await expect(page.getByRole("link", { name: /Een oriëntatie duurt hoogstens 3 maanden/ })).toBeVisible();
  await expect(page.getByLabel("Einddatum (niet verplicht)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Einddatum (niet verplicht)")).toHaveValue(dagNaDrieMaanden);
  await expectNoAxeViolations(page);
  await page.getByLabel("Einddatum (niet verplicht)").fill("");
  await page.getByRole("button", { name: "Oriëntatie registreren" }).click();
  await expect(page.getByRole("status").filter({ hasText: /De oriëntatie OR-\d{4}-\d{6} is geregistreerd/ })).toBeVisible();
  const nummer = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/OR-\d{4}-\d{6}/)![0];
  await expect(page.getByText("Lopend", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // The advice, by keyboard only.
  await tabNaar(page, "Werkplek of werkveld");
  await page.keyboard.type("Een werkplek in de techniek, in een rustige werkplaats.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Een cursus VCA basis.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Met de trajectregisseur een ontwikkeltraject naar trede 4 bespreken.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Trede na de oriëntatie (niet verplicht)")).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Trede na de oriëntatie (niet verplicht)")).toHaveValue("4");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Advies vastleggen en afronden" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: `Het advies is vastgelegd en de oriëntatie ${nummer} is afgerond.` }),
  ).toBeVisible();
  await expect(page.getByText("Afgerond met advies", { exact: true })).toBeVisible();
  await expect(page.getByText("trede 4 vastgelegd in de ladderhistorie")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Advies afdrukken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Advies oriëntatietraject" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Advies afdrukken" })).toBeVisible();
  await expect(page.getByText("Een cursus VCA basis.")).toBeVisible();
  await expect(page.getByText(/geen beschikking/)).toBeVisible();
  // An advice, not a decision: no bezwaar clause.
  expect((await page.locator("main, body").first().innerText()).toLowerCase()).not.toContain("bezwaar");
  await expectNoAxeViolations(page);

  // The inwoner's page lists it with the advice; the ladder has the trede after it.
  await page.goto(`/gemeente/inwoners/${inwoner.id}`);
  const sectie = page.getByRole("region", { name: "Oriëntaties" });
  await expect(sectie).toContainText(`${nummer}`);
  await expect(sectie).toContainText("afgerond met advies");
  await expect(sectie).toContainText("Een werkplek in de techniek");
  await expect(page.getByText(/Nu op trede 4\./)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/gemeente/orientaties?filter=afgerond");
  await expect(page.getByRole("row").filter({ hasText: nummer })).toContainText("Afgerond met advies op");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the centrum searches, registers (an error first, the input kept) and stops an oriëntatie", async ({ page, browser }) => {
    const inwoner = await maakInwonerOpTrede(2, "Otto");
    await ingelogdAls(page, "centrum@gemeente.example");
    await page.goto("/gemeente/orientaties/nieuw");
    await page.getByLabel("Zoek de inwoner op naam, geboortedatum of BSN").fill(inwoner.naam);
    await page.getByRole("button", { name: "Inwoner zoeken" }).click();
    await expect(page.getByRole("row").filter({ hasText: inwoner.naam })).toBeVisible();
    await page.getByRole("link", { name: `Kiezen ${inwoner.naam}` }).click();

    await page.getByLabel("Startdatum").fill("");
    await page.getByLabel("Einddatum (niet verplicht)").fill(vandaag);
    await page.getByRole("button", { name: "Oriëntatie registreren" }).click();
    await expect(page.getByRole("link", { name: "Vul de startdatum in." })).toBeVisible();
    await expect(page.getByLabel("Startdatum")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Einddatum (niet verplicht)")).toHaveValue(vandaag);
    await page.getByLabel("Startdatum").fill(vandaag);
    await page.getByRole("button", { name: "Oriëntatie registreren" }).click();
    await expect(page.getByRole("status").filter({ hasText: /is geregistreerd/ })).toBeVisible();
    const nummer = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/OR-\d{4}-\d{6}/)![0];

    await page.getByRole("button", { name: "Oriëntatie stoppen" }).click();
    await expect(page.getByRole("link", { name: "Schrijf waarom de oriëntatie stopt." })).toBeVisible();
    await page.getByLabel("Reden van stoppen").fill("De inwoner heeft betaald werk gevonden.");
    await page.getByRole("button", { name: "Oriëntatie stoppen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `De oriëntatie ${nummer} is gestopt.` })).toBeVisible();
    await expect(page.getByText(/gestopt\. Reden: De inwoner heeft betaald werk gevonden\./)).toBeVisible();
    // axe runs in the page's JavaScript: the stopped oriëntatie's page is scanned in a context with
    // it (the other pages of this journey are scanned in the same states in the journey above).
    const metScript = await browser.newContext({ javaScriptEnabled: true });
    const p = await metScript.newPage();
    await ingelogdAls(p, "centrum@gemeente.example");
    await p.goto(page.url());
    await expect(p.getByRole("status").filter({ hasText: `De oriëntatie ${nummer} is gestopt.` })).toBeVisible();
    await expectNoAxeViolations(p);
    await metScript.close();
  });
});

test("other staff and aanbieders cannot open the centrum's oriëntaties", async ({ page }) => {
  await ingelogdAls(page, "trajectregisseur@gemeente.example");
  await page.goto("/gemeente");
  await expect(page.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Oriëntaties" })).toHaveCount(0);
  await page.goto("/gemeente/orientaties");
  await expect(page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/gemeente/orientaties/bestaat-niet");
  await expect(page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
});
