import type { Page } from "@playwright/test";
import { demoWerkplekken } from "../../prisma/data/demo-werkplekken";
import { willekeurigBsn, zorgVoorTarieven } from "../fixtures/toewijzingen";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// Issue 11: the gemeente edits an inwoner's address and uitkering (the contact person follows
// R-TOE-2), and ends a toewijzing with a reason; the aanbieder sees it on its list and by e-mail.

const vandaag = toIsoDate(vandaagInNederland());
const jaar = Number(vandaag.slice(0, 4));
const nl = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const plusDagen = (iso: string, n: number) => new Date(new Date(`${iso}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);

async function registreer(p: Page, naam: { voornamen: string; achternaam: string }, bsn: string) {
  await p.goto("/gemeente/inwoners/nieuw");
  await p.getByLabel("Voornamen").fill(naam.voornamen);
  await p.getByLabel("Achternaam").fill(naam.achternaam);
  await p.getByLabel("BSN").fill(bsn);
  await p.getByLabel("Geboortedatum").fill("1991-04-20");
  await p.getByLabel("Straat").fill("Hoofdstraat");
  await p.getByLabel("Huisnummer").fill("12");
  await p.getByLabel("Postcode").fill("7311 AB");
  await p.getByLabel("Woonplaats").fill("Apeldoorn");
  await p.getByLabel("Participatiewet-uitkering (bijstand)").check();
  await p.getByLabel("Huidige trede").selectOption("3");
  await p.getByRole("button", { name: "Inwoner registreren" }).click();
  await expect(p.getByRole("status").filter({ hasText: "De inwoner is geregistreerd." })).toBeVisible();
}

test("the gemeente edits address and uitkering, then ends a toewijzing with a reason; the aanbieder sees it", async ({ page, browser }) => {
  test.slow();
  await zorgVoorTarieven(jaar, { ONTW_4: 250000 });
  const bsn = willekeurigBsn();
  const achternaam = `Bewerk${bsn.slice(-4)}`;
  const naam = `Lotte ${achternaam}`;
  await ingelogdAls(page, "trajectregisseur@gemeente.example");
  await registreer(page, { voornamen: "Lotte", achternaam }, bsn);
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  const dossier = page.url().split("?")[0]!;
  await expectNoAxeViolations(page);

  // A toewijzing while she has a Participatiewet uitkering (the trajectregisseur has mandate).
  await page.getByRole("link", { name: "Toewijzing afgeven" }).click();
  const optie = page
    .getByLabel("Product")
    .locator("option")
    .filter({ hasText: /^Ontwikkeling naar trede 4( \(|$)/ });
  await page.getByLabel("Product").selectOption((await optie.getAttribute("value"))!);
  await page.getByLabel("Aanbieder", { exact: true }).selectOption({ label: "Kringloopwinkel De Schakel" });
  await page.getByLabel("Startdatum").fill(vandaag);
  await page.getByRole("button", { name: "Toewijzing afgeven" }).click();
  await expect(page.getByRole("status").filter({ hasText: /is afgegeven/ })).toBeVisible();
  const nummer = (await page
    .getByRole("status")
    .filter({ hasText: /is afgegeven/ })
    .textContent())!.match(/TW-\d{4}-\d{6}/)![0];
  const beschikking = page.url().split("?")[0]!;

  // B, keyboard only: open "Adres en uitkering wijzigen", change the street and the uitkering.
  await page.goto(dossier);
  const samenvatting = page.locator("summary", { hasText: "Adres en uitkering wijzigen" });
  await samenvatting.focus();
  await page.keyboard.press("Enter");
  const straat = page.getByLabel("Straat");
  await expect(straat).toBeVisible();
  await expectNoAxeViolations(page);
  await straat.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Kanaalstraat");
  await page.getByLabel("Uitkering van UWV").focus();
  await page.keyboard.press("Space");
  // A contact person of the wrong role is refused (defect 3): for UWV the Wmo-consulent.
  await page.getByLabel("Contactpersoon bij deze uitkering").selectOption({ label: "Tom Traject" });
  await page.getByRole("button", { name: "Gegevens opslaan" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Controleer het formulier" })).toContainText(
    "Bij deze uitkering is de contactpersoon een Wmo-consulent",
  );
  await expect(page.getByLabel("Contactpersoon bij deze uitkering")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Straat")).toHaveValue("Kanaalstraat");
  // What people read never shows a rule id (those stay in code and tests).
  expect(await page.locator("body").innerText()).not.toMatch(/\bR-[A-Z]{2,4}(-\d+)?\b/);
  await expectNoAxeViolations(page);
  // "Automatisch": the rule proposes a Wmo-consulent.
  await page.getByLabel("Contactpersoon bij deze uitkering").selectOption({ label: "Automatisch volgens de regel" });
  await page.getByRole("button", { name: "Gegevens opslaan" }).focus();
  await page.keyboard.press("Enter");
  const gelukt = page.getByRole("status").filter({ hasText: "De gegevens zijn gewijzigd." });
  await expect(gelukt).toContainText(/is nu de contactpersoon \(Wmo-consulent\)\. Ook op de lopende toewijzing\./);
  const wmo = (await gelukt.textContent())!.match(/gewijzigd\. (.+) is nu de contactpersoon/)![1]!;
  await page.reload();
  await expect(page.getByText(/Kanaalstraat 12, 7311 AB Apeldoorn/)).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Uitkering van UWV" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: `${wmo} (Wmo-consulent)` })).toBeVisible();
  await expectNoAxeViolations(page);

  // C: end the toewijzing on the gemeente's initiative, in two weeks, with a reason. Tom Traject is
  // no longer her contact person: only the contact person (or the teammanager) decides (issue 21 item 28).
  await page.goto(beschikking);
  await expect(page.getByText("Alleen de contactpersoon van de inwoner (of de teammanager) beslist hierover.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Beëindigen of einddatum corrigeren" })).toHaveCount(0);
  await page.context().clearCookies();
  await ingelogdAls(page, "teammanager@gemeente.example");
  await page.goto(beschikking);
  await expect(page.getByRole("heading", { level: 1, name: /Beschikking/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Beëindigen of einddatum corrigeren" })).toBeVisible();
  await expectNoAxeViolations(page);
  // A reason is required.
  await page.getByLabel("Nieuwe einddatum").fill(plusDagen(vandaag, 14));
  await page.getByLabel("Toelichting voor de aanbieder").fill("Lotte verhuist naar Deventer.");
  await page.getByRole("button", { name: "Einddatum wijzigen" }).click();
  await expect(page.getByRole("link", { name: "Kies de reden van de beëindiging." })).toBeVisible();
  await expect(page.getByLabel("Reden van beëindiging")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nieuwe einddatum")).toHaveValue(plusDagen(vandaag, 14));
  await expectNoAxeViolations(page);
  await expect(page.getByLabel("Toelichting voor de aanbieder")).toHaveValue("Lotte verhuist naar Deventer.");
  await page.getByLabel("Reden van beëindiging").selectOption({ label: "Verhuizing naar een andere gemeente" });
  await page.getByRole("button", { name: "Einddatum wijzigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: `De toewijzing eindigt op ${nl(plusDagen(vandaag, 14))}.` })).toBeVisible();
  await page.reload();
  await expect(page.getByText(`beëindigd door de gemeente, eindigt op ${nl(plusDagen(vandaag, 14))}`, { exact: false })).toBeVisible();
  await expect(page.getByRole("list", { name: "Wijzigingen van de einddatum" })).toContainText("Verhuizing naar een andere gemeente");
  expect(await page.locator("body").innerText()).not.toMatch(/\bR-[A-Z]{2,4}(-\d+)?\b/);
  await expectNoAxeViolations(page);

  // The aanbieder sees it on its list: the new end, the reason, and the new contact person.
  const context = await browser.newContext();
  const a = await context.newPage();
  await ingelogdAls(a, "medewerker@aanbieder.example");
  await a.goto("/aanbieder/toewijzingen");
  const rij = a.getByRole("row").filter({ hasText: nummer });
  await expect(rij).toContainText(`tot en met ${nl(plusDagen(vandaag, 14))}`);
  await expect(rij.getByRole("list", { name: `Wijzigingen door de gemeente (${nummer})` })).toContainText(
    `De gemeente beëindigt deze toewijzing: eindigt op ${nl(plusDagen(vandaag, 14))}`,
  );
  await expect(rij).toContainText("Lotte verhuist naar Deventer.");
  await expect(rij).toContainText(wmo);
  expect(await a.content()).not.toContain(bsn);
  await expectNoAxeViolations(a);

  // And by e-mail, naming the contact person, without the BSN or the inwoner's name.
  await a.goto("/dev/mail");
  await a
    .getByRole("row")
    .filter({ hasText: `Beëindigd door de gemeente: toewijzing ${nummer}` })
    .first()
    .getByRole("link")
    .click();
  await expect(a.getByText(/De gemeente beëindigt toewijzing TW-/)).toBeVisible();
  await expect(a.getByText(new RegExp(`contactpersoon van de gemeente: ${wmo}`))).toBeVisible();
  const mail = await a.locator("body").innerText();
  expect(mail).not.toContain(bsn);
  expect(mail).not.toContain(achternaam);
  await context.close();
});

test("portfolio and light ADL support are obligations of every product, not a search option (R-PRD-7); an old filter link still works", async ({
  page,
}) => {
  await page.goto("/producten");
  await expect(page.getByRole("heading", { level: 2, name: "Wat hoort bij elk traject?" })).toBeVisible();
  await expect(page.getByText(/^Portfolio\./)).toBeVisible();
  await expect(page.getByText(/^Lichte ADL-ondersteuning\./)).toBeVisible();
  // R-PRD-4: no more than the policy says about the eigen bijdrage.
  await expect(page.getByText("Voor een werkplek op trede 3 of 4 betaal je geen eigen bijdrage.", { exact: false })).toBeVisible();
  await expect(page.getByText("Werkt Mee is gratis")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The old link with the portfolio filter: all werkplekken, a friendly note, no filter to choose.
  await page.goto("/werkplekken?ontwikkelmogelijkheid=portfolio");
  await expect(
    page.getByText("Bij elke Werkt Mee-werkplek houd je een portfolio bij; daar hoef je niet op te zoeken.", { exact: false }),
  ).toBeVisible();
  await expect(page.getByLabel("Portfolio bijhouden")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A demo werkplek that used to list the portfolio as one of its options.
  const w = demoWerkplekken.find((x) => x.status === "GEPUBLICEERD" && (x.mogelijkheden as readonly string[]).includes("portfolio"))!;
  await page.goto(`/werkplekken/${w.slug}`);
  await expect(page.getByRole("heading", { level: 2, name: "Bij elke Werkt Mee-werkplek" })).toBeVisible();
  await expect(page.getByText(/^Lichte ADL-ondersteuning\./)).toBeVisible();
  await expect(page.getByText("Portfolio bijhouden.")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
