// Driver-adapter factories for the WebAssembly schema engine, with the workarounds it needs.
// See docs/decisions/0001-prisma-offline-schema-engine.md for each numbered defect.
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const MULTI_STATEMENT = /more than one statement|cannot insert multiple commands/i;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** (2) Migration files hold several statements; prepared statements refuse them. */
function withScriptFallback(queryable, scriptRunner) {
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && MULTI_STATEMENT.test(String(error?.message ?? error?.cause?.message ?? ""))) {
        await scriptRunner.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  if (typeof queryable.startTransaction === "function") {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => withScriptFallback(await startTransaction(...args), scriptRunner);
  }
  return queryable;
}

function patched(adapter) {
  return withScriptFallback(adapter, adapter);
}

/** (4) adapter-pg cannot map PostgreSQL's internal "char" type, used in catalog queries. */
function poolReadingCharAsText(config) {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool);
  pool.query = async (...args) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return pool;
}

function sqliteFactory(url) {
  const inner = new PrismaBetterSqlite3({ url });
  return {
    provider: "sqlite",
    adapterName: inner.adapterName,
    connect: async () => patched(await inner.connect()),
    connectToShadowDb: async () => patched(await inner.connectToShadowDb()),
  };
}

function postgresFactory(url) {
  const make = (connectionString) => new PrismaPg(poolReadingCharAsText({ connectionString }));
  const main = make(url);
  return {
    provider: "postgres",
    adapterName: main.adapterName,
    connect: async () => patched(await main.connect()),
    // (5) adapter-pg's own shadow database connects to the main database when a connection
    // string is given: create the temporary database and connect to it by its own URL.
    connectToShadowDb: async () => {
      const admin = await main.connect();
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = patched(await make(shadowUrl.toString()).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

export function adapterFactoryFor(url) {
  if (isPostgresUrl(url)) return postgresFactory(url);
  if (url.startsWith("file:")) return sqliteFactory(url);
  throw new Error(`Unsupported datasource URL scheme: ${url.split(":")[0]}`);
}

export function sqliteFilePath(url) {
  return url.replace(/^file:/, "").split("?")[0];
}
