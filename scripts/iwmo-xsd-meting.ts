import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { validateXML } from "xmllint-wasm";
import type { Berichtsoort } from "../src/domain/iwmo/codes";

// How long one XSD validation of an iWmo message takes (issue 22, ADR 0038): xmllint-wasm's own
// validateXML (a worker and a wasm compile per call: the validator before) beside valideerXsd (one
// worker per process). The first call, then N one after another, then N at once. Run with:
//   npx tsx --conditions=react-server scripts/iwmo-xsd-meting.ts [N]

type Valideer = (soort: Berichtsoort, xml: string) => Promise<number>;

const soorten: Berichtsoort[] = ["301", "305", "307", "315", "317", "319"];
const lees = (p: string) => fs.readFileSync(path.resolve(p), "utf8");
const voorbeeld = new Map(soorten.map((s) => [s, lees(`standards/iwmo-3.2/voorbeelden/WMO${s}.xml`)]));
const ms = (t: number) => `${t.toFixed(0)} ms`;

async function meet(naam: string, valideer: Valideer, n: number) {
  const een = async (i: number) => {
    const s = soorten[i % soorten.length]!;
    if ((await valideer(s, voorbeeld.get(s)!)) !== 0) throw new Error(`WMO${s} does not validate`);
  };
  let t = performance.now();
  await een(0);
  const eerste = performance.now() - t;
  const tijden: number[] = [];
  for (let i = 0; i < n; i++) {
    t = performance.now();
    await een(i);
    tijden.push(performance.now() - t);
  }
  tijden.sort((a, b) => a - b);
  const gem = tijden.reduce((a, b) => a + b, 0) / n;
  t = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => een(i)));
  const tegelijk = performance.now() - t;
  const ongeldig = await valideer("305", voorbeeld.get("305")!.replace(/(Begindatum>)[^<]*</, "$12025-13-03<"));
  console.log(
    `${naam}: eerste ${ms(eerste)}; ${n} na elkaar gemiddeld ${ms(gem)}, mediaan ${ms(tijden[Math.floor(n / 2)]!)}, ` +
      `max ${ms(tijden[n - 1]!)}; ${n} tegelijk ${ms(tegelijk)} in totaal; ongeldig bericht: ${ongeldig} fout(en)`,
  );
}

async function main() {
  const n = Number(process.argv[2] ?? 20);
  const xsd = (f: string) => ({ fileName: f, contents: lees(`standards/iwmo-3.2/xsd/${f}`) });
  const perAanroep: Valideer = async (soort, xml) => {
    const r = await validateXML({
      xml: { fileName: "bericht.xml", contents: xml },
      schema: xsd(`WMO${soort}.xsd`),
      preload: [xsd("basisschema.xsd")],
    });
    return r.errors.length;
  };
  const { valideerXsd } = await import("../src/server/iwmo/intern/xsd");
  const blijvend: Valideer = async (soort, xml) => (await valideerXsd(soort, xml)).length;
  if (process.argv[3] !== "alleen-nieuw") await meet("validateXML per aanroep (voor)", perAanroep, n);
  await meet("valideerXsd, één worker per proces (na)", blijvend, n);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
