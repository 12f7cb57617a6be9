import "dotenv/config";
import fs from "node:fs";
import path from "node:path";

// npm run iwmo -- uitvoer DIR      the gemeente's iWmo messages due, one file each, marked sent
//                                  (an aanbieder downloads its own at /aanbieder/berichten)
// npm run iwmo -- invoer FILE…     import aanbieders' messages (305, 307, 315, 317, 323)
// npm run iwmo -- bijwerken        bring the outbox up to date with the portal's state: what time
//                                  brings (an end date reached, a deadline) and data loaded outside
//                                  the use cases (the demo seed). Pages never write (issue 22).
//                                  Now the task `npm run taken -- iwmo-bijwerken` (issue 23).
// Exit code 0 when everything went through, 1 when any file was refused, 2 on wrong use.
// Runs with the react-server condition (package.json) so the server modules load outside Next.

async function main(argv: string[]): Promise<number> {
  const [opdracht, ...rest] = argv;
  if (opdracht === "uitvoer" && rest.length === 1) {
    const { schrijfUitvoer } = await import("../src/server/iwmo/intern/uitvoer");
    const bestanden = await schrijfUitvoer(rest[0]!);
    for (const b of bestanden) console.log(`geschreven: ${b}`);
    console.log(
      bestanden.length ? `${bestanden.length} bericht(en) geschreven en als verzonden gemarkeerd.` : "Geen berichten te verzenden.",
    );
    return 0;
  }
  if (opdracht === "bijwerken" && rest.length === 0) {
    // The same as `npm run taken -- iwmo-bijwerken` (issue 23): the task, with its lock and log line.
    const { draaiTaak } = await import("../src/server/taken/intern/draaien");
    const run = await draaiTaak("iwmo-bijwerken");
    console.log(`${run.telling.nieuw ?? 0} nieuw(e) bericht(en) klaargezet.`);
    return run.uitkomst === "mislukt" ? 1 : 0;
  }
  if (opdracht === "invoer" && rest.length > 0) {
    const { importeer } = await import("../src/server/iwmo/intern/invoer");
    const bestanden = rest.map((f) => ({ naam: path.basename(f), inhoud: new Uint8Array(fs.readFileSync(f)) }));
    const resultaten = await importeer(bestanden, { gebruikerId: null, aanbiederId: null });
    for (const r of resultaten) {
      console.log(`${r.ok ? "ingelezen" : "GEWEIGERD"}: ${r.bestandsnaam}${r.soort ? ` (WMO${r.soort})` : ""}`);
      for (const m of r.meldingen) console.log(`  - ${m}`);
    }
    const geweigerd = resultaten.filter((r) => !r.ok).length;
    console.log(
      `${resultaten.length - geweigerd} van ${resultaten.length} bestand(en) ingelezen${geweigerd ? `, ${geweigerd} geweigerd` : ""}.`,
    );
    return geweigerd ? 1 : 0;
  }
  console.error("Gebruik: npm run iwmo -- uitvoer MAP\n       npm run iwmo -- invoer BESTAND…\n       npm run iwmo -- bijwerken");
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`iWmo mislukt: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
