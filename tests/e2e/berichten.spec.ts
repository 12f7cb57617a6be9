import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Issue 13: the Berichten page of the back office and of an aanbieder. Upload of two files at
// once (one good WMO315 from the demo aanbieder, one broken) with a Dutch result per file; the
// verzoek answered with a WMO319 by keyboard only; the download of what is due as a zip.

const id = () => randomBytes(6).toString("hex").toUpperCase();
function wmo315(identificatie: string, referentie: string) {
  return fs
    .readFileSync("standards/iwmo-3.2/voorbeelden/WMO315.xml", "utf8")
    .replace("<wmo315:Afzender>42420001</wmo315:Afzender>", "<wmo315:Afzender>98107341</wmo315:Afzender>")
    .replace("0384", "0200")
    .replace("123456789012", identificatie)
    .replace("999900006", "999990007")
    .replace(
      /<wmo315:ReferentieAanbieder>4242000[12]<\/wmo315:ReferentieAanbieder>/g,
      `<wmo315:ReferentieAanbieder>${referentie}</wmo315:ReferentieAanbieder>`,
    )
    .replace(/<iwmo:Categorie>0[12]<\/iwmo:Categorie>/g, "<iwmo:Categorie>07</iwmo:Categorie>")
    .replace("ABCDE", "07W30")
    .replace("BCDEF", "07W40");
}

