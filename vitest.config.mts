import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    // A migrated database per file: its setup takes longer than 10 s on a busy 2-core machine.
    hookTimeout: 60_000,
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses.
    server: { deps: { inline: ["next-auth"] } },
    // Two kinds of test file, told apart by path: unit tests need no database; each integration
    // test file gets its own (the setup file makes it before the file's imports are evaluated).
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "deploy/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integratie",
          include: ["tests/integration/**/*.test.ts"],
          // One migrated template database per run, which every test file copies.
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-per-bestand.ts"],
        },
      },
    ],
  },
});
