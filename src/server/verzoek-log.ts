import "server-only";
import { headers } from "next/headers";
import { log } from "./log";

// The logger for code that runs inside a request: every line carries the request id the proxy
// set (x-request-id) and, once src/server/auth/huidige-gebruiker.ts has recognised the caller, the user id.

const MAX_ONTHOUDEN = 2000;
const gebruikerPerVerzoek = new Map<string, string>();

async function verzoekId(): Promise<string | null> {
  try {
    return (await headers()).get("x-request-id");
  } catch {
    return null; // outside a request (a script or the seed)
  }
}

/** Remembers who made the current request, for the log lines that follow. */
export async function onthoudGebruiker(gebruikerId: string): Promise<void> {
  const id = await verzoekId();
  if (!id) return;
  gebruikerPerVerzoek.set(id, gebruikerId);
  if (gebruikerPerVerzoek.size > MAX_ONTHOUDEN) gebruikerPerVerzoek.delete(gebruikerPerVerzoek.keys().next().value!);
}

export function gebruikerVanVerzoek(reqId: string | null | undefined): string | undefined {
  return reqId ? gebruikerPerVerzoek.get(reqId) : undefined;
}

/**
 * A child logger with reqId and userId of the current request (plain `log` outside one). A caller
 * that knows the user better (sign-in, before the session exists) passes the id.
 */
export async function verzoekLog(gebruikerId?: string | null) {
  const reqId = await verzoekId();
  const userId = gebruikerId ?? (reqId ? gebruikerPerVerzoek.get(reqId) : undefined);
  if (!reqId && !userId) return log;
  return log.child({ ...(reqId ? { reqId } : {}), ...(userId ? { userId } : {}) });
}