test("upload of a good and a broken message, an answer by keyboard, and the download of what is due", async ({ page, ingelogdAls }) => {
  await ingelogdAls("beheerder@gemeente.example");
  await page.goto("/gemeente");
  await page.getByRole("navigation", { name: "Menu gemeente" }).getByRole("link", { name: "Berichten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Berichten (iWmo)" })).toBeVisible();
  // The demo data's messages are due: the deadline list shows the gemeente's own (issue 21, item 17).
  const termijnen = page.getByRole("table", { name: "Berichten en antwoorden met een termijn" });
  await expect(termijnen).toContainText("WMO301 te verzenden");
  await expect(termijnen).not.toContainText("WMO305 te verzenden");
  await expectNoAxeViolations(page);

  const referentie = `VOT-${id()}`;
  const goed = wmo315(id(), referentie);
  await page.getByLabel("Berichten (XML-bestanden)").setInputFiles([
    { name: "goed-315.xml", mimeType: "application/xml", buffer: Buffer.from(goed) },
    { name: "kapot.xml", mimeType: "application/xml", buffer: Buffer.from(wmo315(id(), "X").replace(/<wmo315:Bsn>\d+<\/wmo315:Bsn>/, "")) },
  ]);
  await page.getByRole("button", { name: "Berichten inlezen" }).click();
  const uitkomst = page.getByRole("status").filter({ hasText: "Uitkomst per bestand" });
  await expect(uitkomst).toContainText("goed-315.xml: ingelezen");
  await expect(uitkomst).toContainText("kapot.xml: geweigerd");
  await expect(uitkomst).toContainText(/WMO315-schema, regel \d+, element Geboortedatum: dit element hoort hier niet; verwacht: Bsn/);
  await expect(page.getByText("1 van 2 bestanden ingelezen; 1 geweigerd. Zie de redenen per bestand.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The verzoek waits for an answer; "in onderzoek" by keyboard only.
  await page.reload();
  const formulier = page
    .locator("form")
    .filter({ has: page.getByRole("group", { name: `Antwoord op verzoek ${referentie}` }) })
    .first();
  await formulier.getByRole("radio", { name: "In onderzoek nemen" }).focus();
  await page.keyboard.press("Space");
  await expect(formulier.getByRole("radio", { name: "In onderzoek nemen" })).toBeChecked();
  await formulier.getByRole("button", { name: "WMO319 maken" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Het verzoek is in onderzoek genomen; de WMO319 staat klaar om te verzenden.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Download of what is due: one zip, then nothing is due any more.
  await page.reload();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download te verzenden berichten (zip)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^iwmo-berichten-\d{12}\.zip$/);
  const zip = fs.readFileSync((await download.path())!);
  expect(zip.subarray(0, 2).toString()).toBe("PK");
  for (const soort of ["WMO301_", "WMO319_0200_98107341_"]) expect(zip.includes(Buffer.from(soort))).toBe(true);
  // Only the gemeente's own messages: the aanbieder's start, stop and declaratie are its to send.
  for (const soort of ["WMO305_", "WMO307_", "WMO323_"]) expect(zip.includes(Buffer.from(soort))).toBe(false);
  await page.goto("/gemeente/berichten");
  await expect(page.getByText("Er staan 0 berichten klaar.")).toBeVisible();
  const log = page.getByRole("table", { name: "Alle berichten" });
  await expect(log).toContainText("WMO315 verzoek om toewijzing");
  await expect(log).toContainText("Verzonden");
  await expectNoAxeViolations(page);
  // A second download has nothing: a Dutch message, no empty zip.
  await page.getByRole("button", { name: "Download te verzenden berichten (zip)" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Er waren geen berichten te verzenden." })).toBeVisible();
  await expectNoAxeViolations(page);
  // The download address opened itself (a reload, a bookmark) is the Berichten page, not an empty 405.
  await page.goto("/gemeente/berichten/download");
  await expect(page).toHaveURL(/\/gemeente\/berichten$/);
  await expect(page.getByRole("heading", { level: 1, name: "Berichten (iWmo)" })).toBeVisible();
});

test("the aanbieder sees its own message log and deadlines; the gemeentecode in beheer", async ({ page, ingelogdAls }) => {
  await ingelogdAls("medewerker@aanbieder.example");
  await page.goto("/aanbieder");
  await page.getByRole("link", { name: "Berichten (iWmo) en termijnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Berichten (iWmo)" })).toBeVisible();
  const log = page.getByRole("table", { name: "Berichten van en aan jouw organisatie" });
  await expect(log).toContainText("WMO301");
  // The gemeente downloaded its messages in the test above; the aanbieder's own are still due.
  await expect(log.getByRole("row").filter({ hasText: "WMO305" }).first()).toContainText(/Te verzenden, uiterlijk/);
  await expectNoAxeViolations(page);

  await ingelogdAls("beheerder@gemeente.example");
  await page.goto("/gemeente/beheer/berichtenverkeer");
  await expect(page.getByLabel("Gemeentecode")).toHaveValue("0200");
  await page.getByLabel("Gemeentecode").fill("20");
  await page.getByRole("button", { name: "Gemeentecode opslaan" }).click();
  await expect(page.getByText("De gemeentecode bestaat uit 4 cijfers, bijvoorbeeld 0200 voor Apeldoorn.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Gemeentecode").fill("0200");
  await page.getByRole("button", { name: "Gemeentecode opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("De gemeentecode is 0200.");

  // Issue 21 item 9: the products' iWmo category is a choice from WMO020, the code is checked.
  await expect(page.getByRole("table", { name: "Producten met hun productcategorie en productcode" })).toContainText("07 Dagbesteding");
  await page.getByLabel("Product", { exact: true }).selectOption({ label: "Begeleiding groep intensief" });
  await page.getByLabel("Productcategorie (WMO020)").selectOption({ label: "09 Overige groepsgerichte ondersteuning" });
  await page.getByLabel("Productcode").fill("09-G3X");
  await page.getByRole("button", { name: "Codes opslaan" }).click();
  await expect(page.getByText("Een productcode heeft 1 tot 5 letters en cijfers, bijvoorbeeld 07W41.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const wijzig = async (categorie: string, code: string) => {
    await page.getByLabel("Product", { exact: true }).selectOption({ label: "Begeleiding groep intensief" });
    await page.getByLabel("Productcategorie (WMO020)").selectOption(categorie);
    await page.getByLabel("Productcode").fill(code);
    await page.getByRole("button", { name: "Codes opslaan" }).click();
  };
  await wijzig("09", "09g03");
  // The gemeentecode form above keeps its own status: each form's outcome is its own region.
  await expect(page.getByRole("status").filter({ hasText: "Begeleiding groep intensief heeft nu" })).toContainText(
    "Begeleiding groep intensief heeft nu productcategorie 09 Overige groepsgerichte ondersteuning en productcode 09G03.",
  );
  await wijzig("07", "07G03");
  await expect(page.getByRole("status").filter({ hasText: "Begeleiding groep intensief heeft nu" })).toContainText(
    "productcategorie 07 Dagbesteding en productcode 07G03",
  );
});
