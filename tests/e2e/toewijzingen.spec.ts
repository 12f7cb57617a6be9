import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { demoWerkplekken } from "../../prisma/data/demo-werkplekken";
import { maakAccount } from "../fixtures/accounts";
import { willekeurigBsn, zorgVoorTarieven } from "../fixtures/toewijzingen";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { inloggen } from "./werkplek-stappen";
import type { Browser, Page } from "@playwright/test";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// Issue 4: from registering an inwoner to the aanbieder reporting the start, across roles.

const vandaag = toIsoDate(vandaagInNederland());
const jaar = Number(vandaag.slice(0, 4));
const overEenJaar = `${jaar + 1}${vandaag.slice(4)}`;

/** Defect 11: what people read never shows a rule id like R-PRD-4; those stay in code and tests. */
async function zonderRegelIds(page: Page) {
  expect(await page.locator("body").innerText()).not.toMatch(/\bR-[A-Z]{2,4}(-\d+)?\b/);
}

async function nieuweSessie(browser: Browser, email: string, wachtwoord = DEMO_WACHTWOORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await inloggen(page, email, wachtwoord);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  return { page, sluit: () => context.close() };
}

/** `product`: the product's label as the list shows it, without the duration in brackets. */
async function geefAf(page: Page, product: string, aanbieder: string, velden: { einddatum?: string; uren?: string } = {}) {
  const optie = page
    .getByLabel("Product")
    .locator("option")
    .filter({ hasText: new RegExp(`^${product}( \\(|$)`) });
  await page.getByLabel("Product").selectOption((await optie.getAttribute("value"))!);
  await page.getByLabel("Aanbieder", { exact: true }).selectOption({ label: aanbieder });
  await page.getByLabel("Startdatum").fill(vandaag);
  if (velden.einddatum) await page.getByLabel("Einddatum").fill(velden.einddatum);
  if (velden.uren) await page.getByLabel("Uren per week (alleen op trede)").fill(velden.uren);
  await page.getByRole("button", { name: "Toewijzing afgeven" }).click();
}

/** Completes the registration form (names already filled) and submits it. */
async function registreer(page: Page, i: { bsn: string; geboortedatum: string; uitkering: string; trede: string; perspectief?: string }) {
  await page.getByLabel("BSN").fill(i.bsn);
  await page.getByLabel("Geboortedatum").fill(i.geboortedatum);
  await page.getByLabel("Straat").fill("Hoofdstraat");
  await page.getByLabel("Huisnummer").fill("12");
  await page.getByLabel("Postcode").fill("7311 AB");
  await page.getByLabel("Woonplaats").fill("Apeldoorn");
  await page.getByLabel(i.uitkering).check();
  await page.getByLabel("Huidige trede").selectOption(i.trede);
  if (i.perspectief) await page.getByLabel("Perspectieftrede (niet verplicht)").selectOption(i.perspectief);
  await page.getByRole("button", { name: "Inwoner registreren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De inwoner is geregistreerd." })).toBeVisible();
}

