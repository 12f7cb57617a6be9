import "dotenv/config";

// npm run taken -- <taak>     run one scheduled task now (what a CronJob or systemd timer runs)
// npm run taken               the list of tasks
// One JSON log line per run (taak, uitkomst, duur, counts). Exit code 0 when the run succeeded or
// was skipped because another instance runs it (the lock), 1 when it failed or the task is unknown.
// Runs with the react-server condition (package.json) so the server modules load outside Next.

async function main(argv: string[]): Promise<number> {
  const { draaiTaak, OnbekendeTaak } = await import("../src/server/taken/intern/draaien");
  const { takenOverzicht } = await import("../src/server/taken/intern/lijst");
  if (argv.length !== 1) {
    console.error(`Gebruik: npm run taken -- TAAK\nDe taken zijn:\n${takenOverzicht()}`);
    return 1;
  }
  try {
    const run = await draaiTaak(argv[0]!);
    return run.uitkomst === "mislukt" ? 1 : 0;
  } catch (e) {
    if (e instanceof OnbekendeTaak) {
      console.error(e.message);
      return 1;
    }
    throw e;
  } finally {
    const { db } = await import("../src/server/db");
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Taak mislukt: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
