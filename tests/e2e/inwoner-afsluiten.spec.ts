import type { Page } from "@playwright/test";
import { willekeurigBsn } from "../fixtures/toewijzingen";
import { expect, expectNoAxeViolations, ingelogdAls, test } from "./fixtures";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// Issue 21 item 25: the contact person closes an inwoner with a reason (without JavaScript too),
// the dossier says so, the search leaves the inwoner out unless asked for, and a mistake is undone
// with "Inwoner heropenen".

const vandaag = toIsoDate(vandaagInNederland());
const nl = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

async function registreer(p: Page, achternaam: string) {
  await p.goto("/gemeente/inwoners/nieuw");
  await p.getByLabel("Voornamen").fill("Bram");
  await p.getByLabel("Achternaam").fill(achternaam);
  await p.getByLabel("BSN").fill(willekeurigBsn());
  await p.getByLabel("Geboortedatum").fill("1988-06-02");
  await p.getByLabel("Straat").fill("Hoofdstraat");
  await p.getByLabel("Huisnummer").fill("3");
  await p.getByLabel("Postcode").fill("7311 AB");
  await p.getByLabel("Woonplaats").fill("Apeldoorn");
  await p.getByLabel("Participatiewet-uitkering (bijstand)").check();
  await p.getByLabel("Huidige trede").selectOption("3");
  await p.getByRole("button", { name: "Inwoner registreren" }).click();
  await expect(p.getByRole("status").filter({ hasText: "De inwoner is geregistreerd." })).toBeVisible();
  return p.url().split("?")[0]!;
}

async function zoek(p: Page, q: string, ookAfgesloten = false) {
  await p.goto("/gemeente/inwoners");
  await p.getByLabel("Zoek op naam, geboortedatum of BSN").fill(q);
  if (ookAfgesloten) await p.getByLabel("Ook afgesloten inwoners tonen").check();
  await p.getByRole("button", { name: "Zoeken" }).click();
}

test("the contact person closes an inwoner with a reason, finds them only when asked, and reopens", async ({ page }) => {
  test.slow();
  const achternaam = `Afsluit${willekeurigBsn().slice(-5)}`;
  await ingelogdAls(page, "trajectregisseur@gemeente.example");
  const dossier = await registreer(page, achternaam);

  // The form checks the reason and asks for an explanation with "Anders", in Dutch, at the field.
  await page.locator("summary", { hasText: "Inwoner afsluiten" }).click();
  const form = page.getByRole("form", { name: "Inwoner afsluiten" });
  await form.getByRole("button", { name: "Inwoner afsluiten" }).click();
  await expect(form.getByRole("alert")).toContainText("Kies waarom de inwoner wordt afgesloten.");
  await expect(form.getByRole("alert")).toContainText("Vul de datum in waarop de inwoner uit het programma gaat.");
  await form.getByRole("radio", { name: "Anders" }).check();
  await form.getByLabel("Afgesloten per").fill(vandaag);
  await form.getByRole("button", { name: "Inwoner afsluiten" }).click();
  await expect(form.getByLabel("Toelichting (verplicht bij 'Anders')")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await form.getByLabel("Toelichting (verplicht bij 'Anders')").fill("Gaat naar Lucrato");
  await form.getByRole("button", { name: "Inwoner afsluiten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Afgesloten op ${nl(vandaag)} — Anders: Gaat naar Lucrato` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Toewijzing afgeven" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Out of the default search, with a word about it; in when asked for.
  await zoek(page, achternaam);
  await expect(page.getByRole("status").filter({ hasText: "1 afgesloten inwoner past ook bij deze zoekvraag." })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await zoek(page, achternaam, true);
  const rij = page.getByRole("row", { name: new RegExp(achternaam) });
  await expect(rij).toContainText(`Afgesloten op ${nl(vandaag)}`);
  await expectNoAxeViolations(page);

  // A mistake: reopen.
  await page.goto(dossier);
  await page.getByRole("button", { name: "Inwoner heropenen" }).click();
  await expect(page.locator("summary", { hasText: "Inwoner afsluiten" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Afgesloten op/ })).toHaveCount(0);
  await zoek(page, achternaam);
  await expect(page.getByRole("row", { name: new RegExp(achternaam) })).toContainText("In het programma");
});

test("closing works without JavaScript", async ({ browser, page }) => {
  test.slow();
  const achternaam = `Zonderjs${willekeurigBsn().slice(-5)}`;
  await ingelogdAls(page, "trajectregisseur@gemeente.example");
  const dossier = await registreer(page, achternaam);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await ingelogdAls(p, "trajectregisseur@gemeente.example");
  await p.goto(dossier);
  await p.locator("summary", { hasText: "Inwoner afsluiten" }).click();
  const form = p.getByRole("form", { name: "Inwoner afsluiten" });
  await form.getByLabel("Verhuisd naar een andere gemeente").check();
  await form.getByLabel("Afgesloten per").fill(vandaag);
  await form.getByRole("button", { name: "Inwoner afsluiten" }).click();
  await expect(
    p.getByRole("heading", { level: 2, name: `Afgesloten op ${nl(vandaag)} — Verhuisd naar een andere gemeente` }),
  ).toBeVisible();
  await context.close();
});
