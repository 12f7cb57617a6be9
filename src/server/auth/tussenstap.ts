import crypto from "node:crypto";
import { authGeheim } from "./auth-geheim";

// Between the password step and the code step the browser holds a short-lived, signed ticket
// (HMAC-SHA256 with AUTH_SECRET): which account passed the password check, and until when.
export const TUSSENSTAP_COOKIE = "awm_tussenstap";
const GELDIG_MS = 5 * 60 * 1000;

type Ticket = { gebruikerId: string; sessieVersie: number; tot: number };

const handtekening = (data: string) => crypto.createHmac("sha256", authGeheim()).update(data).digest("base64url");

export function maakTicket(gebruikerId: string, sessieVersie: number, nu = Date.now()): string {
  const data = Buffer.from(JSON.stringify({ gebruikerId, sessieVersie, tot: nu + GELDIG_MS } satisfies Ticket)).toString("base64url");
  return `${data}.${handtekening(data)}`;
}

export function leesTicket(waarde: string | undefined, nu = Date.now()): Ticket | null {
  if (!waarde) return null;
  const [data, sig] = waarde.split(".");
  if (!data || !sig) return null;
  const verwacht = handtekening(data);
  if (sig.length !== verwacht.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(verwacht))) return null;
  try {
    const t = JSON.parse(Buffer.from(data, "base64url").toString()) as Ticket;
    return typeof t.gebruikerId === "string" && typeof t.tot === "number" && t.tot > nu ? t : null;
  } catch {
    return null;
  }
}
