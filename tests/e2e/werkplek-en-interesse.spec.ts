import type { Page } from "@playwright/test";
import { inE2eDb } from "../fixtures/e2e-db";
import { aanbiederNaam, gepubliceerd } from "../support/demo-oracle";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const werkplek = gepubliceerd.find((w) => w.treden.includes(3) && w.treden.includes(4)) ?? gepubliceerd[0]!;

/** Defect 11: what people read never shows a rule id like R-WP-5; those stay in code and tests. */
async function zonderRegelIds(page: Page) {
  expect(await page.locator("body").innerText()).not.toMatch(/\bR-[A-Z]{2,4}(-\d+)?\b/);
}

function aantalAanvragen(naam: string): Promise<number> {
  return inE2eDb("aantalInteresses", naam);
}

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
    await zonderRegelIds(page);
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
    // Focus moves to the confirmation, not the page body (issue 10).
    await expect(page.getByRole("heading", { level: 1, name: "Bedankt, je interesse is verstuurd" })).toBeFocused();
    await expect(page.getByText(/Je kenmerk is AWM-[A-Z2-9]{8}\./)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wat gebeurt er nu?" })).toBeVisible();
    await expect(page).toHaveTitle("Je interesse is verstuurd | Apeldoorn Werkt Mee");
    await zonderRegelIds(page);
    await expectNoAxeViolations(page);
  });

  test("sending the same request again gives the same kenmerk and one aanvraag (defect 10)", async ({ page }) => {
    const naam = `Eva Nogmaals ${String(Date.now()).slice(-6)}`;
    const kenmerken: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.goto(`/werkplekken/${werkplek.slug}`);
      await page.getByLabel("Naam").fill(naam);
      await page.getByLabel("E-mailadres").fill("eva@example.nl");
      await page.getByLabel("Jouw postcode").fill("7311");
      await page.getByLabel(/Ik geef de gemeente Apeldoorn toestemming/).check();
      await page.getByRole("button", { name: "Verstuur mijn interesse" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Bedankt, je interesse is verstuurd" })).toBeVisible();
      kenmerken.push((await page.getByText(/Je kenmerk is/).textContent())!.match(/AWM-[A-Z2-9]{8}/)![0]);
    }
    expect(kenmerken[1]).toBe(kenmerken[0]);
    expect(await aantalAanvragen(naam)).toBe(1);
  });

  test("the products page shows no rule ids (defect 11)", async ({ page }) => {
    await page.goto("/producten");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await zonderRegelIds(page);
  });
});

test.describe("defect 4: a crafted server-action request", () => {
  test.use({ javaScriptEnabled: false });

  test("a replaced bound slug or a payload that is not a form gets a clear answer, never a 500, and stores nothing", async ({ page }) => {
    await page.goto(`/werkplekken/${werkplek.slug}`);
    const adres = page.url();
    const origin = new URL(adres).origin;
    // What the page gives a browser without JavaScript: the action's id and its bound arguments
    // (the slug, then the form's first state) in hidden fields.
    const formulier = page.locator("form").filter({ has: page.getByRole("button", { name: "Verstuur mijn interesse" }) });
    const verborgen = await formulier
      .locator('input[type="hidden"]')
      .evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value] as [string, string]));
    const gebonden = verborgen.find(([n, v]) => n.startsWith("$ACTION_") && !n.startsWith("$ACTION_REF_") && v.startsWith("["));
    const referentie = verborgen.find(([, v]) => v.includes('"bound"'));
    expect(gebonden, JSON.stringify(verborgen)).toBeTruthy();
    expect(JSON.parse(gebonden![1])[0]).toBe(werkplek.slug);
    const actieId = (JSON.parse(referentie![1]) as { id: string }).id;

    const naam = `Niemand Genoemd ${String(Date.now()).slice(-6)}`;
    const velden = { naam, email: "niemand@example.nl", telefoon: "", postcode: "7311", bericht: "", toestemming: "ja", website: "" };
    for (const slug of [{ contains: "" }, 123, null, ["a"]]) {
      const argumenten = JSON.parse(gebonden![1]) as unknown[];
      argumenten[0] = slug;
      const r = await page.request.post(adres, {
        headers: { Origin: origin },
        multipart: { ...Object.fromEntries(verborgen), [gebonden![0]]: JSON.stringify(argumenten), ...velden },
      });
      expect(r.status(), JSON.stringify(slug)).toBeLessThan(500);
      expect(await r.text(), JSON.stringify(slug)).toContain("Deze werkplek is niet meer beschikbaar");
    }
    // The same action called the way JavaScript calls it, with arguments that are not a form.
    for (const argumenten of [
      [werkplek.slug, null, 123],
      [{ contains: "" }, null, "naam=x"],
      [werkplek.slug, null, null],
    ]) {
      const r = await page.request.post(adres, {
        headers: { Origin: origin, "Next-Action": actieId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
        data: JSON.stringify(argumenten),
      });
      expect(r.status(), JSON.stringify(argumenten)).toBeLessThan(500);
    }
    expect(await aantalAanvragen(naam)).toBe(0);
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
