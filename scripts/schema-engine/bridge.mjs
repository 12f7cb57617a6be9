#!/usr/bin/env node
// A stand-in for Prisma's native schema-engine binary, built on the WebAssembly schema engine
// published on npm. Prisma's CLI spawns it exactly like the native binary:
//   bridge --datamodels <file>… --datasource <json> [cli <command>]
// Without `cli` it speaks JSON-RPC 2.0 over stdin/stdout, one object per line; logs go to
// stderr as JSON lines. See docs/decisions/0001-prisma-offline-schema-engine.md.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { adapterFactoryFor, isPostgresUrl, sqliteFilePath } from "./adapters.mjs";
import { ensureMigrationsTable, resetDatabase } from "./database.mjs";

const require = createRequire(import.meta.url);
const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(wasmPath), "package.json"), "utf8"));

function log(level, message, extra = {}) {
  process.stderr.write(JSON.stringify({ level, target: "schema_engine::logger", fields: { message, ...extra } }) + "\n");
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") args.version = true;
    else if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "cli") args.cli = argv[++i];
    else if (a.startsWith("--")) i++; // flags we do not need (preview features, extension types)
  }
  return args;
}

// The wasm module reports a Rust panic's message here before it traps.
let lastPanic = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (lastPanic = message) };

async function loadEngine(datamodels, url) {
  const bytes = fs.readFileSync(wasmPath);
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  const files = datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactoryFor(url));
  const onLog = (line) => process.stderr.write((typeof line === "string" ? line : JSON.stringify(line)) + "\n");
  // An empty list makes the engine panic on diff; "no schema" is spelled undefined.
  return glue.SchemaEngine.new({ datamodels: files.length ? files : undefined }, onLog, adapter);
}

async function runCli(command, url) {
  const postgres = isPostgresUrl(url);
  const file = postgres ? null : sqliteFilePath(url);
  if (command === "can-connect-to-database") {
    if (file && !fs.existsSync(file)) {
      log("ERROR", `Database \`${path.basename(file)}\` does not exist`, { error_code: "P1003" });
      return 1;
    }
    if (postgres) await new (await import("pg")).default.Client({ connectionString: url }).connect().then((c) => c.end());
    return 0;
  }
  if (command === "create-database") {
    if (file) {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.closeSync(fs.openSync(file, "a"));
      return 0;
    }
    log("ERROR", "Creating a PostgreSQL database is left to its administrator", { error_code: "P1003" });
    return 1;
  }
  if (command === "drop-database") {
    if (file && fs.existsSync(file)) fs.rmSync(file);
    return file ? 0 : 1;
  }
  log("ERROR", `Unknown cli command ${command}`);
  return 1;
}

const TABLE_METHODS = new Set([
  "applyMigrations",
  "diagnoseMigrationHistory",
  "devDiagnostic",
  "markMigrationApplied",
  "markMigrationRolledBack",
]);

async function serve(args) {
  const url = args.datasource?.url;
  log("INFO", "Starting the WebAssembly schema engine bridge"); // the CLI skips the first line
  const engine = await loadEngine(args.datamodels, url);
  let nextPrintId = 1_000_000;
  const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...msg }) + "\n");
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const msg = JSON.parse(line);
    if (!msg.method) continue; // the CLI's answer to our print request
    try {
      if (TABLE_METHODS.has(msg.method)) await ensureMigrationsTable(url); // (1)
      let result;
      if (msg.method === "reset" && !isPostgresUrl(url))
        result = await resetDatabase(url); // (3)
      else if (msg.method === "getDatabaseVersion") result = await engine.version(msg.params ?? null);
      else if (typeof engine[msg.method] === "function") result = await engine[msg.method](msg.params ?? {});
      else throw new Error(`Method ${msg.method} is not supported by the schema engine bridge`);
      if (msg.method === "diff" && result?.stdout) {
        send({ id: nextPrintId++, method: "print", params: { content: result.stdout } }); // (6)
        result = { ...result, stdout: null };
      }
      send({ id: msg.id, result: result ?? null });
    } catch (error) {
      const data = typeof error === "object" && error !== null ? error : { message: String(error) };
      const panic = lastPanic;
      lastPanic = null;
      const message = panic ?? data.message ?? String(error);
      send({
        id: msg.id,
        error: {
          code: 4466,
          message: "An error happened. Check the data field for details.",
          data: { is_panic: Boolean(panic ?? data.is_panic), message, error_code: data.error_code ?? data.errorCode, meta: data.meta },
        },
      });
    }
  }
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  console.log(`schema-engine-cli ${pkg.version.split("-").pop()} (wasm bridge)`);
} else if (args.cli) {
  log("INFO", `Running ${args.cli}`); // the CLI skips the first stderr line
  process.exitCode = await runCli(args.cli, args.datasource?.url ?? "");
} else {
  await serve(args);
}
