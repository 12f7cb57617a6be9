// The PostgreSQL side of the tests: TEST_DATABASE_URL names a server the tests may create and
// drop databases on (npm test starts a throw-away one when it can, scripts/test-postgres.sh).
export const PG_TEMPLATE = "werktmee_test_template";

/** TEST_DATABASE_URL when the tests run against PostgreSQL, otherwise null (SQLite). */
export function testPostgresUrl(): string | null {
  // The test runner's own setting, not the portal's: read directly.
  const url = process.env.TEST_DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

/** The same server, another database. */
export function postgresUrl(basis: string, database: string): string {
  const u = new URL(basis);
  u.pathname = `/${database}`;
  return u.toString();
}
