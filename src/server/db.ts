import "server-only";
import { env } from "./env";
import { maakPrismaClient, zetSqlitePragmas } from "./prisma-client";

function createClient() {
  const client = maakPrismaClient(env.DATABASE_URL);
  void zetSqlitePragmas(client);
  return client;
}

// One client per server process (Next.js dev reloads modules; keep the client on globalThis).
const globalForDb = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };
export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.prisma = db;

/** Prisma's unique-constraint error: a concurrent request got there first. */
export function isUniekFout(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}
