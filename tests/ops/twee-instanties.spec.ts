import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { demoAanbieders } from "../../prisma/data/demo-aanbieders";
import { nieuweDatabase, opPostgres, schrijf, sql, startNginx, startServer, stuurInteresse, type Nginx, type Server } from "./server";
import { toIsoDate, vandaagInNederland } from "../../src/domain/kalender";

// Two `next start` processes on one PostgreSQL database and one AUTH_SECRET, sharing no folder
// (photos are in the database, docs/decisions/0039), behind nginx with the portal's edge
// (deploy/nginx), the way production runs. The browser talks to nginx only; nginx sends the
// requests to the instances in turn, and the test checks that both served the journey. Doubles as the PostgreSQL smoke journey: search, sign in,
// issue a toewijzing.
const POORT = Number(process.env.OPS_PORT ?? 3113) + 4;
const vandaag = toIsoDate(vandaagInNederland());

test.describe("two instances behind one PostgreSQL database", () => {
  test.skip(!opPostgres, "alleen met PostgreSQL (TEST_DATABASE_URL)");
  test.setTimeout(90_000);
  let a: Server;
  let b: Server;
  let n: Nginx;
  let url: string;

  test.beforeAll(async () => {
    url = nieuweDatabase("twee");
    const gedeeld = {
      INTERESSE_RATE_LIMIT: "3",
      TRUSTED_PROXIES: "127.0.0.1",
      APP_URL: `http://localhost:${POORT + 3}`,
    };
    [a, b] = await Promise.all([startServer(POORT, url, gedeeld), startServer(POORT + 1, url, gedeeld)]);
    n = await startNginx(POORT + 3, POORT, POORT + 1);
  });
  test.afterAll(async () => {
    await n?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
  });

  /** How many requests each instance served (its "verzoek" log lines) since `voor`. */
  const verzoeken = (s: Server) => s.logs().filter((l) => l.msg === "verzoek").length;
  let voorA = 0;
  let voorB = 0;
  test.beforeEach(() => {
    voorA = verzoeken(a);
    voorB = verzoeken(b);
  });
  test.afterEach(() => {
    expect(verzoeken(a) - voorA, "requests served by instance A").toBeGreaterThan(0);
    expect(verzoeken(b) - voorB, "requests served by instance B").toBeGreaterThan(0);
  });

  async function inloggen(page: Page, basis: string, email: string, wachtwoord = DEMO_WACHTWOORD) {
    await page.goto(`${basis}/inloggen`);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
    await page.getByRole("button", { name: "Inloggen" }).click();
  }

  test("search, sign in on one and continue on the other, issue a toewijzing", async ({ page }) => {
    // Search.
    await page.goto(`${n.url}/werkplekken?branche=kringloop-en-duurzaamheid&postcode=7311AB&afstand=10`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/werkplek(ken)? gevonden/).first()).toBeVisible();

    // Sign in and continue: nginx sends each request to the next instance.
    await inloggen(page, n.url, "trajectregisseur@gemeente.example");
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
    await page.goto(`${n.url}/gemeente/inwoners`);
    await expect(page.getByRole("heading", { level: 1, name: "Inwoners" })).toBeVisible();

    // Find the inwoner, open her file, issue the toewijzing.
    // Ria (trede 3, no ontwikkeltraject in the demo data) can get an ontwikkeling naar trede 4.
    await page.getByLabel("Zoek op naam, geboortedatum of BSN").fill("Hendriks");
    await page.getByRole("button", { name: "Zoeken" }).click();
    const dossier = await page.getByRole("link", { name: /Ria Hendriks/ }).getAttribute("href");
    await page.goto(`${n.url}${dossier}`);
    await expect(page.getByRole("heading", { level: 1, name: /Ria Hendriks/ })).toBeVisible();
    const afgeven = await page.getByRole("link", { name: "Toewijzing afgeven" }).getAttribute("href");
    await schrijf(
      url,
      `INSERT INTO "Tarief" ("id", "productCode", "jaar", "bedragCent", "createdAt", "updatedAt")
       VALUES ('ops-ontw4-${vandaag.slice(0, 4)}', 'ONTW_4', ${vandaag.slice(0, 4)}, 250000, now(), now()) ON CONFLICT DO NOTHING`,
    );
    await page.goto(`${n.url}${afgeven}`);
    const optie = page
      .getByLabel("Product")
      .locator("option")
      .filter({ hasText: /^Ontwikkeling naar trede 4( \(|$)/ });
    await page.getByLabel("Product").selectOption((await optie.getAttribute("value"))!);
    await page.getByLabel("Aanbieder", { exact: true }).selectOption({ label: "Kringloopwinkel De Schakel" });
    await page.getByLabel("Startdatum").fill(vandaag);
    await page.getByRole("button", { name: "Toewijzing afgeven" }).click();
    await expect(page.getByRole("status").filter({ hasText: /De toewijzing TW-\d{4}-\d{6} is afgegeven/ })).toBeVisible();
    const nummer = (await page.getByRole("status").textContent())!.match(/TW-\d{4}-\d{6}/)![0];

    // Both instances know it, and signing out on one ends the session on the other.
    await page.goto(`${n.url}${dossier}`);
    await expect(page.getByText(nummer).first()).toBeVisible();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByText("Je bent uitgelogd")).toBeVisible();
    await page.goto(`${n.url}/gemeente/inwoners`);
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test("failed sign-ins are counted across both instances", async ({ page }) => {
    for (let i = 0; i < 5; i++) {
      await inloggen(page, n.url, "teammanager@gemeente.example", "niet het goede wachtwoord");
      await expect(page.getByRole("alert").first()).toBeVisible();
    }
    await inloggen(page, n.url, "teammanager@gemeente.example");
    await expect(page.getByText(/Te veel mislukte pogingen/)).toBeVisible();
    await inloggen(page, n.url, "teammanager@gemeente.example");
    await expect(page.getByText(/Te veel mislukte pogingen/)).toBeVisible();
  });

  test("the interest rate limit counts across both instances", async () => {
    const html = await (await fetch(`${n.url}/werkplekken`)).text();
    const slug = /href="\/werkplekken\/([a-z0-9-]+)"/.exec(html)![1]!;
    const velden = { naam: "Twee Instanties", email: "", telefoon: "0612345678", postcode: "7311AA", toestemming: "ja" };
    const uitkomsten = [];
    // Each a different request: a repeat of the same one would be one aanvraag (ADR 0013), not a new one.
    for (const i of [0, 1, 2, 3]) uitkomsten.push(await stuurInteresse(n.url, slug, { ...velden, bericht: `Aanvraag ${i + 1}` }));
    expect(uitkomsten.slice(0, 3).every(Boolean)).toBe(true);
    expect(uitkomsten[3]).toBeNull(); // the fourth is over the limit of 3 that A and B share
  });

  test("a photo uploaded on one instance is served by the other", async ({ page }) => {
    await inloggen(page, n.url, "beheerder@aanbieder.example");
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
    const [{ id }] = (await sql<{ id: string }>(
      url,
      `SELECT w."id" FROM "Werkplek" w JOIN "Aanbieder" a ON a."id" = w."aanbiederId"
       WHERE a."slug" = '${demoAanbieders[0]!.slug}' AND w."status" = 'GEPUBLICEERD' ORDER BY w."titel" LIMIT 1`,
    )) as [{ id: string }];
    const pad = `/aanbieder/werkplekken/${id}`;
    await page.goto(`${n.url}${pad}`);
    const foto = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#36a" } })
      .png()
      .toBuffer();
    await page
      .getByLabel("Nieuwe foto toevoegen (niet verplicht)")
      .setInputFiles({ name: "twee.png", mimeType: "image/png", buffer: foto });
    await page.getByLabel("Beschrijving van de nieuwe foto").fill("Gemaakt op instantie A");
    await page.getByRole("button", { name: "Opslaan en indienen voor controle" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tot de goedkeuring blijft de huidige versie" })).toBeVisible();
    await page.goto(`${n.url}${pad}`);
    const img = page.locator('img[src^="/fotos/"]').first();
    await expect(img).toBeVisible();
    const src = (await img.getAttribute("src"))!;
    for (const s of [a, b]) {
      const antwoord = await page.request.get(`${s.url}${src}`); // each instance directly
      expect(antwoord.status()).toBe(200);
      expect(antwoord.headers()["content-type"]).toBe("image/jpeg");
    }
  });
});
