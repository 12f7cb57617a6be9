import { execFileSync } from "node:child_process";
import pakket from "../../package.json";
import { env } from "./env";

// Which build is running: the version from package.json and the commit, on /api/health and in
// every log line (issue 23). The commit comes from GIT_COMMIT when the deployment sets it (a
// container image has no .git: pass it as a build argument, deploy/), else from `git rev-parse`
// in the checkout the server runs from (scripts/serve.sh), once per process; "onbekend" when
// neither is there. No "server-only": the logger (proxy, scripts) uses this too.

function leesCommit(): string {
  if (env.GIT_COMMIT) return env.GIT_COMMIT.trim().slice(0, 40);
  try {
    const uit = execFileSync("git", ["rev-parse", "HEAD"], { stdio: ["ignore", "pipe", "ignore"], timeout: 2000 })
      .toString()
      .trim();
    return /^[0-9a-f]{40}$/.test(uit) ? uit : "onbekend";
  } catch {
    return "onbekend";
  }
}

const globaal = globalThis as unknown as { werktMeeVersie?: { version: string; commit: string } };

/** The running build: package.json's version and the commit (40 hex digits, or "onbekend"). */
export function versie(): { version: string; commit: string } {
  return (globaal.werktMeeVersie ??= { version: pakket.version, commit: leesCommit() });
}
