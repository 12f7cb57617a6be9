import type { Browser, Locator, Page } from "@playwright/test";
import { leesOutbox } from "../../src/server/mail/outbox";
import { maakAccount } from "../fixtures/accounts";
import { maakGestarteToewijzing } from "../fixtures/traject";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// Issue 11: the life of a toewijzing after it started. The aanbieder sets the goals of the
// ondersteuningsplan, reports a melding and plans the evaluatiegesprek on its toewijzing's page;
// the inwoner's contact person sees both on the dashboard, marks the melding read and accepts the
// moment. Each journey brings its own contact person, aanbieder account and toewijzing.

async function sessie(browser: Browser, email: string, opties: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(opties);
  const page = await context.newPage();
  await ingelogdAls(page, email);
  return { page, sluit: () => context.close() };
}

async function opzet() {
  const regisseur = await maakAccount({ rol: "TRAJECTREGISSEUR", naam: "Rita Regie", demo: true });
  const aanbieder = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "eerste", naam: "Arie Aanbod", demo: true });
  const t = await maakGestarteToewijzing(regisseur.id);
  return { regisseur, aanbieder, t };
}

/** A date some weeks ahead, as <input type="date"> takes it. */
const overWeken = (weken: number) => {
  const d = new Date(Date.now() + weken * 7 * 86_400_000);
  return toIsoDate(vandaagInNederland(d));
};

/** Keyboard only: Tab until `doel` has the focus. */
async function tabNaar(page: Page, doel: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await doel.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Niet bereikbaar met Tab");
}

