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
