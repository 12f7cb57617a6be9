import { Secret, TOTP } from "otpauth";
import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { aanbiederNaamVan, maakAccount } from "../fixtures/accounts";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";

async function wachtwoordStap(page: Page, email: string, wachtwoord: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

const code = (geheim: string, verschuiving = 0) =>
  new TOTP({ secret: Secret.fromBase32(geheim), digits: 6, period: 30 }).generate({ timestamp: Date.now() + verschuiving });

test.describe("Inloggen", () => {
  test("a new account enrols TOTP, keeps recovery codes, and then needs a code every time", async ({ page }) => {
    const a = await maakAccount({ rol: "AANBIEDER_BEHEERDER", aanbieder: "eerste" });
    await wachtwoordStap(page, a.email, a.wachtwoord);

    await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
    await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
    await expectNoAxeViolations(page);
    const geheim = (await page.locator("[data-totp-geheim]").textContent())!.replaceAll(" ", "");
    await page.getByLabel("Code uit je app").fill("000000");
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
    await page.getByLabel("Code uit je app").fill(code(geheim));
    await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();

    await expect(page.getByRole("heading", { name: "Bewaar je herstelcodes" })).toBeVisible();
    const herstelcodes = await page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem").allTextContents();
    expect(herstelcodes).toHaveLength(10);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: aanbiederNaamVan(a.id) })).toBeVisible();
    await expect(page.getByRole("table", { name: /Werkplekken van/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByText("Je bent uitgelogd, op al je apparaten.")).toBeVisible();

    // Next time: password, then a code; a recovery code works exactly once.
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await expect(page.getByRole("heading", { name: "Vul je code in" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Code").fill(herstelcodes[0]!);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByRole("heading", { level: 1, name: aanbiederNaamVan(a.id) })).toBeVisible();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await page.getByLabel("Code").fill(herstelcodes[0]!);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
    // The code of the next 30 seconds: the one used at enrolment is spent (RFC 6238 §5.2).
    const volgende = code(geheim, 30_000);
    await page.getByLabel("Code").fill(volgende);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByRole("heading", { level: 1, name: aanbiederNaamVan(a.id) })).toBeVisible();

    // An app code works once: replaying it is refused.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await page.getByLabel("Code").fill(volgende);
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  });

  test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
    await wachtwoordStap(page, "niemand@test.example", "een lang maar fout wachtwoord");
    await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of het wachtwoord klopt niet." })).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue("niemand@test.example");
    await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(page);
  });

  test("after 5 failures the account is throttled, even for the right password", async ({ page }) => {
    const a = await maakAccount({ rol: "CENTRUM" });
    for (let i = 0; i < 5; i++) {
      await wachtwoordStap(page, a.email, `fout wachtwoord nummer ${i}`);
      await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of het wachtwoord klopt niet." })).toBeVisible();
    }
    await wachtwoordStap(page, a.email, a.wachtwoord);
    await expect(page.getByRole("alert").filter({ hasText: "Te veel mislukte pogingen. Wacht 15 minuten" })).toBeVisible();
  });

  test("signing out ends the session everywhere, and pages check it on the server", async ({ browser }) => {
    const eerste = await browser.newPage();
    const tweede = await browser.newPage();
    for (const p of [eerste, tweede]) {
      await wachtwoordStap(p, "medewerker@aanbieder.example", DEMO_WACHTWOORD);
      await expect(p.getByRole("heading", { level: 1 })).not.toHaveText("Inloggen");
      await expect(p).toHaveURL(/\/aanbieder$/);
    }
    await eerste.getByRole("button", { name: "Uitloggen" }).click();
    await expect(eerste.getByText("Je bent uitgelogd")).toBeVisible();
    await tweede.goto("/aanbieder");
    await expect(tweede).toHaveURL(/\/inloggen$/);
    await eerste.close();
    await tweede.close();
  });

  test("a role without the permission does not get the aanbieder pages", async ({ page }) => {
    await wachtwoordStap(page, "wmo-consulent@gemeente.example", DEMO_WACHTWOORD);
    await expect(page).toHaveURL(/\/gemeente$/);
    await expect(page.getByText(/nieuwe aanvra/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/aanbieder");
    await expect(page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
  });
});
