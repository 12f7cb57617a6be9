import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Nothing SQLite-only may enter the schema: its PostgreSQL copy must be current and valid.
describe("the PostgreSQL copy of the schema", () => {
  it("is generated from the canonical schema", () => {
    expect(() => execFileSync("node", ["scripts/generate-postgres-schema.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });
  it("is valid for PostgreSQL", () => {
    const uit = execFileSync("npx", ["prisma", "validate"], {
      env: { ...process.env, DATABASE_URL: "postgresql://werktmee@localhost:5432/werktmee" },
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(uit).toMatch(/prisma\/postgres\/schema\.prisma is valid/);
  }, 60_000);
});
