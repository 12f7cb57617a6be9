// Runs once when a server process starts: a bad setting stops it here, with a message naming the
// variable, instead of failing on the first request that reads it. Then every incoming request
// gets the client's address from its socket (docs/decisions/0012) and is counted for /metrics,
// SIGTERM drains (src/server/afsluiten.ts), and the errors Next.js prints
// become log lines like ours (below).
export async function register() {
  // NEXT_RUNTIME is Next's own marker of the runtime, not a setting.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./server/env");
  const env = parseEnv(process.env);
  const { installeerClientAdres } = await import("./server/klantadres");
  installeerClientAdres(env.TRUSTED_PROXIES);
  // Requests by route and status for /metrics (docs/decisions/0040).
  const { installeerVerzoekMeting } = await import("./server/verzoekmeting");
  installeerVerzoekMeting();
  const { sluitNetjesAf } = await import("./server/afsluiten");
  sluitNetjesAf();
  const { log } = await import("./server/log");
  foutenVanNextNaarLog(log);
  // The mail queue in /metrics, and the scheduled tasks when this process runs them (issue 23).
  const { meetMailWachtrij } = await import("./server/mail/wachtrij");
  meetMailWachtrij();
  const { planningAan, startPlanning } = await import("./server/taken/intern/planning");
  if (planningAan(env)) {
    const { draaiTaak } = await import("./server/taken/intern/draaien");
    startPlanning((naam) => draaiTaak(naam));
  }
}

/** Errors onRequestError has logged: Next.js printed them already, they are not logged twice. */
const gelogd = new WeakSet<object>();
const gezien = new WeakSet<object>();

/**
 * Next.js prints every error it meets to the console (` ⨯ Error: …` and its stack), also those it
 * hands to onRequestError, and some of them twice. Each error object becomes exactly one JSON log
 * line: the one onRequestError writes when it gets it (with request id and level), else, a moment
 * later, a warning here: an error Next.js does not report to the app is one of a request it
 * refused before any code of the portal ran (a method its Request cannot carry, a server-action
 * call of no build or not in its format). Other console output is left alone. Uses only the
 * console: no private part of Next.js (docs/decisions/0036).
 */
function foutenVanNextNaarLog(log: { warn: (o: object, msg: string) => void }) {
  const schrijf = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const fout = args.find((a): a is Error => a instanceof Error);
    if (fout === undefined) return schrijf(...args);
    if (gezien.has(fout)) return;
    gezien.add(fout);
    setTimeout(() => {
      if (!gelogd.has(fout)) log.warn({ err: fout }, "verzoek door Next.js geweigerd");
    }, 500);
  };
}

type FoutVerzoek = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type FoutContext = { routerKind: string; routePath: string; routeType: string };

const BROWSER_METHODEN = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/** The client router's state header as it sends it: URI-encoded JSON, a list with the tree. */
function leesbareRouterStaat(waarde: string): boolean {
  try {
    const staat: unknown = JSON.parse(decodeURIComponent(waarde));
    return Array.isArray(staat) && staat.length >= 2 && typeof staat[1] === "object" && staat[1] !== null;
  } catch {
    return false;
  }
}

/**
 * Whether a failed request is one no browser sends (docs/decisions/0036): another method than a
 * browser or a form uses (only the bare server sees those; nginx answers them 405), a server-action
 * call that failed before the portal's code ran (errors inside a use case are caught and logged by
 * src/server/form-actie.ts, so one that reaches this hook failed while Next.js read the call: a
 * forged payload), a multipart body that cannot be read, or a router-state header that is not one.
 * Those are a warning, not an error.
 */
export function geenBrowserVerzoek(request: FoutVerzoek, context: FoutContext, error: unknown): boolean {
  if (!BROWSER_METHODEN.has(request.method.toUpperCase())) return true;
  if (request.headers["next-action"] !== undefined && context.routeType === "action") return true;
  // A form without JavaScript whose body is no multipart (a browser always sends a readable one).
  const soort = request.headers["content-type"];
  if (typeof soort === "string" && soort.startsWith("multipart/form-data") && error instanceof TypeError && /FormData/.test(error.message))
    return true;
  const staat = request.headers["next-router-state-tree"];
  if (staat === undefined) return false;
  return (typeof staat === "string" && !leesbareRouterStaat(staat)) || (error instanceof Error && /router state/i.test(error.message));
}

/**
 * Every error of a request, as one log line with its stack, request id and user id: at warn level
 * for a request no browser sends (see above), else at error. The answer itself is Next.js' own,
 * without a stack or the error's text.
 */
export async function onRequestError(error: unknown, request: FoutVerzoek, context: FoutContext) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (error !== null && typeof error === "object") {
    if (gelogd.has(error)) return;
    gelogd.add(error);
  }
  const { log } = await import("./server/log");
  const { gebruikerVanVerzoek } = await import("./server/verzoek-log");
  const reqId = typeof request.headers["x-request-id"] === "string" ? request.headers["x-request-id"] : undefined;
  const regel = {
    reqId,
    userId: gebruikerVanVerzoek(reqId),
    err: error,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
  };
  if (geenBrowserVerzoek(request, context, error)) log.warn(regel, "verzoek dat geen browser stuurt, niet uitgevoerd");
  else log.error(regel, "fout bij verzoek");
}
