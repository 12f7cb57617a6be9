// The life-cycle question of the gemeente's check (issue 12, 22), asked by both the queue page and
// the use cases that approve or reject: does this line still wait for a decision?

/** A submitted line waits for the gemeente's decision; approved, rejected and paid lines do not. */
export function wachtOpBeoordeling(status: string): boolean {
  return status === "INGEDIEND";
}
