// The HTTP methods the portal answers, checked before Next.js sees the request (docs/decisions/0028).
// Loaded by scripts/serve.sh with `node --import`, so every way of running the server has it.
//
// Next.js 16 builds a WHATWG Request for the proxy, and that constructor throws on TRACE: a bare
// "Internal Server Error" (500) before any code of ours runs. Other methods that no page uses (PUT,
// DELETE, PATCH, WebDAV's PROPFIND, …) rendered the page with a 200; OPTIONS on a page gave an
// empty 400. Here:
// - GET, HEAD and POST go on to Next.js;
// - OPTIONS on a route handler too (Next.js answers it with the handler's own Allow), on a page it
//   gets 204 with the page's methods;
// - anything else gets a Dutch 405 with Allow (no route handler exports PUT, PATCH or DELETE).
// Unknown tokens ("FOO") never get here: Node's HTTP parser answers them with a 400.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const DOORLATEN = new Set(["GET", "HEAD", "POST"]);
const PAGINA_MAG = "GET, HEAD, POST, OPTIONS";

/** The route handlers of the build, as regular expressions on the path (none before a build). */
function routeHandlers() {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "app-path-routes-manifest.json"), "utf8"));
    return Object.entries(manifest)
      .filter(([bron]) => bron.endsWith("/route"))
      .map(([, pad]) => {
        const patroon = pad
          .split("/")
          .map((deel) =>
            /^\[\.\.\.\w+\]$/.test(deel) ? ".+" : /^\[\w+\]$/.test(deel) ? "[^/]+" : deel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
          )
          .join("/");
        return new RegExp(`^${patroon}/?$`);
      });
  } catch {
    return [];
  }
}

let handlers;
function isRouteHandler(url) {
  handlers ??= routeHandlers();
  const pad = (url ?? "/").split("?")[0];
  return handlers.some((r) => r.test(pad));
}

const origineel = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event !== "request" || DOORLATEN.has(req.method)) return origineel.apply(this, arguments);
  if (req.method === "OPTIONS" && isRouteHandler(req.url)) return origineel.apply(this, arguments);
  // the body of a refused request is read and dropped, so the connection can carry the next one
  req.resume();
  if (req.method === "OPTIONS") {
    res.writeHead(204, { Allow: PAGINA_MAG });
    res.end();
    return true;
  }
  const tekst = `De methode ${req.method} wordt op deze website niet gebruikt. Open de pagina in een webbrowser.\n`;
  res.writeHead(405, {
    Allow: PAGINA_MAG,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(tekst),
    "X-Content-Type-Options": "nosniff",
  });
  res.end(tekst);
  return true;
};
