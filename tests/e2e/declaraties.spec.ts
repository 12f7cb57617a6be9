import fs from "node:fs";
import type { Page } from "@playwright/test";
import { maakBetaaldeRegel, maakGestarteToewijzingen } from "../fixtures/declaraties";
import { zorgVoorTarieven } from "../fixtures/toewijzingen";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// Issue 12: an aanbieder declares a month for two toewijzingen (one above the extent, with a
// reason), the gemeente approves one and rejects the other, the aanbieder reads the reason and
// declares again, a payment run pays them and its CSV downloads. Plus a keyboard-only path and
// the month form and the vrijwilligersvergoeding's confirm step without JavaScript.

const vandaag = toIsoDate(vandaagInNederland());
const [j, m] = vandaag.split("-").map(Number) as [number, number];
const vorige = new Date(Date.UTC(j, m - 2, 1));
const MAAND = vorige.toISOString().slice(0, 7);
const MAANDNAAM = vorige.toLocaleDateString("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const DAGEN = new Date(Date.UTC(j, m - 1, 0)).getUTCDate();
const OMVANG = 12 * Math.ceil(DAGEN / 7); // R-DEC-1, ADR 0030: the most a regular week of 12 hours reaches
const AANBIEDER = "Kringloopwinkel De Schakel";

const uren = (page: Page, t: { nummer: string }, naam: string) => page.getByLabel(`Gewerkte uren voor ${naam} (${t.nummer})`);
const reden = (page: Page, t: { nummer: string }, naam: string) =>
  page.getByLabel(`Reden als het meer is dan toegewezen voor ${naam} (${t.nummer})`);
const regelNummers = (tekst: string) => [...tekst.matchAll(/DR-\d{4}-\d{6}/g)].map((x) => x[0]);

test.beforeAll(async () => {
  await zorgVoorTarieven(Number(MAAND.slice(0, 4)), { OP_TREDE_3: 1063 });
});

test("declare, check, reject, correct and pay a month; the payment run's CSV downloads", async ({ page, browser }) => {
  test.slow();
  const { inwonerNaam: naam, inwonerId, toewijzingen } = await maakGestarteToewijzingen(2);
  const [a, b] = toewijzingen as [{ id: string; nummer: string }, { id: string; nummer: string }];

  await ingelogdAls(page, "medewerker@aanbieder.example");
  await page.goto("/aanbieder");
  await page.getByRole("link", { name: "Declaraties en vrijwilligersvergoeding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Declaraties" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `Uren en vaste prijzen van ${MAANDNAAM}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // One line above the extent without a reason: the other line is stored all the same.
  await uren(page, a, naam).fill("40");
  await uren(page, b, naam).fill(String(OMVANG + 5));
  await page.getByRole("button", { name: "Declaraties indienen" }).click();
  const overzicht = page.getByRole("alert").filter({ hasText: "Niet alle regels zijn ingediend" });
  await expect(overzicht).toContainText(`meer dan de toegewezen ${OMVANG} uur`);
  await expect(page.getByText(/1 regel is ingediend \(DR-\d{4}-\d{6}\)/)).toBeVisible();
  await expect(uren(page, b, naam)).toHaveValue(String(OMVANG + 5));
  await expect(uren(page, b, naam)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await reden(page, b, naam).fill("Extra dagen tijdens de inventarisatie in de winkel");
  await page.getByRole("button", { name: "Declaraties indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: /De regel is ingediend: DR-/ })).toBeVisible();
  const historie = page.getByRole("table", { name: `Regels van ${MAANDNAAM}, oudste eerst` });
  const rijA = historie.getByRole("row").filter({ hasText: a.nummer });
  const rijB = historie.getByRole("row").filter({ hasText: b.nummer });
  await expect(rijA).toContainText("€ 425,20");
  await expect(rijB).toContainText("Meer dan toegewezen: Extra dagen");
  const [regelA] = regelNummers(await rijA.innerText());
  const [regelB] = regelNummers(await rijB.innerText());

  // The gemeente: flagged line first; approve A, reject B with a reason.
  const tm = await (await browser.newContext()).newPage();
  await ingelogdAls(tm, "teammanager@gemeente.example");
  await tm.goto("/gemeente");
  await tm.getByRole("link", { name: "Declaraties controleren en betalen" }).click();
  await tm.getByLabel("Maand", { exact: true }).fill(MAAND);
  await tm.getByLabel("Aanbieder", { exact: true }).selectOption({ label: AANBIEDER });
  await tm.getByRole("button", { name: "Tonen" }).click();
  await expect(tm.getByRole("heading", { level: 2, name: `Regels van ${MAANDNAAM}` })).toBeVisible();
  await expectNoAxeViolations(tm);
  const wachtrij = tm.getByRole("table", { name: `Declaratieregels van ${MAANDNAAM}` });
  await expect(wachtrij.getByRole("row").nth(1)).toContainText("Meer dan toegewezen");
  // Issue 21 item 4: open lines of every month, and each line's answer deadline.
  const open = tm.getByRole("region", { name: "Open regels van alle maanden" });
  await expect(open.getByRole("link", { name: MAANDNAAM })).toBeVisible();
  await expect(wachtrij.getByRole("row").filter({ hasText: regelA! })).toContainText(/Antwoord uiterlijk \d{1,2} \w+ \d{4}/);
  await tm.getByRole("button", { name: `Goedkeuren ${regelA}` }).click();
  await expect(wachtrij.getByRole("row").filter({ hasText: regelA! })).toContainText("Goedgekeurd");
  await tm.getByText(`Afwijzen (${regelB})`).click();
  await tm.getByRole("button", { name: `Afwijzen ${regelB}` }).click();
  await expect(tm.getByText("Schrijf waarom de regel wordt afgewezen")).toBeVisible();
  await tm.getByLabel(`Reden van afwijzing ${regelB}`).fill("Volgens de presentielijst waren het 44 uur.");
  await tm.getByRole("button", { name: `Afwijzen ${regelB}` }).click();
  await expect(wachtrij.getByRole("row").filter({ hasText: regelB! })).toContainText("Afgewezen");
  await expectNoAxeViolations(tm);

  // The aanbieder reads the reason and declares the month again.
  await page.reload();
  await expect(historie.getByRole("row").filter({ hasText: regelB! })).toContainText(
    "Reden van afwijzing: Volgens de presentielijst waren het 44 uur.",
  );
  await uren(page, b, naam).fill("44");
  await page.getByRole("button", { name: "Declaraties indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: /De regel is ingediend: DR-/ })).toBeVisible();
  const nieuw = regelNummers(
    await page
      .getByRole("status")
      .filter({ hasText: /De regel is ingediend/ })
      .innerText(),
  )[0]!;
  await expect(historie.getByRole("row").filter({ hasText: nieuw })).toContainText("€ 467,72");
  await expectNoAxeViolations(page);

  await tm.reload();
  await tm.getByRole("button", { name: `Goedkeuren ${nieuw}` }).click();
  await expect(wachtrij.getByRole("row").filter({ hasText: nieuw })).toContainText("Goedgekeurd");

  // The beheerder pays: the lines become Betaald and the CSV carries them.
  const beh = await (await browser.newContext()).newPage();
  await ingelogdAls(beh, "beheerder@gemeente.example");
  await beh.goto(`/gemeente/declaraties?maand=${MAAND}`);
  await expectNoAxeViolations(beh);
  await beh.getByRole("button", { name: "Betaalrun maken" }).click();
  const melding = beh.getByRole("status").filter({ hasText: /Betaalrun BR-\d{4}-\d{4} is gemaakt/ });
  await expect(melding).toBeVisible();
  const referentie = (await melding.innerText()).match(/BR-\d{4}-\d{4}/)![0];
  await expect(
    beh
      .getByRole("table", { name: `Declaratieregels van ${MAANDNAAM}` })
      .getByRole("row")
      .filter({ hasText: nieuw }),
  ).toContainText("Betaald");
  const download = beh.waitForEvent("download");
  await beh.getByRole("link", { name: `CSV van ${referentie}` }).click();
  const bestand = await download;
  expect(bestand.suggestedFilename()).toBe(`betaalrun-${referentie}.csv`);
  const csv = fs.readFileSync((await bestand.path())!, "utf8");
  expect(csv.startsWith("\uFEFFBetaalrun;Betaaldatum;Aanbieder;")).toBe(true);
  const regels = csv.split("\r\n");
  expect(regels.find((r) => r.includes(regelA!))).toMatch(
    new RegExp(`^${referentie};\\d{2}-\\d{2}-\\d{4};${AANBIEDER};\\d+;${regelA};${a.nummer};OP_TREDE_3;${MAAND};.*;40;uur;10,63;425,20;$`),
  );
  expect(regels.find((r) => r.includes(nieuw))).toMatch(/;44;uur;10,63;467,72;$/);
  expect(csv).not.toContain(regelB!);
  expect(csv).not.toContain(naam);
  await expectNoAxeViolations(beh);

  await page.reload();
  await expect(historie.getByRole("row").filter({ hasText: nieuw })).toContainText("Betaald");

  // The vrijwilligersvergoeding page, with its warning before saving.
  await page.getByRole("link", { name: "Vrijwilligersvergoedingen vastleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vrijwilligersvergoeding" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Inwoner en toewijzing").selectOption({ label: `${naam} (${a.nummer})` });
  await page.getByLabel("Maand", { exact: true }).fill(MAAND);
  await page.getByLabel("Vrijwilligersvergoeding (vast bedrag)").check();
  await page.getByLabel("Bedrag", { exact: true }).fill("300");
  await page.getByRole("button", { name: "Vergoeding controleren en opslaan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nog niet opgeslagen" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The contact person sees the totals on the inwoner's page (nothing saved yet: none recorded).
  await tm.goto(`/gemeente/inwoners/${inwonerId}`);
  await expect(tm.getByRole("heading", { level: 2, name: "Vrijwilligersvergoeding" })).toBeVisible();
  await expectNoAxeViolations(tm);
});

test("keyboard only: the gemeente rejects a line with a reason", async ({ page, browser }) => {
  const { inwonerNaam: naam, toewijzingen } = await maakGestarteToewijzingen(1);
  const t = toewijzingen[0]!;
  const aanbieder = await (await browser.newContext()).newPage();
  await ingelogdAls(aanbieder, "medewerker@aanbieder.example");
  await aanbieder.goto(`/aanbieder/declaraties?maand=${MAAND}`);
  await uren(aanbieder, t, naam).focus();
  await aanbieder.keyboard.type("20");
  await aanbieder.keyboard.press("Enter");
  const status = aanbieder.getByRole("status").filter({ hasText: /De regel is ingediend/ });
  await expect(status).toBeVisible();
  const regel = regelNummers(await status.innerText())[0]!;

  await ingelogdAls(page, "teammanager@gemeente.example");
  await page.goto(`/gemeente/declaraties?maand=${MAAND}`);
  await expectNoAxeViolations(page);
  const samenvatting = page.getByText(`Afwijzen (${regel})`);
  await samenvatting.focus();
  await expect(samenvatting).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(`Reden van afwijzing ${regel}`)).toBeFocused();
  await page.keyboard.type("De uren staan niet op de presentielijst.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Afwijzen ${regel}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page
      .getByRole("table", { name: `Declaratieregels van ${MAANDNAAM}` })
      .getByRole("row")
      .filter({ hasText: regel }),
  ).toContainText("Afgewezen");
});

test("a correction is judged as one unit, and the gemeente reverses a paid line with a reason the aanbieder reads", async ({
  page,
  browser,
}) => {
  // Issue 21 items 1 and 2 (ADR 0029).
  test.slow();
  const { toewijzingen } = await maakGestarteToewijzingen(1);
  const t = toewijzingen[0]!;
  const origineel = await maakBetaaldeRegel(t, MAAND, 40, 1063);

  await ingelogdAls(page, "medewerker@aanbieder.example");
  await page.goto(`/aanbieder/declaraties?maand=${MAAND}`);
  const historie = page.getByRole("table", { name: `Regels van ${MAANDNAAM}, oudste eerst` });
  await page.getByText(`Corrigeren (${origineel})`).click();
  await page.getByLabel(`Juiste uren ${origineel}`).fill("30");
  await page.getByRole("button", { name: `Corrigeren ${origineel}` }).click();
  // The form goes with the line's "Corrigeren"; the history shows the credit and the new line.
  await expect(historie.getByRole("row").filter({ hasText: `Creditregel: trekt ${origineel} in.` })).toBeVisible();
  // Other journeys declared in this month too: only this toewijzing's rows, oldest first.
  const [, credit, nieuw] = (await historie.getByRole("row").filter({ hasText: t.nummer }).getByRole("rowheader").allInnerTexts()) as [
    string,
    string,
    string,
  ];
  await expect(historie.getByRole("row").filter({ hasText: nieuw })).toContainText("€ 318,90");
  await expectNoAxeViolations(page);

  // The gemeente rejects the credit: the whole correction goes back, with one reason.
  const tm = await (await browser.newContext()).newPage();
  await ingelogdAls(tm, "teammanager@gemeente.example");
  await tm.goto(`/gemeente/declaraties?maand=${MAAND}`);
  const wachtrij = tm.getByRole("table", { name: `Declaratieregels van ${MAANDNAAM}` });
  const rij = (nummer: string) => wachtrij.getByRole("row").filter({ has: tm.getByRole("rowheader", { name: nummer, exact: true }) });
  await expect(rij(credit)).toContainText(`Correctie: ${credit} en ${nieuw} worden samen goedgekeurd of afgewezen.`);
  await expectNoAxeViolations(tm);
  await tm.getByText(`Afwijzen (${credit})`).click();
  await tm.getByLabel(`Reden van afwijzing ${credit}`).fill("Volgens de presentielijst klopten de 40 uur.");
  await tm.getByRole("button", { name: `Afwijzen ${credit}` }).click();
  await expect(rij(nieuw)).toContainText("Afgewezen");
  await expect(rij(credit)).toContainText("Afgewezen");

  // Later the gemeente reverses the paid line itself.
  await tm.getByText(`Terugdraaien (${origineel})`).click();
  await tm.getByLabel(`Reden van terugdraaien ${origineel}`).fill("De inwoner was deze maand opgenomen in het ziekenhuis.");
  await tm.getByRole("button", { name: `Terugdraaien ${origineel}` }).click();
  await expect(wachtrij).toContainText("Teruggedraaid door de gemeente: De inwoner was deze maand opgenomen in het ziekenhuis.");
  await expectNoAxeViolations(tm);

  await page.reload();
  await expect(historie.getByRole("row").filter({ hasText: nieuw })).toContainText("De correctie is afgewezen");
  await expect(historie).toContainText("Teruggedraaid door de gemeente. Reden: De inwoner was deze maand opgenomen in het ziekenhuis.");
  await expect(historie.getByRole("row").filter({ hasText: origineel }).first()).toContainText("Ingetrokken met creditregel");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // axe runs inside the page, so these pages are scanned in the journeys above (with JavaScript).
  test("the month form stores a line, and the vrijwilligersvergoeding asks to confirm before saving", async ({ page }) => {
    const { inwonerNaam: naam, toewijzingen } = await maakGestarteToewijzingen(1);
    const t = toewijzingen[0]!;
    await ingelogdAls(page, "medewerker@aanbieder.example");
    await page.goto(`/aanbieder/declaraties?maand=${MAAND}`);
    await uren(page, t, naam).fill("7,5");
    await page.getByRole("button", { name: "Declaraties indienen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Vul hele uren in" })).toBeVisible();
    await expect(uren(page, t, naam)).toHaveValue("7,5");
    await uren(page, t, naam).fill("8");
    await page.getByRole("button", { name: "Declaraties indienen" }).click();
    await expect(page.getByRole("status").filter({ hasText: /De regel is ingediend: DR-/ })).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: `Regels van ${MAANDNAAM}, oudste eerst` })
        .getByRole("row")
        .filter({ hasText: t.nummer }),
    ).toContainText("€ 85,04");

    await page.getByRole("link", { name: "Vrijwilligersvergoedingen vastleggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vrijwilligersvergoeding" })).toBeVisible();
    await page.getByLabel("Inwoner en toewijzing").selectOption({ label: `${naam} (${t.nummer})` });
    await page.getByLabel("Maand", { exact: true }).fill(MAAND);
    await page.getByLabel("Vrijwilligersvergoeding (vast bedrag)").check();
    await page.getByLabel("Bedrag", { exact: true }).fill("250,00");
    await page.getByRole("button", { name: "Vergoeding controleren en opslaan" }).click();
    const waarschuwing = page.getByRole("alert").filter({ hasText: "Nog niet opgeslagen" });
    await expect(waarschuwing).toBeVisible();
    await expect(page.getByRole("table", { name: /Vastgelegde vergoedingen/ }).getByText(t.nummer)).toHaveCount(0);
    await page.getByRole("button", { name: "Toch opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De vergoeding van € 250,00 is vastgelegd." })).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: /Vastgelegde vergoedingen/ })
        .getByRole("row")
        .filter({ hasText: t.nummer }),
    ).toContainText("€ 250,00");
  });
});
