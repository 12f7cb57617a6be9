import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BERICHTSOORTEN, type Berichtsoort } from "@/domain/iwmo/codes";

// XSD validation of every iWmo message, out and in (issue 13), with libxml2 compiled to
// WebAssembly (xmllint-wasm: no native build, docs/decisions/0020). The schemas are the official
// ones in standards/iwmo-3.2/xsd/ (copied from ../shared with their README).
//
// xmllint-wasm's validateXML starts a worker and compiles the wasm on every call (0.5–1.2 s), and
// the outbox validates inside a use case's transaction. So one worker per process stays alive and
// compiles the wasm once; each validation is a fresh xmllint run (a new instance of the compiled
// module with its own memory), as the library does (ADR 0038).

const MAP = path.resolve(process.cwd(), "standards/iwmo-3.2/xsd");
const cache = new Map<string, string>();
function lees(bestand: string): string {
  let s = cache.get(bestand);
  if (s === undefined) {
    s = fs.readFileSync(path.join(MAP, bestand), "utf8");
    cache.set(bestand, s);
  }
  return s;
}

export type XsdFout = { regel: number | null; element: string | null; melding: string };

/** The longest libxml2 message read: it quotes the file's own text (values, namespaces) at any length. */
const MAX_MELDING_TEKENS = 1000;
/** The errors read per message: the importer shows the first ten. */
const MAX_FOUTEN = 10;

/** libxml2's English → a Dutch sentence that names the element. */
export function vertaal(volledig: string): { element: string | null; melding: string } {
  // The patterns below run on untrusted text (issue 21, item 27): only on a bounded part of it.
  const ruw = volledig.slice(0, MAX_MELDING_TEKENS);
  const em = /Element '(?:\{[^}]*\})?([A-Za-z0-9]+)'/.exec(ruw);
  const element = em?.[1] ?? null;
  const waarde =
    /: '([^']*)' is not a valid value/.exec(ruw)?.[1] ?? /The value '([^']*)' is not (?:an element of the set|accepted)/.exec(ruw)?.[1];
  const verwacht = /Expected is (?:one of )?\( ?([^)]*)\)/
    .exec(ruw)?.[1]
    ?.replace(/\{[^}]*\}/g, "")
    .trim();
  let melding: string;
  if (waarde !== undefined) melding = `de waarde '${waarde}' is niet toegestaan`;
  else if (/This element is not expected/.test(ruw))
    melding = verwacht ? `dit element hoort hier niet; verwacht: ${verwacht}` : "dit element hoort hier niet";
  else if (/Missing child element/.test(ruw)) melding = `er ontbreekt een verplicht element${verwacht ? `: ${verwacht}` : ""}`;
  else if (/No matching global declaration|No matching global element/.test(ruw)) melding = "dit is geen iWmo 3.2-bericht van deze soort";
  else if (/parser error|Start tag expected|Premature end|not well-formed|Opening and ending tag mismatch/i.test(ruw))
    melding = "het bestand is geen geldige XML";
  else melding = "voldoet niet aan het schema";
  return { element, melding };
}

/**
 * The worker: loads xmllint-wasm's Emscripten module (its own message listener ignores ours: they
 * lack its key), compiles xmllint.wasm once, and runs xmllint once per message, answering with the
 * exit code and stderr. Plain CommonJS, evaluated, so no bundler has to know about a file.
 */
