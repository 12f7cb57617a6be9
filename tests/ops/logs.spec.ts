import { expect, test } from "@playwright/test";
import { DEMO_WACHTWOORD } from "../../prisma/data/demo-gebruikers";
import { demoInwoners } from "../../prisma/data/demo-inwoners";
import { databaseNaam, nieuweDatabase, startServer } from "./server";

const POORT = Number(process.env.OPS_PORT ?? 3113) + 6;

test(`the logs of requests touching inwoner data hold ids, never a BSN, name or e-mail (${databaseNaam})`, async ({ page }) => {
  const server = await startServer(POORT, nieuweDatabase("logs"));
  try {
    await page.goto(`${server.url}/inloggen`);
    await page.getByLabel("E-mailadres").fill("trajectregisseur@gemeente.example");
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_WACHTWOORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
    await page.goto(`${server.url}/gemeente/inwoners`);
    await page.getByLabel("Zoek op naam, geboortedatum of BSN").fill("El Amrani");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("link", { name: /Fatima El Amrani/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Fatima El Amrani/ })).toBeVisible();
    await page.getByRole("button", { name: "Toon BSN" }).click();
    await expect(page.getByText("999990007", { exact: true })).toBeVisible();
    // a request that fails is logged with its stack
    await page.goto(`${server.url}/gemeente/inwoners/bestaat-niet`);
  } finally {
    await server.stop();
  }

  const logs = server.logs();
  const tekst = server.regels.join("\n");
  const verboden = [
    "trajectregisseur@gemeente.example",
    "Tom Traject",
    ...demoInwoners.flatMap((i) => [i.bsn, i.voornamen, i.achternaam, ...(i.email ? [i.email] : [])]),
  ];
  for (const v of verboden) expect(tekst, `"${v}" staat in de logs`).not.toContain(v);

  const verzoeken = logs.filter((l) => l.msg === "verzoek");
  expect(verzoeken.length).toBeGreaterThan(5);
  expect(verzoeken.every((l) => typeof l.reqId === "string" && l.reqId.length >= 8)).toBe(true);
  // The inwoner's file and the shown BSN are processing activities: logged with request and user id.
  const verwerkingen = logs.filter((l) => l.msg === "verwerking");
  expect(verwerkingen.length).toBeGreaterThan(0);
  for (const v of verwerkingen) {
    expect(v.userId).toEqual(expect.any(String));
    expect(verzoeken.map((l) => l.reqId)).toContain(v.reqId);
  }
  expect(new Set(verwerkingen.map((v) => v.userId)).size).toBe(1);
});
