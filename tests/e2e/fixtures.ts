import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { inE2eDb } from "../fixtures/e2e-db";
import { E2E_AUTH_SECRET } from "./omgeving";

// Every page a journey visits gets an axe scan against WCAG 2.2 AA (and the A/AA levels below it).
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next.js streams the new <title> in; scan once it is there.
  await expect(page).toHaveTitle(/Apeldoorn Werkt Mee/);
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const samenvatting = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(samenvatting, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * next-auth's session cookie over plain http (the e2e server). Its name is also the salt of the
 * cookie's encryption.
 */
export const SESSIE_COOKIE = "authjs.session-token";

/**
 * Signs `email` in on this page's browser context without the sign-in form: the journeys that are
 * about something else start signed in (tests/e2e/inloggen.spec.ts keeps the real form). It does
 * what a completed sign-in does: marks the account active now in the e2e database (the idle limit
 * is kept there) (through tests/fixtures/e2e-db.ts) and sets the session cookie, a JWT made with the e2e server's AUTH_SECRET and
 * the current session version. No route of the product is involved.
 */
export async function ingelogdAls(page: Page, email: string): Promise<void> {
  const { baseURL } = test.info().project.use;
  await page.context().addCookies([await sessieCookie(email, baseURL!)]);
}

/** The session cookie `ingelogdAls` sets, for a `request` context (storageState) as well. */
export async function sessieCookie(email: string, baseURL: string) {
  const g = await inE2eDb("meldAan", email);
  if (!g) throw new Error(`ingelogdAls: geen actief account ${email} in de e2e-database`);
  // The same claims as the jwt callback in src/server/auth/config.ts.
  const waarde = await encode({
    token: { sub: g.id, name: g.naam, email: g.email, gid: g.id, rol: g.rol, aid: g.aanbiederId, sv: g.sessieVersie, begin: Date.now() },
    secret: E2E_AUTH_SECRET,
    salt: SESSIE_COOKIE,
    maxAge: 8 * 60 * 60,
  });
  const { hostname } = new URL(baseURL);
  return {
    name: SESSIE_COOKIE,
    value: waarde,
    domain: hostname,
    path: "/",
    expires: -1,
    httpOnly: true,
    secure: false,
    sameSite: "Lax" as const,
  };
}

type Fixtures = {
  /** `await ingelogdAls("beheerder@gemeente.example")`: the test's page is signed in. */
  ingelogdAls: (email: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  // Playwright's fixture callback is named `use`; it is no React hook.
  ingelogdAls: async ({ page }, geefDoor) => {
    await geefDoor((email) => ingelogdAls(page, email));
  },
});
export { expect };
