import "server-only";
import { headers } from "next/headers";

/** The client's address as the reverse proxy reports it; only ever stored hashed. */
export async function clientAdres(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "onbekend";
}
