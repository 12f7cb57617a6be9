// Settings of the e2e web server that the journeys need too (playwright.config.ts passes them on).

/** Signs the e2e server's sessions; tests/e2e/fixtures.ts makes session cookies with it. */
export const E2E_AUTH_SECRET = "e2e-geheim-alleen-voor-tests";
