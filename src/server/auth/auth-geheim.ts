import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

// AUTH_SECRET signs the session cookie and the pending-sign-in cookie. Production sets it; a
// fresh clone gets a random one, kept in var/ so sessions survive a restart.
let geheim: string | null = null;

export function authGeheim(): string {
  if (geheim) return geheim;
  if (env.AUTH_SECRET) return (geheim = env.AUTH_SECRET);
  const bestand = path.resolve("var/auth-secret");
  if (!fs.existsSync(bestand)) {
    fs.mkdirSync(path.dirname(bestand), { recursive: true });
    fs.writeFileSync(bestand, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  geheim = fs.readFileSync(bestand, "utf8").trim();
  return geheim;
}
