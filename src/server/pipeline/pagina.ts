import "server-only";
import { notFound, redirect } from "next/navigation";
import { huidigeGebruiker } from "../auth/huidige-gebruiker";
import type { Query, QueryOmgeving } from "./query";

// The adapter between a page and a query: the signed-in user (loaded once per request), and a
// refusal turned into what a page does with it.

/** The data, or: not signed in → /inloggen; no access → /geen-toegang; not found or unreadable → 404. */
export async function lees<T>(q: Query<T>, invoer?: unknown, omgeving?: QueryOmgeving): Promise<T> {
  const r = await q(await huidigeGebruiker(), invoer, omgeving);
  if (r.ok) return r.data;
  if (r.reden === "niet-ingelogd") redirect("/inloggen");
  if (r.reden === "geen-toegang") redirect("/geen-toegang");
  notFound();
}

/** The data, or `anders` on any refusal: for a part of a page that only some users see. */
export async function leesOf<T, A>(q: Query<T>, anders: A, invoer?: unknown, omgeving?: QueryOmgeving): Promise<T | A> {
  const r = await q(await huidigeGebruiker(), invoer, omgeving);
  return r.ok ? r.data : anders;
}
