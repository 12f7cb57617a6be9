import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";

// Vitest setup file of the integration tests (vitest.config.mts, project "integratie"): runs before
// each test file's imports. It makes the file's own database (./database.ts) and sets DATABASE_URL,
// and gives the file its own mail outbox, so that the test file may import server modules
// statically. Unit tests (src/**) do not get this file: they pay for no database.
//
// Settings are read once: src/server/env.ts parses process.env on the first read, and
// src/server/db.ts reads DATABASE_URL when it is imported. So once a test file imports server
// modules statically, a `process.env.X = …` in its beforeAll comes too late and is ignored. A test
// file reads the outbox the server writes to with `outboxMap()` (src/server/mail/mailer.ts), and
// sets any other setting in `vi.hoisted`, which runs before its imports.

// Only an outbox made here is removed afterwards, never one the caller's environment names.
const eigenOutbox = process.env.MAIL_OUTBOX_DIR ? null : `var/test/outbox-${randomUUID()}`;
if (eigenOutbox) process.env.MAIL_OUTBOX_DIR = eigenOutbox;
const { testDatabase } = await import("./database");

afterAll(async () => {
  await testDatabase.opruimen();
  if (eigenOutbox) fs.rmSync(eigenOutbox, { recursive: true, force: true });
});
