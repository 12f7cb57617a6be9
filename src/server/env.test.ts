import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

// Issue 23: several instances on PostgreSQL must sign sessions with one secret; SQLite stays zero-setup.

const PG = "postgresql://werktmee@db.intern:5432/werktmee";

describe("AUTH_SECRET with PostgreSQL in production", () => {
  it("stops the start with a Dutch message naming AUTH_SECRET when it is missing", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: PG })).toThrow(/AUTH_SECRET: is verplicht in productie met PostgreSQL/);
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, AUTH_SECRET: "" })).toThrow(/AUTH_SECRET/);
  });

  it("starts with it set", () => {
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, AUTH_SECRET: "s3cr3t" }).AUTH_SECRET).toBe("s3cr3t");
  });

  it("needs none on SQLite (production too) or outside production", () => {
    expect(parseEnv({ NODE_ENV: "production" }).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: "file:./data/werktmee.db" }).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "development", DATABASE_URL: PG }).AUTH_SECRET).toBeUndefined();
  });
});

describe("METRICS_TOKEN", () => {
  it("is off by default and refuses a short token by name", () => {
    expect(parseEnv({}).METRICS_TOKEN).toBeUndefined();
    expect(() => parseEnv({ METRICS_TOKEN: "kort" })).toThrow(/METRICS_TOKEN: moet minstens 16 tekens lang zijn/);
    expect(parseEnv({ METRICS_TOKEN: "x".repeat(32) }).METRICS_TOKEN).toBe("x".repeat(32));
  });
});
