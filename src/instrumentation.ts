// Runs once when a server process starts: a bad setting stops it here, with a message naming the
// variable, instead of failing on the first request that reads it.
export async function register() {
  // NEXT_RUNTIME is Next's own marker of the runtime, not a setting.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./server/env");
  parseEnv(process.env);
}
