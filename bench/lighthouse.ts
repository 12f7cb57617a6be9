import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Lighthouse 12 (mobile, its default form factor and throttling) with Debian's Chromium: the
// performance and accessibility scores of a page, the median of three runs (issue 10).

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const VLAGGEN =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

type Scores = { perf: number; a11y: number };

function eenRun(url: string, uit: string): Scores {
  execFileSync(
    "npx",
    [
      "lighthouse",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${uit}`,
      "--only-categories=performance,accessibility",
      `--chrome-flags=${VLAGGEN}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "inherit"], timeout: 180_000 },
  );
  const r = JSON.parse(fs.readFileSync(uit, "utf8")) as { categories: Record<string, { score: number | null }> };
  return {
    perf: Math.round((r.categories.performance?.score ?? 0) * 100),
    a11y: Math.round((r.categories.accessibility?.score ?? 0) * 100),
  };
}

/**
 * One run, tried up to three times: Lighthouse sometimes fails to record its trace with Debian's
 * Chromium on a busy machine ("NO_NAVSTART"), which says nothing about the page.
 */
function run(url: string, uit: string): Scores {
  for (let poging = 1; ; poging++) {
    try {
      return eenRun(url, uit);
    } catch (err) {
      if (poging === 3) throw err;
      console.log(`Lighthouse ${url}: meting mislukt (poging ${poging} van 3), opnieuw`);
    }
  }
}

const mediaan = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;

/** The median scores of three runs per URL; null when Lighthouse cannot run here (no Chromium). */
export function lighthouse(urls: string[], map: string): { url: string; perf: number; a11y: number }[] | null {
  if (!fs.existsSync(CHROMIUM)) return null;
  return urls.map((url, i) => {
    const runs = [0, 1, 2].map((n) => run(url, path.join(map, `lh-${i}-${n}.json`)));
    const s = { url, perf: mediaan(runs.map((r) => r.perf)), a11y: mediaan(runs.map((r) => r.a11y)) };
    console.log(
      `Lighthouse ${url}: performance ${s.perf}, toegankelijkheid ${s.a11y} (mediaan van 3: ${runs.map((r) => r.perf).join("/")})`,
    );
    return s;
  });
}
