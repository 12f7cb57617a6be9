import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";

// Who is on the other end of a request (docs/decisions/0012). Next.js gives server actions and
// route handlers the request's headers but never its socket, and it passes a client's own
// X-Forwarded-For through unchanged. So the address is decided here, where the socket is still
// known: when the HTTP server receives a request, before Next.js sees it, this module writes the
// address into CLIENT_ADRES_HEADER (overwriting whatever the client sent under that name).
// src/server/verzoek.ts reads only that header.

/** Set by the server on every request; a value sent by the client is overwritten. */
export const CLIENT_ADRES_HEADER = "x-awm-client-adres";

/** "::ffff:192.0.2.1" (IPv4 on an IPv6 socket) is 192.0.2.1; anything that is no address is dropped. */
export function normaliseerAdres(adres: string | undefined | null): string | null {
  if (!adres) return null;
  const schoon = adres.trim().replace(/^\[(.*)\]$/, "$1");
  const v4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(schoon);
  const kandidaat = (v4 ? v4[1]! : schoon).toLowerCase();
  return isIP(kandidaat) ? kandidaat : null;
}

/**
 * The client's address: the socket's, unless the socket is one of the trusted proxies. Then the
 * X-Forwarded-For chain is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies; the first address that is not one is the client. Entries to the left of it
 * were written by the client itself and are never believed.
 */
export function bepaalClientAdres(
  socketAdres: string | undefined,
  xForwardedFor: string | string[] | undefined,
  vertrouwd: readonly string[],
) {
  const socket = normaliseerAdres(socketAdres) ?? "onbekend";
  const proxies = new Set(vertrouwd.map(normaliseerAdres).filter((a): a is string => a !== null));
  if (!proxies.has(socket)) return socket;
  const keten = (Array.isArray(xForwardedFor) ? xForwardedFor.join(",") : (xForwardedFor ?? "")).split(",");
  for (let i = keten.length - 1; i >= 0; i--) {
    const adres = normaliseerAdres(keten[i]);
    if (adres === null) return socket; // a malformed hop: stop believing the chain here
    if (!proxies.has(adres)) return adres;
  }
  return socket;
}

const GEINSTALLEERD = Symbol.for("awm.client-adres");

/**
 * Stamps CLIENT_ADRES_HEADER on every request any HTTP(S) server of this process receives, before
 * its request listeners (Next.js) run. Called once from src/instrumentation.ts.
 */
export function installeerClientAdres(vertrouwd: readonly string[]): void {
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as { emit: (event: string | symbol, ...args: unknown[]) => boolean; [GEINSTALLEERD]?: true };
    if (proto[GEINSTALLEERD]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[CLIENT_ADRES_HEADER] = bepaalClientAdres(req.socket?.remoteAddress, req.headers["x-forwarded-for"], vertrouwd);
      }
      return emit.call(this, event, ...args);
    };
    proto[GEINSTALLEERD] = true;
  }
}
