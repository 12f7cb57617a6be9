import { defineConfig } from "@playwright/test";
import basis from "./playwright.config";

// Operations tests (tests/ops): they start their own `next start` processes on the existing
// build, so there is no webServer here. Run after `next build` (npm test does).
export default defineConfig({
  ...basis,
  testDir: "tests/ops",
  retries: 0,
  timeout: 180_000,
  webServer: undefined,
  use: { ...basis.use },
});
