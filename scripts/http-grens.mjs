// Requests that Next.js 16.4.5 answers with a bare 500 before any code of ours runs, or treats as
// something they are not, refused before Next.js sees them (docs/decisions/0028). Loaded by
// scripts/serve.sh with `node --import`, so every way of running the server has it. Next.js hides
// both from the proxy (src/proxy.ts): TRACE fails while it builds the proxy's Request, and the
// router headers are taken off the proxy's copy of the request.
//
// Methods:
// - GET, HEAD, POST and OPTIONS go on to Next.js (the proxy answers OPTIONS on a page);
// - anything else gets a Dutch 405 with Allow. TRACE was a 500 (the WHATWG Request refuses it); PUT,
//   DELETE, PATCH and WebDAV's PROPFIND rendered the page as a GET. No route handler exports PUT,
//   PATCH or DELETE. Unknown tokens ("FOO") never get here: Node's HTTP parser answers them 400.
// The router state:
// - Next-Router-State-Tree, which the client router sends with every navigation, must be a router
//   state as Next.js' own parser reads it (the version is pinned, so the two always agree); a
//   crafted one made Next.js throw "could not be parsed" and answer 500. Refused with a Dutch 400,
//   on which the client router loads the address as a whole page.
// Ranges and preconditions:
// - a Range header that the static file server cannot satisfy (bytes=999999999-, bytes=5-2,
//   bytes=abc) made Next.js answer 500 for every file in public/ and _next/static, and so did an
//   If-Match or If-Unmodified-Since that does not hold (the file server's 416 and 412 became 500).
//   The portal serves no media that needs part of a file and changes nothing by GET, so Range,
//   If-Range, If-Match and If-Unmodified-Since are ignored: the whole file, 200. If-None-Match and
//   If-Modified-Since (a browser's cache check, 304) go on.
import http from "node:http";
import routerStaat from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";

const DOORLATEN = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
const GENEGEERD = ["range", "if-range", "if-match", "if-unmodified-since"];

/** A router-state header that Next.js would fail on (absent is fine). */
function onleesbareRouterStaat(req) {
  const staat = req.headers["next-router-state-tree"];
  if (staat === undefined) return false;
  try {
    routerStaat.parseAndValidateFlightRouterState(staat);
    return false;
  } catch {
    return true;
  }
}

function weiger(res, status, tekst, headers = {}) {
  res.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(tekst),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(tekst);
}

const origineel = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event !== "request") return origineel.apply(this, arguments);
  for (const kop of GENEGEERD) delete req.headers[kop];
  const methodeGaatDoor = DOORLATEN.has(req.method);
  if (methodeGaatDoor && !onleesbareRouterStaat(req)) return origineel.apply(this, arguments);
  // the body of a refused request is read and dropped, so the connection can carry the next one
  req.resume();
  if (!methodeGaatDoor)
    weiger(res, 405, `De methode ${req.method} wordt op deze website niet gebruikt. Open de pagina in een webbrowser.\n`, {
      Allow: [...DOORLATEN].join(", "),
    });
  else weiger(res, 400, "Je browser stuurde gegevens mee die we niet kunnen lezen. Vernieuw de pagina.\n");
  return true;
};
