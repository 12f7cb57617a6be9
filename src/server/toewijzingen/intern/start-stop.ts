import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { db } from "../../db";

// The rules and the change of a start or stop report, shared by the portal's forms (../start-stop.ts)
// and an imported WMO305/WMO307 (src/server/iwmo/intern/invoer-start-stop.ts), so both end in the same state.

/** A transaction or the client: start and stop are applied inside an iWmo import's transaction too. */
type Schrijver = Pick<typeof db, "toewijzing">;
type StartStopDoel = { id: string; startdatum: Date; einddatum: Date; gestartOp: Date | null };
/** Why a start or stop is refused: at the date field, or for the whole report. */
export type StartStopFout = { veld: "datum" | null; melding: string };

/**
 * The rules and the change of a start report, shared by the portal's form (meldStart) and an
 * imported WMO305 (src/server/iwmo/intern/invoer-start-stop.ts), so both end in the same state.
 */
export async function registreerStart(tx: Schrijver, t: StartStopDoel, datum: Date, nu: Date): Promise<StartStopFout | null> {
  if (datum < t.startdatum || datum > t.einddatum) return { veld: "datum", melding: "De start ligt binnen de periode van de toewijzing." };
  if (datum > vandaagInNederland(nu)) {
    return { veld: "datum", melding: "Meld de start op of na de dag dat de inwoner begonnen is, niet vooraf." };
  }
  const r = await tx.toewijzing.updateMany({ where: { id: t.id, status: "TOEGEWEZEN" }, data: { status: "GESTART", gestartOp: datum } });
  return r.count === 0 ? { veld: null, melding: "De start van deze toewijzing is al gemeld." } : null;
}

/** The rules and the change of a stop report (meldStop and an imported WMO307). */
export async function registreerStop(
  tx: Schrijver,
  t: StartStopDoel,
  datum: Date,
  /** A key of REDENEN_BEEINDIGING. */
  reden: string,
  nu: Date,
): Promise<StartStopFout | null> {
  if (datum < (t.gestartOp ?? t.startdatum) || datum > t.einddatum) {
    return { veld: "datum", melding: "De stopdatum ligt tussen de start en het einde van de toewijzing." };
  }
  // Defect 8 (ADR 0017): the stop is reported when it happened, like the start; a future date
  // would set "beëindigd" at once while the inwoner still works.
  if (datum > vandaagInNederland(nu)) {
    return { veld: "datum", melding: "Meld de stop op of na de laatste dag van de inwoner, niet vooraf." };
  }
  const r = await tx.toewijzing.updateMany({
    where: { id: t.id, status: "GESTART" },
    data: { status: "BEEINDIGD", beeindigdOp: datum, redenBeeindiging: reden },
  });
  return r.count === 0 ? { veld: null, melding: "Alleen een gestarte toewijzing kan worden gestopt." } : null;
}