const WERKER = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const maakXmllint = require(workerData.module);
const wasm = new WebAssembly.Module(fs.readFileSync(workerData.wasm));
parentPort.on("message", (v) => {
  if (!v || v.xsd !== true) return;
  let stderr = "";
  let klaar = false;
  const antwoord = (exitCode, tekst) => {
    if (klaar) return;
    klaar = true;
    parentPort.postMessage({ xsd: true, id: v.id, exitCode, stderr: tekst ?? stderr });
  };
  Promise.resolve(
    maakXmllint({
      inputFiles: v.inputFiles,
      arguments: v.args,
      print() {},
      printErr(t) { stderr += t + "\\n"; },
      onExit: (code) => antwoord(code),
      onAbort: (r) => antwoord(-1, "WASM Abort: " + r),
      wasmMemory: new WebAssembly.Memory({ initial: 256, maximum: 512 }),
      instantiateWasm(imports, klaarMet) {
        // klaarMet runs xmllint; an abort inside it is rethrown by Emscripten: caught here, so it
        // answers this run with -1 and the worker lives on for the next.
        WebAssembly.instantiate(wasm, imports)
          .then((i) => klaarMet(i, wasm))
          .catch((e) => antwoord(-1, String(e)));
        return {};
      },
    }),
  ).catch((e) => antwoord(-1, String(e)));
});
`;

type Antwoord = { xsd: true; id: number; exitCode: number; stderr: string };
type Wachtend = { klaar: (a: Antwoord) => void; fout: (e: Error) => void };

/** A validation takes 0.1 s here (ADR 0038); one that takes this long is stuck. */
const MAX_MS = 15_000;

let werker: Worker | null = null;
let volgnummer = 0;
const wachtend = new Map<number, Wachtend>();

function stopWachtenden(e: Error) {
  for (const w of wachtend.values()) w.fout(e);
  wachtend.clear();
}

/** The process's xmllint worker, started on first use; it does not keep the process alive. */
function xmllint(): Worker {
  if (werker) return werker;
  const vind = createRequire(path.join(process.cwd(), "package.json"));
  const w = new Worker(WERKER, {
    eval: true,
    workerData: { module: vind.resolve("xmllint-wasm/xmllint-node.js"), wasm: vind.resolve("xmllint-wasm/xmllint.wasm") },
  });
  w.on("message", (a: Antwoord) => {
    if (a?.xsd !== true) return;
    wachtend.get(a.id)?.klaar(a);
    wachtend.delete(a.id);
    // Idle: the worker does not keep the process alive (a script ends when its work is done).
    if (wachtend.size === 0) w.unref();
  });
  // After the listener (attaching one refs the worker again); draai refs it while a run waits.
  w.unref();
  w.on("error", (e) => {
    if (werker === w) werker = null;
    stopWachtenden(e);
  });
  w.on("exit", (code) => {
    if (werker === w) werker = null;
    stopWachtenden(new Error(`xmllint worker stopped (${code})`));
  });
  werker = w;
  return w;
}

/** One xmllint run in the worker: its exit code and what it wrote to stderr. */
function draai(inputFiles: { fileName: string; contents: string }[], args: string[]): Promise<Antwoord> {
  const w = xmllint();
  const id = ++volgnummer;
  return new Promise<Antwoord>((klaar, fout) => {
    // A run that never answers would hold every later one (they queue in this worker) and the
    // transaction waiting for it: after MAX_MS the worker is replaced and the waiting runs fail.
    const wekker = setTimeout(() => {
      if (werker === w) werker = null;
      void w.terminate();
      stopWachtenden(new Error(`xmllint answered not within ${MAX_MS} ms`));
    }, MAX_MS);
    wekker.unref();
    wachtend.set(id, {
      klaar: (a) => (clearTimeout(wekker), klaar(a)),
      fout: (e) => (clearTimeout(wekker), fout(e)),
    });
    w.ref();
    w.postMessage({ xsd: true, id, inputFiles, args });
  });
}

/** xmllint's stderr → its error lines, as xmllint-wasm reads them ("file:line: message"). */
function foutregels(stderr: string): { regel: number | null; tekst: string }[] {
  return stderr
    .split("\n")
    .slice(0, -2)
    .filter((l) => !l.trim().endsWith(" validates"))
    .map((l) => {
      const [bestand, regel, ...rest] = l.split(":");
      return { regel: bestand && regel && rest.length ? parseInt(regel) : null, tekst: l };
    });
}

/** Validate against the message's XSD; [] when valid, else its first errors. */
export async function valideerXsd(soort: Berichtsoort, xml: string): Promise<XsdFout[]> {
  if (!BERICHTSOORTEN.includes(soort)) throw new Error(`Unknown message type ${soort}`);
  const schema = `WMO${soort}.xsd`;
  const r = await draai(
    [
      { fileName: "bericht.xml", contents: xml },
      { fileName: schema, contents: lees(schema) },
      { fileName: "basisschema.xsd", contents: lees("basisschema.xsd") },
    ],
    ["--schema", schema, "--noout", "bericht.xml"],
  );
  if (r.exitCode === 0) return [];
  // 3 and 4: the file is no XML or does not meet the schema; anything else is xmllint failing.
  if (r.exitCode !== 3 && r.exitCode !== 4) throw new Error(`xmllint failed (${r.exitCode}): ${r.stderr.slice(0, 200)}`);
  return foutregels(r.stderr)
    .slice(0, MAX_FOUTEN)
    .map((e) => ({ regel: e.regel, ...vertaal(e.tekst) }));
}

/** One Dutch line per schema error: "WMO305-schema, regel 40, element Begindatum: de waarde '2025-13-03' is niet toegestaan". */
export function beschrijf(soort: Berichtsoort, f: XsdFout): string {
  const waar = [`WMO${soort}-schema`, f.regel ? `regel ${f.regel}` : null, f.element ? `element ${f.element}` : null].filter(Boolean);
  return `${waar.join(", ")}: ${f.melding}`;
}
