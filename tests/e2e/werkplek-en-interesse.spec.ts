import { aanbiederNaam, gepubliceerd } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const werkplek = gepubliceerd.find((w) => w.treden.includes(3) && w.treden.includes(4)) ?? gepubliceerd[0]!;

test.describe("Werkplek bekijken en interesse tonen", () => {
  test("the detail page shows what an inwoner needs to decide", async ({ page }) => {
    await page.goto(`/werkplekken/${werkplek.slug}?postcode=7311`);
    await expect(page.getByRole("heading", { level: 1, name: werkplek.titel })).toBeVisible();
    await expect(page.getByText(`${aanbiederNaam(werkplek.aanbieder)} · ${werkplek.plaats}`)).toBeVisible();
    await expect(page.getByText(/km van 7311/)).toBeVisible();
    for (const kop of [
      "Over deze werkplek",
      "Wat ga je doen?",
      "Trede en ontwikkeling",
      "Begeleiding",
      "Dagen en tijden",
      "Adres en toegankelijkheid",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: kop })).toBeVisible();
    }
    // R-PRD-6: the kind of begeleiding follows from the trede.
    if (werkplek.treden.includes(3))
      await expect(page.getByText("Op trede 3 is je begeleider op de werkplek en dichtbij.", { exact: false })).toBeVisible();
    if (werkplek.treden.includes(4)) await expect(page.getByText("Je begeleider is op afstand", { exact: false })).toBeVisible();
    await expect(page.getByText(werkplek.toegankelijkheid)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the interest form explains every error and keeps what was typed", async ({ page }) => {
    await page.goto(`/werkplekken/${werkplek.slug}`);
    await page.getByRole("link", { name: "Ik heb interesse" }).click();
    await page.getByLabel("Naam").fill("Sanne de Vries");
    await page.getByLabel("E-mailadres").fill("geen-mailadres");
    await page.getByLabel("Jouw postcode").fill("12");
    await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();

    const overzicht = page.getByRole("alert").filter({ hasText: "Controleer het formulier" });
    await expect(overzicht).toBeVisible();
    await expect(overzicht.getByRole("link", { name: /geldig e-mailadres/ })).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Jouw postcode")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Geef toestemming, anders kunnen we je niet bellen of mailen.").first()).toBeVisible();
    await expect(page.getByLabel("Naam")).toHaveValue("Sanne de Vries");
    await expectNoAxeViolations(page);
  });

  test("a valid request is stored and confirmed with what happens next", async ({ page }) => {
    await page.goto(`/werkplekken/${werkplek.slug}`);
    await page.getByLabel("Naam").fill("Sanne de Vries");
    await page.getByLabel("Telefoonnummer").fill("06 12345678");
    await page.getByLabel("Jouw postcode").fill("7311 ab");
    await page.getByLabel("Bericht (niet verplicht)").fill("Ik werk graag buiten.");
    await page.getByLabel(/Ik geef de gemeente Apeldoorn toestemming/).check();
    await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Bedankt, je interesse is verstuurd" })).toBeVisible();
    await expect(page.getByText(/Je kenmerk is AWM-[A-Z2-9]{8}\./)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wat gebeurt er nu?" })).toBeVisible();
    await expect(page).toHaveTitle("Je interesse is verstuurd | Apeldoorn Werkt Mee");
    await expectNoAxeViolations(page);
  });
});

test.describe("zonder JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search and the interest form work without JavaScript", async ({ page }) => {
    await page.goto("/werkplekken");
    await page.getByLabel("Jouw postcode").fill("7311");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page.getByText(/Gesorteerd op afstand vanaf 7311/)).toBeVisible();

    await page.goto(`/werkplekken/${werkplek.slug}`);
    await page.getByLabel("Naam").fill("Piet Jansen");
    await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();
    await expect(page.getByText("Vul je e-mailadres of je telefoonnummer in", { exact: false }).first()).toBeVisible();
    await expect(page.getByLabel("Naam")).toHaveValue("Piet Jansen");

    await page.getByLabel("E-mailadres").fill("piet@example.nl");
    await page.getByLabel("Jouw postcode").fill("7331");
    await page.getByLabel(/Ik geef de gemeente Apeldoorn toestemming/).check();
    await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();
    await expect(page.getByText(/Je kenmerk is AWM-/)).toBeVisible();
  });
});
