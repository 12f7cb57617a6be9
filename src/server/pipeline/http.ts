import "server-only";
import type { Reden } from "./uitkomst";

// The adapter between a route handler and the pipeline: the machine-readable reason of a refusal
// is the HTTP status; the Dutch text is the body. Never a guess from the words.

const STATUS: Record<Reden, number> = {
  "niet-ingelogd": 401,
  "geen-toegang": 403,
  "niet-gevonden": 404,
  ongeldig: 400,
  regel: 422,
};

export function statusVoor(reden: Reden): number {
  return STATUS[reden];
}

/** A refusal as a plain Dutch text with its status; never cached. */
export function weigeringAntwoord(reden: Reden, melding: string): Response {
  return new Response(`${melding}\n`, {
    status: statusVoor(reden),
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
