import type { Page } from "@playwright/test";
import { addDays, addMonths, toIsoDate, vandaagInNederland } from "../../src/domain/kalender";
import { maakAccount } from "../fixtures/accounts";
import { maakE2eTraject } from "../fixtures/traject";
import { zorgVoorTarieven } from "../fixtures/toewijzingen";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";

// Issue 11: the end of a traject. The aanbieder writes the eindverantwoording (R-EV-1…3), the
// contact person sends it back once, reads it and records the trede after it (R-LAD-3); a
// herindicatie leads to a verlenging (R-TOE-4/5); a toewijzing stopped early still gets its report.

const vandaag = vandaagInNederland();
const iso = toIsoDate;
/** An ontwikkeling of 6 months that started 5 months ago and ends in about a month. */
function ontwikkeling() {
  const start = addDays(vandaag, -150);
  return { startdatum: iso(start), einddatum: iso(addDays(addMonths(start, 6), -1)) };
}

async function sessie(page: Page, email: string) {
  const context = await page.context().browser()!.newContext();
  const p = await context.newPage();
  await ingelogdAls(p, email);
  return { page: p, sluit: () => context.close() };
}

test("the aanbieder submits the eindverantwoording with the step made; the contact person sends it back once, reads it and records the new trede", async ({
  page,
}) => {
  test.slow();
  const t = await maakE2eTraject({
    productCode: "ONTW_3",
    ...ontwikkeling(),
    trede: 2,
    status: "GESTART",
    doelen: [
      { soort: "VAARDIGHEDEN", omschrijving: "Op tijd beginnen" },
      { soort: "HOUDING", omschrijving: "Zelf om hulp vragen" },
    ],
  });
  const account = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", demo: true });
  await ingelogdAls(page, account.email);
  const evPad = `/aanbieder/toewijzingen/${t.id}/eindverantwoording`;
  await page.goto(evPad);
  await expect(page.getByRole("heading", { level: 1, name: `Eindverantwoording ${t.nummer}` })).toBeVisible();
  await expect(page.getByText("Tom Traject", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A draft may be incomplete; submitting checks every section and keeps what was typed.
  const algemeen = page.getByLabel("Algemeen functioneren en bijzonderheden van de periode");
  await algemeen.fill("Noor kwam elke week, ook in de drukke maanden.");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het concept is opgeslagen" })).toBeVisible();
  await page.getByRole("button", { name: "Indienen" }).click();
  const overzicht = page.getByRole("alert").filter({ hasText: "Controleer de eindverantwoording" });
  await expect(overzicht.getByRole("link", { name: "Kies de hoogst haalbare trede." })).toBeVisible();
  await expect(overzicht.getByRole("link", { name: "Kies of de afgesproken stap is gemaakt." })).toBeVisible();
  await expect(
    overzicht.getByRole("link", { name: "Doel 2: Kies of dit doel bereikt, gedeeltelijk bereikt of niet bereikt is." }),
  ).toBeVisible();
  await expect(page.getByLabel("Hoogst haalbare trede")).toHaveAttribute("aria-invalid", "true");
  await expect(algemeen).toHaveValue("Noor kwam elke week, ook in de drukke maanden.");
  await expectNoAxeViolations(page);

  await page.getByRole("group", { name: "Resultaat doel 1" }).getByLabel("Bereikt", { exact: true }).check();
  await page.getByLabel("Waarom doel 1 wel of niet is bereikt").fill("Ze is elke dag op tijd.");
  await page.getByRole("group", { name: "Resultaat doel 2" }).getByLabel("Gedeeltelijk bereikt").check();
  await page.getByLabel("Waarom doel 2 wel of niet is bereikt").fill("Ze vraagt het nog niet uit zichzelf.");
  await page.getByLabel("Welke doelen worden voortgezet, en waarom?").fill("Om hulp vragen, want dat gaat nog niet vanzelf.");
  await page.getByLabel("Nieuwe doelen voor een verlengingsperiode").fill("Geen verlenging nodig.");
  // Issue 21 item 23: whether a next period is proposed decides if the herindicatie stays due.
  await page.getByRole("group", { name: "Is er een vervolg nodig (een verlenging of een ander product)?" }).getByLabel("Nee").check();
  await page.getByLabel("Hoogst haalbare trede").selectOption("4");
  await page
    .getByLabel("Waar en hoe kan de inwoner aan die trede werken?")
    .fill("Onbetaald werk in de kringloopwinkel, met een vaste collega.");
  await page.getByRole("group", { name: "Is de afgesproken stap naar trede 3 gemaakt?" }).getByLabel("Ja").check();
  await page.getByLabel("Waarom is de stap wel of niet gemaakt?").fill("Ze doet drie dagen per week mee in het team.");
  await page.getByLabel("Bereikte trede").selectOption("3");
  await page.getByLabel("Ik bevestig dat deze eindverantwoording samen met de inwoner is opgesteld.").check();
  await page.getByLabel("Datum van het gesprek met de inwoner").fill(iso(vandaag));
  await page.getByRole("button", { name: "Indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De eindverantwoording is ingediend." })).toBeVisible();
  await expect(page.getByText("Stap naar trede 3 gemaakt: Ja")).toBeVisible();
  await expect(page.getByRole("button", { name: "Indienen" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Afdrukversie" }).click();
  await expect(page.getByRole("button", { name: "Eindverantwoording afdrukken" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Gedeeltelijk bereikt" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The contact person finds it from the toewijzing, reads it and sends it back with a question.
  const gemeente = await sessie(page, "trajectregisseur@gemeente.example");
  const g = gemeente.page;
  await g.goto(`/gemeente/toewijzingen/${t.id}`);
  await expectNoAxeViolations(g);
  await g.getByRole("link", { name: "Eindverantwoording", exact: true }).click();
  await expect(g.getByRole("heading", { level: 1, name: `Eindverantwoording ${t.nummer}` })).toBeVisible();
  await expect(g.locator("p").filter({ hasText: "Bereikte trede:" })).toContainText("3. ");
  await expectNoAxeViolations(g);
  await g.getByLabel("Je vraag aan de aanbieder").fill("Lukt op tijd beginnen ook op maandag?");
  await g.getByRole("button", { name: "Terugsturen met vraag" }).click();
  await expect(g.getByRole("status").filter({ hasText: "teruggestuurd met je vraag" })).toBeVisible();
  await expectNoAxeViolations(g);

  // A crafted message code is ignored, not an error page (Object.prototype's own keys included).
  for (const code of ["__proto__", "constructor", "onbekend"]) {
    const r = await g.goto(`/gemeente/toewijzingen/${t.id}/eindverantwoording?gedaan=${code}`);
    expect(r?.status()).toBe(200);
    await expect(g.getByRole("heading", { level: 1, name: `Eindverantwoording ${t.nummer}` })).toBeVisible();
  }

  // The aanbieder sees the question, adds to the report and submits again.
  await page.goto(evPad);
  await expect(page.getByRole("heading", { name: "Vraag van de gemeente" })).toBeVisible();
  await expect(page.getByText("Lukt op tijd beginnen ook op maandag?")).toBeVisible();
  await expect(algemeen).toHaveValue("Noor kwam elke week, ook in de drukke maanden.");
  await algemeen.fill("Noor kwam elke week, ook in de drukke maanden. Ook op maandag begint ze op tijd.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De eindverantwoording is ingediend." })).toBeVisible();

  // Once only: no second send-back; the contact person marks it read and records the trede.
  await g.reload();
  await expect(g.getByText("Ook op maandag begint ze op tijd.")).toBeVisible();
  await expect(g.getByText("al een keer teruggestuurd")).toBeVisible();
  await expect(g.getByRole("button", { name: "Terugsturen met vraag" })).toHaveCount(0);
  await g.getByRole("button", { name: "Markeren als gelezen" }).click();
  await expect(g.getByRole("status").filter({ hasText: "gemarkeerd als gelezen" })).toBeVisible();
  await expect(g.getByRole("combobox", { name: "Trede na het traject" })).toHaveValue("3");
  await expect(g.getByLabel("Perspectieftrede (niet verplicht)")).toHaveValue("4");
  await expectNoAxeViolations(g);
  await g.getByRole("button", { name: "Trede vastleggen" }).click();
  await expect(g.getByRole("status").filter({ hasText: "De trede na het traject is vastgelegd" })).toBeVisible();
  await g.getByRole("link", { name: `Ladderhistorie van ${t.inwonerNaam}` }).click();
  await expect(g.getByRole("heading", { level: 1, name: t.inwonerNaam })).toBeVisible();
  const ladder = g.getByRole("list", { name: "Verloop op de participatieladder, nieuwste eerst" });
  await expect(ladder.getByRole("listitem").first()).toContainText(`Na traject ${t.nummer}`);
  await expect(ladder.getByRole("listitem").first()).toContainText("trede 3");
  await expectNoAxeViolations(g);
  await gemeente.sluit();

  // The deadline is met: the aanbieder's page shows the eindverantwoording as done (R-EV-1).
  await page.goto(`/aanbieder/toewijzingen/${t.id}`);
  // This traject's due day had passed in the test data, so it is done late, on the day it was submitted.
  const termijn = page.getByRole("listitem").filter({ hasText: /^Eindverantwoording:/ });
  await expect(termijn).toContainText(/gedaan op \d{1,2} \w+ \d{4}/i);
  await expect(termijn).not.toContainText(/^Eindverantwoording: (Open|Te laat \()/);
  await expectNoAxeViolations(page);
});

test("a herindicatie request, made with the keyboard only, leads to a verlenging the aanbieder sees", async ({ page }) => {
  test.slow();
  const jaar = vandaag.getUTCFullYear();
  for (const j of [jaar, jaar + 1]) await zorgVoorTarieven(j, { ONTW_3: 31904 });
  const t = await maakE2eTraject({ productCode: "ONTW_3", ...ontwikkeling(), trede: 2, status: "GESTART" });
  const account = await maakAccount({ rol: "AANBIEDER_BEHEERDER", aanbieder: "eerste", demo: true });
  await ingelogdAls(page, account.email);
  const pad = `/aanbieder/toewijzingen/${t.id}/herindicatie`;
  await page.goto(pad);
  await expect(page.getByRole("heading", { level: 1, name: `Herindicatie ${t.nummer}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only: type the reason, keep the proposal (same product, from the day after the end), Tab to the button, Enter.
  await page.getByLabel("Waarom is een vervolg nodig?").focus();
  await page.keyboard.type("Noor heeft nog een half jaar nodig om zelfstandig te beginnen.");
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "Herindicatie aanvragen") break;
  }
  await expect(page.getByRole("button", { name: "Herindicatie aanvragen" })).toBeFocused();
  await page.keyboard.press("Enter");
  // It ends within 6 weeks, so the request is late: accepted, and shown as late.
  await expect(page.getByRole("status").filter({ hasText: "Het verzoek is ingediend, later dan 6 weken voor het einde" })).toBeVisible();
  await expect(page.getByText("Ingediend, wacht op besluit · te laat aangevraagd")).toBeVisible();
  await expectNoAxeViolations(page);

  const gemeente = await sessie(page, "trajectregisseur@gemeente.example");
  const g = gemeente.page;
  await g.goto(`/gemeente/toewijzingen/${t.id}/herindicatie`);
  await expect(g.getByText("Noor heeft nog een half jaar nodig")).toBeVisible();
  await expectNoAxeViolations(g);
  await g.getByLabel("Verlengen (een nieuwe, gekoppelde periode)").check();
  await g.getByLabel("Toelichting voor de aanbieder").fill("Eens: nog zes maanden, met dezelfde doelen.");
  await g.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(g.getByRole("status").filter({ hasText: "Het besluit is vastgelegd." })).toBeVisible();
  await expect(g.getByText("Besloten: verlengd")).toBeVisible();
  await expectNoAxeViolations(g);
  await gemeente.sluit();

  await page.reload();
  await expect(page.getByText("Besloten: verlengd")).toBeVisible();
  const nieuw = page.getByText(/Nieuwe toewijzing TW-\d{4}-\d{6}: Ontwikkeling naar trede 3/);
  await expect(nieuw).toBeVisible();
  const nummer = (await nieuw.textContent())!.match(/TW-\d{4}-\d{6}/)![0];
  await expect(page.getByText("Eens: nog zes maanden, met dezelfde doelen.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/aanbieder/toewijzingen");
  await expect(page.getByRole("row").filter({ hasText: nummer })).toContainText(t.inwonerNaam);
  await expectNoAxeViolations(page);
});

test("a toewijzing stopped early still gets its eindverantwoording, also without JavaScript", async ({ page, browser }) => {
  const start = addDays(vandaag, -100);
  const t = await maakE2eTraject({
    productCode: "OP_TREDE_3",
    startdatum: iso(start),
    einddatum: iso(addDays(addMonths(start, 12), -1)),
    trede: 3,
    status: "BEEINDIGD",
    beeindigdOp: iso(addDays(vandaag, -10)),
    urenPerWeek: 12,
  });
  const account = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", demo: true });
  const pad = `/aanbieder/toewijzingen/${t.id}/eindverantwoording`;
  await ingelogdAls(page, account.email);
  await page.goto(pad);
  await expect(page.getByText("Deze toewijzing is eerder gestopt")).toBeVisible();
  // Op-trede: no step to report (R-EV-3 is for ontwikkeling).
  await expect(page.getByText("Is de afgesproken stap")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await ingelogdAls(p, account.email);
  await p.goto(pad);
  await p
    .getByLabel("Algemeen functioneren en bijzonderheden van de periode")
    .fill("Na twee maanden gestopt: te zwaar naast de zorg thuis.");
  await p.getByRole("button", { name: "Indienen" }).click();
  await expect(p.getByRole("alert").filter({ hasText: "Controleer de eindverantwoording" })).toBeVisible();
  await expect(p.getByLabel("Algemeen functioneren en bijzonderheden van de periode")).toHaveValue(
    "Na twee maanden gestopt: te zwaar naast de zorg thuis.",
  );
  await p.getByLabel("Doelen waaraan is gewerkt en het resultaat").fill("Gewerkt aan een vast ritme; dat lukte twee dagen per week.");
  await p.getByLabel("Welke doelen worden voortgezet, en waarom?").fill("Een vast ritme, bij een rustiger plek.");
  await p.getByLabel("Nieuwe doelen voor een verlengingsperiode").fill("Geen verlenging: eerst rust.");
  await p.getByRole("group", { name: "Is er een vervolg nodig (een verlenging of een ander product)?" }).getByLabel("Nee").check();
  await p.getByLabel("Hoogst haalbare trede").selectOption("3");
  await p.getByLabel("Waar en hoe kan de inwoner aan die trede werken?").fill("Later opnieuw, dichter bij huis.");
  await p.getByLabel("Ik bevestig dat deze eindverantwoording samen met de inwoner is opgesteld.").check();
  await p.getByLabel("Datum van het gesprek met de inwoner").fill(iso(vandaag));
  await p.getByRole("button", { name: "Indienen" }).click();
  await expect(p.getByRole("status").filter({ hasText: "De eindverantwoording is ingediend." })).toBeVisible();
  await context.close();

  await page.reload();
  await expect(page.getByText("Ingediend", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Another aanbieder, and a forged id, find nothing: the same "not found", never an error page.
  const ander = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "tweede", demo: true });
  await ingelogdAls(page, ander.email);
  for (const url of [
    pad,
    `/aanbieder/toewijzingen/${t.id}/herindicatie`,
    "/aanbieder/toewijzingen/%7B%22contains%22%3A%22%22%7D/eindverantwoording",
  ]) {
    const antwoord = await page.goto(url);
    expect(antwoord?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