test("a trajectregisseur registers an inwoner and issues two toewijzingen; each aanbieder sees only its own, without the BSN; A reports the start", async ({
  browser,
}) => {
  // Six sign-ins and a dozen axe scans: more than the default minute on a busy shared machine.
  test.slow();
  await zorgVoorTarieven(jaar, { ONTW_4: 250000, OP_TREDE_3: 1063 });
  const bsn = willekeurigBsn();
  const achternaam = `Toets${bsn.slice(-4)}`;
  const naam = `Sanne ${achternaam}`;

  const regisseur = await nieuweSessie(browser, "trajectregisseur@gemeente.example");
  const p = regisseur.page;
  await p.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Inwoners" }).click();
  await expect(p.getByRole("heading", { level: 1, name: "Inwoners" })).toBeVisible();
  await expectNoAxeViolations(p);
  await p.getByRole("link", { name: "Inwoner registreren" }).click();
  await expect(p.getByRole("heading", { level: 1, name: "Inwoner registreren" })).toBeVisible();
  await zonderRegelIds(p);
  await expectNoAxeViolations(p);

  // A wrong BSN and a missing birth date are explained; the rest is kept.
  await p.getByLabel("BSN").fill("123456789");
  await p.getByLabel("Voornamen").fill("Sanne");
  await p.getByLabel("Achternaam").fill(achternaam);
  await p.getByRole("button", { name: "Inwoner registreren" }).click();
  await expect(p.getByRole("link", { name: /Dit BSN klopt niet/ })).toBeVisible();
  await expect(p.getByRole("link", { name: "Vul de geboortedatum in." })).toBeVisible();
  await expect(p.getByLabel("Achternaam")).toHaveValue(achternaam);
  await expectNoAxeViolations(p);

  await registreer(p, {
    bsn,
    geboortedatum: "1990-03-15",
    uitkering: "Participatiewet-uitkering (bijstand)",
    trede: "3",
    perspectief: "4",
  });
  await expect(p.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  // R-TOE-2: Participatiewet → the trajectregisseur is the contact person.
  await expect(p.getByText("Tom Traject (Trajectregisseur)", { exact: true })).toBeVisible();
  await expect(p.getByText(`*****${bsn.slice(5)}`)).toBeVisible();
  expect(await p.content()).not.toContain(bsn);
  await zonderRegelIds(p);
  await expectNoAxeViolations(p);
  await p.getByRole("button", { name: "Toon BSN" }).click();
  await expect(p.getByText(bsn, { exact: true })).toBeVisible();
  const dossier = p.url().split("?")[0]!;

  // Searching by BSN finds her, masked, and the BSN never enters the URL.
  await p.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Inwoners" }).click();
  await p.getByLabel("Zoek op naam, geboortedatum of BSN").fill(bsn);
  await p.getByRole("button", { name: "Zoeken" }).click();
  await expect(p.getByRole("row").filter({ hasText: naam })).toContainText(`*****${bsn.slice(5)}`);
  expect(p.url()).not.toContain(bsn);
  await expectNoAxeViolations(p);
  await p.getByRole("link", { name: naam }).click();
  await expect(p.getByRole("heading", { level: 1, name: naam })).toBeVisible();

  // A trede violation is explained in plain words: ontwikkeling naar trede 3 starts on trede 2 only (R-PRD-2).
  await p.getByRole("link", { name: "Toewijzing afgeven" }).click();
  await expect(p.getByRole("heading", { level: 1, name: "Toewijzing afgeven" })).toBeVisible();
  await expectNoAxeViolations(p);
  await geefAf(p, "Ontwikkeling naar trede 3", "Kringloopwinkel De Schakel");
  const melding = p.getByRole("alert").filter({ hasText: "Deze toewijzing kan zo niet worden afgegeven" });
  await expect(melding).toContainText("deze inwoner staat op trede 3");
  await expect(p.getByLabel("Product")).toHaveAttribute("aria-invalid", "true");
  await zonderRegelIds(p);
  await expectNoAxeViolations(p);

  await geefAf(p, "Ontwikkeling naar trede 4", "Kringloopwinkel De Schakel");
  await expect(p.getByRole("status").filter({ hasText: /De toewijzing TW-\d{4}-\d{6} is afgegeven/ })).toBeVisible();
  await expect(p.getByRole("heading", { level: 1, name: /Beschikking Werkt Mee ontwikkeling naar trede 4/ })).toBeVisible();
  await expect(p.getByText("Bent u het niet eens met deze beschikking?")).toBeVisible();
  // The page says it can be printed, and has the button that does it (issue 10).
  await expect(p.getByRole("button", { name: "Beschikking afdrukken" })).toBeVisible();
  // R-PRD-4 (issue 11 defect 4): "no eigen bijdrage" is the policy's word for the werkplek op trede only.
  await expect(p.getByText("U betaalt geen eigen bijdrage.")).toHaveCount(0);
  await zonderRegelIds(p);
  await expectNoAxeViolations(p);
  const nummerA = (await p.getByRole("status").textContent())!.match(/TW-\d{4}-\d{6}/)![0];

  await p.goto(dossier);
  await p.getByRole("link", { name: "Toewijzing afgeven" }).click();
  await geefAf(p, "Werkplek op trede 3", "Zorgboerderij De Hessenhoeve", { einddatum: overEenJaar, uren: "12" });
  await expect(p.getByRole("status").filter({ hasText: /is afgegeven/ })).toBeVisible();
  await expect(p.getByText("U betaalt geen eigen bijdrage.")).toBeVisible();
  const nummerB = (await p.getByRole("status").textContent())!.match(/TW-\d{4}-\d{6}/)![0];
  await regisseur.sluit();

  // Aanbieder A sees its toewijzing, not B's, and nowhere the BSN; it reports the start.
  const accountA = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", demo: true });
  const a = await nieuweSessie(browser, accountA.email, accountA.wachtwoord);
  await a.page.getByRole("link", { name: "Toewijzingen" }).click();
  await expect(a.page.getByRole("heading", { level: 1, name: "Toewijzingen" })).toBeVisible();
  const rijA = a.page.getByRole("row").filter({ hasText: nummerA });
  await expect(rijA).toContainText(naam);
  await expect(rijA).toContainText("geboren in 1990");
  await expect(rijA).toContainText("Tom Traject");
  await expect(a.page.getByText(nummerB)).toHaveCount(0);
  expect(await a.page.content()).not.toContain(bsn);
  await zonderRegelIds(a.page);
  await expectNoAxeViolations(a.page);
  // One "Melden" per row: the form opens when asked for (issue 10).
  await expect(rijA.getByLabel(`Startdatum ${nummerA}`)).toBeHidden();
  await rijA.locator("summary", { hasText: "Start melden" }).click();
  await rijA.getByLabel(`Startdatum ${nummerA}`).fill(vandaag);
  await rijA.getByRole("button", { name: `Start melden voor ${nummerA}` }).click();
  await expect(a.page.getByRole("row").filter({ hasText: nummerA })).toContainText("Gestart op");
  await a.page.getByRole("row").filter({ hasText: nummerA }).locator("summary", { hasText: "Stop melden" }).click();
  await expect(a.page.getByRole("row").filter({ hasText: nummerA }).getByLabel(`Reden van beëindiging ${nummerA}`)).toBeVisible();
  // The status filter keeps the table readable.
  await a.page.getByLabel("Status").selectOption("TOEGEWEZEN");
  await a.page.getByRole("button", { name: "Filteren" }).click();
  await expect(a.page).toHaveURL(/status=TOEGEWEZEN/);
  await expect(a.page.getByRole("row").filter({ hasText: nummerA })).toHaveCount(0);
  await expectNoAxeViolations(a.page);
  await a.sluit();

  const accountB = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "tweede", demo: true });
  const b = await nieuweSessie(browser, accountB.email, accountB.wachtwoord);
  await b.page.goto("/aanbieder/toewijzingen");
  await expect(b.page.getByRole("row").filter({ hasText: nummerB })).toContainText("Werkplek op trede 3, 12 uur per week");
  await expect(b.page.getByText(nummerA)).toHaveCount(0);
  expect(await b.page.content()).not.toContain(bsn);
  // B cannot open the gemeente's page of A's toewijzing either.
  await b.page.goto("/gemeente/inwoners");
  await expect(b.page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
  await b.sluit();

  // The team dashboard shows both with their due date, and A's as started.
  const team = await nieuweSessie(browser, "trajectregisseur@gemeente.example");
  await team.page.goto("/gemeente/toewijzingen");
  await expect(team.page.getByRole("heading", { level: 1, name: "Termijnen en toewijzingen" })).toBeVisible();
  await expect(team.page.getByRole("row").filter({ hasText: nummerA })).toContainText("Gestart");
  // R-TOE-5: 42 days before the end the user entered for B.
  const eindB = new Date(`${overEenJaar}T00:00:00Z`);
  const termijnB = new Date(eindB.getTime() - 42 * 24 * 3600 * 1000);
  const nl = (d: Date) => d.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const regelB = team.page.getByRole("row").filter({ hasText: nummerB });
  await expect(regelB).toContainText(nl(eindB));
  await expect(regelB).toContainText(`${nl(termijnB)} Later`);
  await zonderRegelIds(team.page);
  await expectNoAxeViolations(team.page);
  await team.sluit();

  // A Wmo-consulent has no mandate for an inwoner with a Participatiewet uitkering (R-TOE-1).
  const consulent = await nieuweSessie(browser, "wmo-consulent@gemeente.example");
  await consulent.page.goto(`/gemeente/toewijzingen/nieuw?inwoner=${dossier.split("/").at(-1)}`);
  await geefAf(consulent.page, "Werkplek op trede 4", "Kringloopwinkel De Schakel", { einddatum: overEenJaar, uren: "8" });
  await expect(consulent.page.getByRole("alert").filter({ hasText: "Deze toewijzing kan zo niet worden afgegeven" })).toContainText(
    "Dan geeft de trajectregisseur of de activeringscoach de Werkt Mee-toewijzing af",
  );
  await zonderRegelIds(consulent.page);
  await expectNoAxeViolations(consulent.page);
  await consulent.sluit();

  // Centrum Werkt Mee reads inwoners but issues nothing.
  const centrum = await nieuweSessie(browser, "centrum@gemeente.example");
  await centrum.page.goto(dossier);
  await expect(centrum.page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expect(centrum.page.getByRole("link", { name: "Toewijzing afgeven" })).toHaveCount(0);
  await centrum.page.goto(`/gemeente/toewijzingen/nieuw?inwoner=${dossier.split("/").at(-1)}`);
  await expect(centrum.page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
  await centrum.sluit();
});

test("an inwoner under 18 on the start date gets the age rule's message", async ({ browser }) => {
  await zorgVoorTarieven(jaar, { ONTW_4: 250000 });
  const bsn = willekeurigBsn();
  const zeventien = `${jaar - 17}${vandaag.slice(4)}`;
  const p = (await nieuweSessie(browser, "trajectregisseur@gemeente.example")).page;
  await p.goto("/gemeente/inwoners/nieuw");
  await p.getByLabel("Voornamen").fill("Jip");
  await p.getByLabel("Achternaam").fill(`Jong${bsn.slice(-4)}`);
  await registreer(p, { bsn, geboortedatum: zeventien, uitkering: "Geen uitkering", trede: "2" });
  await p.getByRole("link", { name: "Toewijzing afgeven" }).click();
  await geefAf(p, "Ontwikkeling naar trede 4", "Kringloopwinkel De Schakel");
  // R-PRD-1, in plain words.
  await expect(p.getByRole("alert").filter({ hasText: "Deze toewijzing kan zo niet worden afgegeven" })).toContainText(
    "Werkt Mee is voor inwoners vanaf 18 jaar.",
  );
  await zonderRegelIds(p);
  await expectNoAxeViolations(p);
});

test("without JavaScript: search an inwoner, open the file and show the BSN (logged)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await inloggen(p, "trajectregisseur@gemeente.example", DEMO_WACHTWOORD);
  await expect(p.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await p.goto("/gemeente/inwoners");
  // A demo inwoner (prisma/data/demo-inwoners.ts), test-range BSN 999990007.
  await p.getByLabel("Zoek op naam, geboortedatum of BSN").fill("el amrani");
  await p.getByRole("button", { name: "Zoeken" }).click();
  await expect(p.getByRole("row").filter({ hasText: "Fatima El Amrani" })).toContainText("*****0007");
  await p.getByRole("link", { name: "Fatima El Amrani" }).click();
  await expect(p.getByRole("heading", { level: 1, name: "Fatima El Amrani" })).toBeVisible();
  expect(await p.content()).not.toContain("999990007");
  await p.getByRole("button", { name: "Toon BSN" }).click();
  await expect(p.getByText("999990007", { exact: true })).toBeVisible();
  await expect(p.getByText("(getoond en vastgelegd in het logboek)")).toBeVisible();
  await context.close();
});

test("the interest queue: a request from the catalogue is assigned, linked to an inwoner and handled", async ({ page, browser }) => {
  const werkplek = demoWerkplekken.find((w) => w.status === "GEPUBLICEERD")!;
  const naam = `Iris Interesse ${String(Date.now()).slice(-6)}`;
  await page.goto(`/werkplekken/${werkplek.slug}`);
  await page.getByLabel("Naam").fill(naam);
  await page.getByLabel("E-mailadres").fill("iris@example.nl");
  await page.getByLabel("Jouw postcode").fill("7311");
  await page.getByLabel(/Ik geef de gemeente Apeldoorn toestemming/).check();
  await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();
  await expect(page.getByText(/Je kenmerk is AWM-/)).toBeVisible();

  const centrum = await nieuweSessie(browser, "centrum@gemeente.example");
  const p = centrum.page;
  // The dossier link of a demo inwoner, to paste into the request.
  await p.goto("/gemeente/inwoners");
  await p.getByLabel("Zoek op naam, geboortedatum of BSN").fill("El Amrani");
  await p.getByRole("button", { name: "Zoeken" }).click();
  await expect(p.getByRole("link", { name: "Fatima El Amrani" })).toBeVisible();

  await p.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Interesse-aanvragen" }).click();
  await expect(p.getByRole("heading", { level: 1, name: "Interesse-aanvragen" })).toBeVisible();
  await expectNoAxeViolations(p);
  const rij = () => p.getByRole("row").filter({ hasText: naam });
  await expect(rij()).toContainText(werkplek.titel);
  await expect(rij()).toContainText("Nieuw");
  await zonderRegelIds(p);
  await rij().getByLabel("Behandelaar").selectOption({ label: "Chris Centrum" });
  await rij().getByRole("button", { name: "Toewijzen" }).click();
  await expect(rij()).toContainText("In behandeling");
  await expect(rij()).toContainText("bij Chris Centrum");
  // Staff find the inwoner by name (issue 10), then choose from what was found.
  await rij()
    .getByLabel(/Koppelen aan inwoner: zoek op naam of geboortedatum/)
    .fill("el amrani");
  await rij().getByRole("button", { name: "Inwoner zoeken" }).click();
  await expect(rij().getByRole("radio", { name: /^Fatima El Amrani, geboren \d{1,2} \w+ \d{4}/ })).toBeChecked();
  await expectNoAxeViolations(p);
  await rij().getByRole("button", { name: "Koppelen aan deze inwoner" }).click();
  await expect(rij().getByRole("link", { name: "Fatima El Amrani" })).toBeVisible();
  await expectNoAxeViolations(p);
  await rij().getByRole("button", { name: "Afgehandeld" }).click();
  await expect(rij()).toHaveCount(0);
  await p.getByRole("link", { name: "Afgehandeld" }).click();
  await expect(rij()).toContainText("Afgehandeld");
  await expectNoAxeViolations(p);
  await centrum.sluit();
});
