import "server-only";
import { notFound, redirect } from "next/navigation";
import { huidigeGebruiker } from "../auth/huidige-gebruiker";
import type { Query, QueryOmgeving } from "./query";
import type { Gelezen } from "./uitkomst";

// The adapter between a page and a query: the signed-in user (loaded once per request), and a
// refusal turned into what a page does with it.

/** The data, or: not signed in → /inloggen; no access → /geen-toegang; not found or unreadable → 404. */
export async function lees<T>(q: Query<T>, invoer?: unknown, omgeving?: QueryOmgeving): Promise<T> {
  return naarPagina(await q(await huidigeGebruiker(), invoer, omgeving));
}

/** The data, or `anders` on any refusal: for a part of a page that only some users see. */
export async function leesOf<T, A>(q: Query<T>, anders: A, invoer?: unknown, omgeving?: QueryOmgeving): Promise<T | A> {
  const r = await q(await huidigeGebruiker(), invoer, omgeving);
  return r.ok ? r.data : anders;
}

/**
 * `lees` for a public query whose answer is the same for every visitor (the open catalogue): asked
 * as an anonymous caller, without looking up the session. So the catalogue runs the queries it ran
 * before the front door, also for a signed-in visitor, and browsing it does not count as activity
 * that keeps a session alive. Only for `toegang: "publiek"`; anything else is a programming error.
 */
export async function leesOpenbaar<T>(q: Query<T>, invoer?: unknown, omgeving?: QueryOmgeving): Promise<T> {
  return naarPagina(await q(alleenPubliek(q), invoer, omgeving));
}

/** `leesOf` for a public query the same for every visitor (see `leesOpenbaar`). */
export async function leesOpenbaarOf<T, A>(q: Query<T>, anders: A, invoer?: unknown, omgeving?: QueryOmgeving): Promise<T | A> {
  const r = await q(alleenPubliek(q), invoer, omgeving);
  return r.ok ? r.data : anders;
}

function alleenPubliek(q: Query<unknown>): null {
  if (q.toegang !== "publiek" || q.wie !== null)
    throw new Error(`${q.activiteit} is not public to every visitor alike: read it with lees()`);
  return null;
}

function naarPagina<T>(r: Gelezen<T>): T {
  if (r.ok) return r.data;
  if (r.reden === "niet-ingelogd") redirect("/inloggen");
  if (r.reden === "geen-toegang") redirect("/geen-toegang");
  notFound();
}
