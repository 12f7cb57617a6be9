import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

// Every page a journey visits gets an axe scan against WCAG 2.2 AA (and the A/AA levels below it).
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next.js streams the new <title> in; scan once it is there.
  await expect(page).toHaveTitle(/Apeldoorn Werkt Mee/);
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const samenvatting = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(samenvatting, `axe violations on ${page.url()}`).toEqual([]);
}

export const test = base;
export { expect };
