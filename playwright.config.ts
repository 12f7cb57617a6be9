import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./tests/e2e/omgeving";

const port = Number(process.env.E2E_PORT ?? 3100);
// next-auth redirects to localhost: use it (not 127.0.0.1) or cookies are lost.
const baseURL = `http://localhost:${port}`;
// E2E_NGINX=1: the same tests through nginx (deploy/nginx) in front of two instances.
const doorNginx = process.env.E2E_NGINX === "1";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: doorNginx ? "bash scripts/e2e-nginx.sh" : "bash scripts/e2e-server.sh",
    url: `${baseURL}/werkplekken`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: {
      E2E_PORT: String(port),
      INTERESSE_RATE_LIMIT: "50",
      MAIL_VIEWER: "true",
      APP_URL: baseURL,
      MAIL_OUTBOX_DIR: "var/e2e/outbox",
      // No scheduled tasks during the journeys: what time brings is tested on its own.
      TAKEN_PLANNEN: "uit",
      AUTH_SECRET: E2E_AUTH_SECRET,
      // Every journey signs in from the same loopback address, like all users behind one proxy.
      INLOG_MAX_PER_ADRES: "1000",
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
