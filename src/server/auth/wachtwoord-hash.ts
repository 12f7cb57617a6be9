import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane). The whole password
// is hashed: nothing is truncated.
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const OPTIES = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord, OPTIES);
}

// A fixed hash to verify against when the account does not exist, so a sign-in for an unknown
// address takes as long as one for a known address.
let dummy: Promise<string> | null = null;

export async function controleerWachtwoord(opgeslagen: string | null | undefined, wachtwoord: string): Promise<boolean> {
  if (!opgeslagen) {
    dummy ??= hashWachtwoord("geen-account-dummy-wachtwoord");
    await verify(await dummy, wachtwoord).catch(() => false);
    return false;
  }
  return verify(opgeslagen, wachtwoord).catch(() => false);
}
