// The shape of a scheduled task (issue 23, docs/decisions/0041). No "server-only": the task runner
// script and the in-process schedule both load the list.

/** What a run did, as counts only: never a name, address or id (it goes into the log line). */
export type Telling = Record<string, number>;

export type Taak = {
  /** The name on the command line: `npm run taken -- <naam>`. */
  naam: string;
  /** One Dutch sentence for the list of tasks. */
  omschrijving: string;
  /**
   * Does the work as of `nu`. Must be idempotent: running twice, or after a run that stopped
   * halfway, does nothing twice. Throw (a TaakFout to keep the counts) when it failed.
   */
  draai(nu: Date): Promise<Telling>;
};

/** A failed run that still reports what it did. `message` must hold no personal data either. */
export class TaakFout extends Error {
  constructor(
    message: string,
    readonly telling: Telling,
  ) {
    super(message);
    this.name = "TaakFout";
  }
}
