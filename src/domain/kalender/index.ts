// The portal's calendar: calendar dates ("YYYY-MM-DD" as a Date at 00:00 UTC), date fields,
// Dutch local times and years. One front door; the Dutch clock lives in ./zone.ts alone.
export * from "./calendar-date";
export * from "./datum";
export * from "./jaar";
export * from "./tijdstip";
export * from "./zone";
