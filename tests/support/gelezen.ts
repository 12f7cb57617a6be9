import type { Gelezen } from "@/server/pipeline/uitkomst";

// For integration tests of queries: the data of a successful read (else the test fails with the
// refusal), and the reason of a refusal (else the test fails with what was read).

export async function data<T>(r: Gelezen<T> | Promise<Gelezen<T>>): Promise<T> {
  const u = await r;
  if (!u.ok) throw new Error(`Query refused (${u.reden}): ${u.melding}`);
  return u.data;
}

export async function reden(r: Gelezen<unknown> | Promise<Gelezen<unknown>>): Promise<string> {
  const u = await r;
  if (u.ok) throw new Error(`Query was expected to refuse, but read: ${JSON.stringify(u.data)?.slice(0, 200)}`);
  return u.reden;
}

/** The data of a read that must succeed, for a result already awaited (a refusal fails the test). */
export function gelezen<T>(r: Gelezen<T>): T {
  if (!r.ok) throw new Error(`Query refused (${r.reden}): ${r.melding}`);
  return r.data;
}

/** The data of a read, or null when it refused (for tests that assert the refusal separately). */
export async function leesData<T>(r: Gelezen<T> | Promise<Gelezen<T>>): Promise<T | null> {
  const u = await r;
  return u.ok ? u.data : null;
}

/** A list read's data; an empty list when it refused. */
export async function leesLijst<T>(r: Gelezen<T[]> | Promise<Gelezen<T[]>>): Promise<T[]> {
  return (await leesData(r)) ?? [];
}
