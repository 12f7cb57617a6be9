import type { Tx } from "./opslag";

// What every step of reading one incoming iWmo message shares. Its own module so that invoer.ts
// (which dispatches the messages) and declaratie-invoer.ts (the 323) both depend on it, not on each other.

/** The aanbieder whose message is being read. */
export type ImportAanbieder = { id: string; naam: string; agbCode: string };

/** One message's transaction, its moment, its sender and what it touched (for the audit). */
export type ImportContext = { tx: Tx; nu: Date; aanbieder: ImportAanbieder; betrokkenen: Set<string>; toewijzingIds: Set<string> };
