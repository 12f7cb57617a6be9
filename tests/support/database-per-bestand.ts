import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";

// Vitest setup file of the integration tests (vitest.config.mts, project "integratie"): runs before
// each test file's imports. It makes the file's own database (./database.ts) and sets DATABASE_URL,
// and gives the file its own mail outbox, so that the test file may import server modules
// statically. Unit tests (src/**) do not get this file: they pay for no database.

process.env.MAIL_OUTBOX_DIR ??= `var/test/outbox-${randomUUID()}`;
const { testDatabase } = await import("./database");

afterAll(async () => {
  await testDatabase.opruimen();
});
