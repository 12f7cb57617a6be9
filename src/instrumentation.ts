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
}
