import http from "node:http";
import https from "node:https";
import { metrieken } from "./metriek";
import { patronenVanBuild, routePatroon } from "./routepatroon";

// Requests by route, method and status with their duration (issue 23): counted where both the
// route and the final status are known, in the HTTP server itself: when it receives a request the
// clock starts, when the answer is finished ('finish') it is counted. Next.js gives the app no
// such hook (a route handler does not see the status of a page, the proxy does not see the end).
// Called once from src/instrumentation.ts. No "server-only": node only, no Next imports.

const METHODEN = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const GEINSTALLEERD = Symbol.for("awm.verzoekmeting");

/** Count one answered request. Labels: route pattern, a known method or "ANDERE", the status. */
export function telVerzoek(url: string, methode: string, status: number, seconden: number): void {
  const labels = {
    route: routePatroon(url, patronenVanBuild()),
    methode: METHODEN.has(methode) ? methode : "ANDERE",
    status: String(status),
  };
  metrieken.verzoeken.inc(labels);
  metrieken.verzoekDuur.observe(labels, seconden);
}

export function installeerVerzoekMeting(): void {
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as { emit: (event: string | symbol, ...args: unknown[]) => boolean; [GEINSTALLEERD]?: true };
    if (proto[GEINSTALLEERD]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        const res = args[1] as http.ServerResponse;
        const begin = process.hrtime.bigint();
        // The URL before Next.js rewrites anything: what the client asked for.
        const url = req.url ?? "/";
        const methode = (req.method ?? "GET").toUpperCase();
        res.once("finish", () => telVerzoek(url, methode, res.statusCode, Number(process.hrtime.bigint() - begin) / 1e9));
      }
      return emit.call(this, event, ...args);
    };
    proto[GEINSTALLEERD] = true;
  }
}
