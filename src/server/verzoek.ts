import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADRES_HEADER } from "./klantadres";

let gewaarschuwd = false;

/**
 * The client's address, as decided from the socket and TRUSTED_PROXIES when the request arrived
 * (src/server/klantadres.ts, docs/decisions/0012). Only ever stored hashed. X-Forwarded-For is
 * never read here: a client can write anything in it.
 */
export async function clientAdres(): Promise<string> {
  const adres = (await headers()).get(CLIENT_ADRES_HEADER);
  if (adres) return adres;
  // Only before the server's start-up hook ran (or in a server without it). Failing closed: all
  // such requests share one bucket, rather than trusting a header the client chose.
  if (!gewaarschuwd) {
    gewaarschuwd = true;
    console.warn(`[verzoek] ${CLIENT_ADRES_HEADER} ontbreekt: het clientadres is onbekend (zie docs/decisions/0012).`);
  }
  return "onbekend";
}
