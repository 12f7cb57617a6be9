#!/usr/bin/env node
// node scripts/pg-database.mjs nieuw URL: drops the database in URL (if there) and creates it
// empty; `weg URL` only drops it. For the tests' throw-away databases.
import pg from "pg";

const [opdracht, url] = process.argv.slice(2);
if (!["nieuw", "weg"].includes(opdracht) || !url) {
  console.error("gebruik: node scripts/pg-database.mjs nieuw|weg postgresql://…/naam");
  process.exit(2);
}
const doel = new URL(url);
const naam = decodeURIComponent(doel.pathname.slice(1));
doel.pathname = "/postgres";
const c = new pg.Client({ connectionString: doel.toString() });
await c.connect();
const id = `"${naam.replaceAll('"', '""')}"`;
await c.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
if (opdracht === "nieuw") await c.query(`CREATE DATABASE ${id}`);
await c.end();
