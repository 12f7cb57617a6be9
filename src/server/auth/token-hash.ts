import crypto from "node:crypto";
import { env } from "../env";

/** Single-use link secrets (invitation, reset) are stored only as this hash. */
export const hashToken = (geheim: string) => crypto.createHash("sha256").update(geheim).digest("hex");

/** Options for the short-lived sign-in cookies: httpOnly, and Secure in production unless switched off (README). */
export function cookieOpties(pad: string, seconden: number, sameSite: "lax" | "strict" = "lax") {
  const secure = env.NODE_ENV === "production" && !env.AUTH_INSECURE_COOKIES;
  return { httpOnly: true, sameSite, secure, path: pad, maxAge: seconden };
}