test("an aanbieder sets goals, reports a melding and plans the evaluatiegesprek; the contact person sees them, marks it read and accepts", async ({
  browser,
}) => {
  // Two roles, eleven pages scanned by axe, on a shared machine: more than the default minute.
  test.slow();
  const { regisseur, aanbieder, t } = await opzet();
  const a = await sessie(browser, aanbieder.email);
  await a.page.goto("/aanbieder/toewijzingen");
  await expectNoAxeViolations(a.page);
  await a.page.getByRole("row").filter({ hasText: t.nummer }).getByRole("link", { name: t.nummer }).click();
  await expect(a.page.getByRole("heading", { level: 1, name: `Toewijzing ${t.nummer}: ${t.inwoner}` })).toBeVisible();
  await expect(a.page.getByText("Rita Regie")).toBeVisible();
  await expect(a.page.getByRole("link", { name: "Eindverantwoording" })).toHaveAttribute(
    "href",
    `/aanbieder/toewijzingen/${t.id}/eindverantwoording`,
  );
  await expect(a.page.getByRole("link", { name: "Herindicatie aanvragen" })).toHaveAttribute(
    "href",
    `/aanbieder/toewijzingen/${t.id}/herindicatie`,
  );
  await expect(a.page.getByRole("listitem").filter({ hasText: "Eindverantwoording:" })).toContainText("Open, uiterlijk");
  await expectNoAxeViolations(a.page);

  // Ondersteuningsplan: two goals (the second row comes with "Nog een doel toevoegen").
  await a.page.getByLabel("Soort doel 1").selectOption("VAARDIGHEDEN");
  await a.page.getByLabel("Omschrijving doel 1").fill("Zelfstandig kleding sorteren op soort.");
  await a.page.getByRole("button", { name: "Nog een doel toevoegen" }).click();
  await a.page.getByLabel("Soort doel 2").selectOption("HOUDING");
  await a.page.getByLabel("Omschrijving doel 2").fill("Meldt zich af bij ziekte.");
  await a.page.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(a.page.getByRole("status").filter({ hasText: "Het ondersteuningsplan is opgeslagen (2 doelen)." })).toBeVisible();
  await expect(a.page.getByLabel("Omschrijving doel 2")).toHaveValue("Meldt zich af bij ziekte.");
  await expectNoAxeViolations(a.page);

  // A melding (R-EV-4): a missing field first, then complete.
  await a.page.getByLabel("Resultaten in gevaar").check();
  await a.page.getByLabel("Wat is er gebeurd?").fill("Drie keer niet gekomen zonder afmelding.");
  await a.page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(a.page.getByRole("alert").filter({ hasText: "De melding is nog niet verstuurd" })).toContainText(
    "Beschrijf wat jullie eraan doen.",
  );
  await expect(a.page.getByLabel("Wat is er gebeurd?")).toHaveValue("Drie keer niet gekomen zonder afmelding.");
  await expect(a.page.getByLabel("Wat doen jullie eraan?")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(a.page);
  await a.page.getByLabel("Wat doen jullie eraan?").fill("We bellen elke ochtend.");
  await a.page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(
    a.page.getByRole("status").filter({ hasText: "De melding is verstuurd. Rita Regie (contactpersoon) krijgt een e-mail." }),
  ).toBeVisible();

  // The evaluatiegesprek (R-TOE-5).
  await a.page.getByLabel("Datum van het gesprek").fill(overWeken(4));
  await a.page.getByLabel("Tijd").fill("10:30");
  await a.page.getByLabel("Plaats").fill("Kringloop De Schakel");
  await a.page.getByRole("button", { name: "Gesprek voorstellen" }).click();
  await expect(a.page.getByRole("status").filter({ hasText: "Het evaluatiegesprek is voorgesteld" })).toBeVisible();
  await expect(a.page.getByText("Voorgesteld, wacht op de contactpersoon")).toBeVisible();
  await expectNoAxeViolations(a.page);

  // The contact person got an e-mail that names them and carries no BSN.
  const mail = (await leesOutbox("var/e2e/outbox")).find(
    (m) => m.aan === regisseur.email && m.onderwerp.includes(`Nieuwe melding bij ${t.nummer}`),
  );
  expect(mail?.tekst).toContain("Beste Rita Regie,");
  expect(mail?.tekst).not.toMatch(/\b\d{9}\b/);

  // The contact person's dashboard.
  const r = await sessie(browser, regisseur.email);
  await r.page.goto("/gemeente");
  await expect(r.page.getByRole("heading", { name: "Nieuwe meldingen (1)" })).toBeVisible();
  await expect(r.page.getByRole("heading", { name: "Evaluatiegesprekken te bevestigen (1)" })).toBeVisible();
  await expectNoAxeViolations(r.page);
  await r.page.getByRole("link", { name: `Resultaten in gevaar: ${t.inwoner} (${t.nummer})` }).click();
  await expect(r.page.getByRole("heading", { level: 2, name: "Traject" })).toBeVisible();
  await expect(r.page.getByText("Zelfstandig kleding sorteren op soort.")).toBeVisible();
  await expect(r.page.getByText("Wat er gebeurde: Drie keer niet gekomen zonder afmelding.")).toBeVisible();
  await expectNoAxeViolations(r.page);
  await r.page.getByRole("button", { name: /Markeer als gelezen/ }).click();
  await expect(r.page.getByRole("status").filter({ hasText: "De melding is als gelezen gemarkeerd." })).toBeVisible();
  await r.page.getByLabel("Ik accepteer dit moment").check();
  await r.page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(r.page.getByRole("status").filter({ hasText: "Het evaluatiegesprek is geaccepteerd." })).toBeVisible();
  await expectNoAxeViolations(r.page);
  await r.page.goto("/gemeente");
  await expect(r.page.getByRole("heading", { name: "Nieuwe meldingen (0)" })).toBeVisible();
  await expect(r.page.getByRole("heading", { name: "Evaluatiegesprekken te bevestigen (0)" })).toBeVisible();
  await expectNoAxeViolations(r.page);
  await r.sluit();

  // Back at the aanbieder: accepted, and the deadline to plan it is done.
  await a.page.reload();
  await expect(a.page.getByText("Geaccepteerd", { exact: true })).toBeVisible();
  await expect(a.page.getByRole("listitem").filter({ hasText: "Evaluatiegesprek plannen:" })).toContainText("Gedaan op");
  await expectNoAxeViolations(a.page);
  await a.sluit();
});

test("keyboard only: the aanbieder reports a calamiteit", async ({ browser }) => {
  const { aanbieder, t } = await opzet();
  const a = await sessie(browser, aanbieder.email);
  await a.page.goto(`/aanbieder/toewijzingen/${t.id}`);
  await expectNoAxeViolations(a.page);
  await tabNaar(a.page, a.page.getByLabel("Calamiteit"));
  await a.page.keyboard.press("Space");
  await expect(a.page.getByLabel("Calamiteit")).toBeChecked();
  await tabNaar(a.page, a.page.getByLabel("Wat is er gebeurd?"));
  await a.page.keyboard.type("Gevallen op de werkvloer.");
  await a.page.keyboard.press("Tab");
  await expect(a.page.getByLabel("Wat doen jullie eraan?")).toBeFocused();
  await a.page.keyboard.type("Naar de huisarts gebracht.");
  await a.page.keyboard.press("Tab");
  await expect(a.page.getByRole("button", { name: "Melding versturen" })).toBeFocused();
  await a.page.keyboard.press("Enter");
  await expect(a.page.getByRole("status").filter({ hasText: "De melding is verstuurd." })).toBeVisible();
  await expect(a.page.getByText("Wat er gebeurde: Gevallen op de werkvloer.")).toBeVisible();
  await expectNoAxeViolations(a.page);
  await a.sluit();
});

test("without JavaScript the plan form works, keeps the input on an error and says what is missing", async ({ browser }) => {
  const { aanbieder, t } = await opzet();
  // axe runs inside the page and needs JavaScript: this page is scanned with JavaScript in the journeys above.
  const a = await sessie(browser, aanbieder.email, { javaScriptEnabled: false });
  await a.page.goto(`/aanbieder/toewijzingen/${t.id}`);
  await expect(a.page.getByRole("button", { name: "Nog een doel toevoegen" })).toHaveCount(0);
  await a.page.getByLabel("Omschrijving doel 1").fill("Weet welke soorten textiel er zijn.");
  await a.page.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(a.page.getByRole("alert").filter({ hasText: "Het plan is nog niet opgeslagen" })).toContainText(
    "Kies bij doel 1 of het om kennis, vaardigheden of houding gaat.",
  );
  await expect(a.page.getByLabel("Omschrijving doel 1")).toHaveValue("Weet welke soorten textiel er zijn.");
  await a.page.getByLabel("Soort doel 1").selectOption("KENNIS");
  await a.page.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(a.page.getByText("Het ondersteuningsplan is opgeslagen (1 doel).")).toBeVisible();
  // The spare row to add the next goal appears after saving.
  await expect(a.page.getByLabel("Omschrijving doel 2")).toHaveValue("");
  await a.sluit();
});

test("another aanbieder's toewijzing or a forged id is a 404, never an error", async ({ page }) => {
  const { t } = await opzet();
  const ander = await maakAccount({ rol: "AANBIEDER_MEDEWERKER", aanbieder: "tweede", demo: true });
  await ingelogdAls(page, ander.email);
  await page.goto(`/aanbieder/toewijzingen/${t.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page.getByText(t.inwoner)).toHaveCount(0);
  await expectNoAxeViolations(page);
  const r = await page.goto("/aanbieder/toewijzingen/%27%3Bselect");
  expect(r?.status()).toBe(404);
});

test("the demo data: an early stop keeps the eindverantwoording due, a toewijzing that never started stays flagged, on both sides", async ({
  browser,
}) => {
  test.slow();
  // prisma/seed/toewijzingen.ts: Ria Hendriks stopped five days ago, Fatima El Amrani's ontwikkeling never started.
  const vandaag = vandaagInNederland();
  const nl = (d: Date) => d.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const evNaStop = nl(new Date(vandaag.getTime() + 9 * 86_400_000));

  const a = await sessie(browser, "beheerder@aanbieder.example");
  await a.page.goto("/aanbieder");
  const teDoen = a.page.getByRole("region", { name: /Te doen/ });
  await expect(teDoen.getByRole("listitem").filter({ hasText: "Eindverantwoording: Ria Hendriks" })).toContainText(`uiterlijk ${evNaStop}`);
  await expect(teDoen.getByRole("link", { name: /Start melden \(de startdatum is voorbij\): Fatima El Amrani/ })).toBeVisible();
  await expectNoAxeViolations(a.page);
  await teDoen.getByRole("link", { name: /Eindverantwoording: Ria Hendriks/ }).click();
  await expect(a.page).toHaveURL(/\/aanbieder\/toewijzingen\/[^/]+\/eindverantwoording$/);
  await a.page.goto("/aanbieder/toewijzingen?status=BEEINDIGD");
  await a.page.getByRole("row").filter({ hasText: "Ria Hendriks" }).getByRole("link").click();
  await expect(a.page.getByText("eerder dan gepland: de eindverantwoording blijft nodig")).toBeVisible();
  await expect(a.page.getByRole("listitem").filter({ hasText: "Eindverantwoording:" })).toContainText(`Open, uiterlijk ${evNaStop}`);
  await expect(a.page.getByRole("listitem").filter({ hasText: "Herindicatie aanvragen:" })).toContainText("Niet meer nodig");
  await expectNoAxeViolations(a.page);
  await a.sluit();

  // Ria has no uitkering: her contact person is the Wmo-consulent (R-TOE-2).
  const w = await sessie(browser, "wmo-consulent@gemeente.example");
  await w.page.goto("/gemeente/toewijzingen");
  const rij = w.page.getByRole("row").filter({ hasText: "Ria Hendriks" });
  await expect(rij).toContainText("Beëindigd");
  await expect(rij).toContainText(`Eindverantwoording: Open, uiterlijk ${evNaStop}`);
  await expectNoAxeViolations(w.page);
  await w.sluit();

  const t = await sessie(browser, "trajectregisseur@gemeente.example");
  await t.page.goto("/gemeente");
  await expect(t.page.getByRole("link", { name: /Niet gestart: de startdatum is voorbij: Fatima El Amrani/ })).toBeVisible();
  await expect(t.page.getByRole("link", { name: /Evaluatiegesprek bevestigen: Noah Bakker/ })).toBeVisible();
  await expectNoAxeViolations(t.page);
  await t.sluit();
});
