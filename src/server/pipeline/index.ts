// The front door of the server (issues 8 and 22). Every server entry point is one of two things:
//
// - a **use case** (`defineUseCase`, ./use-case.ts) for every change: server actions and mutating
//   route handlers;
// - a **query** (`defineQuery`, ./query.ts) for every read that pages, route handlers and exports
//   show.
//
// Both declare the same things and go through the same steps, in this order:
//   1. who may call it: `toegang` (a permission from src/domain/permissies.ts, or "publiek" /
//      "ingelogd") and `wie` ("gemeente" staff or "aanbieder" users), checked in ./wie.ts before the
//      input is even parsed;
//   2. `schema`: a zod schema parses whatever arrived (FormData, URL parameters, a crafted request);
//   3. `laad`: the target, scoped to the caller (`where: { id, aanbiederId }`); null = not found;
//   4. the work (use cases: `uitvoeren`) and the audit record (Logboek Dataverwerkingen), written
//      by the pipeline itself, one per inwoner concerned;
//   5. the outcome (./uitkomst.ts): success, or a refusal with a Dutch text and a machine-readable
//      `reden` (niet-ingelogd, geen-toegang, niet-gevonden, ongeldig, regel).
//
// Adapters connect them to Next.js: ./formulier.ts (a form's server action → use case),
// ./pagina.ts (a page → query: refusals become /inloggen, /geen-toegang or a 404) and ./http.ts
// (a route handler: `reden` → HTTP status). tests/integration/voordeur.test.ts checks that every
// export under src/server/*/ is a use case, a query, or on its short allow-list, and that each
// refuses an anonymous caller and a role without the permission.
//
// This index holds no Next.js or session code, so domain-facing server modules import it freely.

export * from "./uitkomst";
export * from "./use-case";
export * from "./query";
export type { GebruikerVoor, Toegang, Wie } from "./wie";
