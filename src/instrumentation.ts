// Runs once when a server process starts: a bad setting stops it here, with a message naming the
// variable, instead of failing on the first request that reads it. Then every incoming request
// gets the client's address from its socket (docs/decisions/0012).
export async function register() {
  // NEXT_RUNTIME is Next's own marker of the runtime, not a setting.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./server/env");
  const env = parseEnv(process.env);
  const { installeerClientAdres } = await import("./server/klantadres");
  installeerClientAdres(env.TRUSTED_PROXIES);
  const { sluitNetjesAf } = await import("./server/afsluiten");
  sluitNetjesAf();
}

/** Every error of a request, as one log line with its stack, request id and user id. */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./server/log");
  const { gebruikerVanVerzoek } = await import("./server/verzoek-log");
  const reqId = typeof request.headers["x-request-id"] === "string" ? request.headers["x-request-id"] : undefined;
  log.error(
    {
      reqId,
      userId: gebruikerVanVerzoek(reqId),
      err: error,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "fout bij verzoek",
  );
}
