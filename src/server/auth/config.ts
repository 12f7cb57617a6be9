import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { CodeWeigering } from "@/domain/inloggen";
import type { Rol } from "@/domain/rollen";
import { authLogger } from "./auth-logger";
import { authGeheim } from "./auth-geheim";
import { codeStap, type SessieGebruiker } from "./inloggen";
import { beeindigSessieVanCookie } from "./sessies-beeindigen";

// Sign-in is two steps. The password step (src/server/auth/inloggen.ts, wachtwoordStap) checks
// password and throttling and hands the browser a signed ticket; this provider turns ticket +
// second factor into a session, through the codeStap use case (which counts wrong codes). The JWT
// lives at most 8 hours; idle and revoked sessions are refused on the server in
// src/server/auth/huidige-gebruiker.ts (session version, activity), not by the cookie's age.

export const ABSOLUUT_MS = 8 * 60 * 60 * 1000;

/** The reason travels as the error's code, so the form can say what went wrong. */
class CodeGeweigerd extends CredentialsSignin {
  constructor(reden: CodeWeigering) {
    super();
    this.code = reden;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authGeheim(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: ABSOLUUT_MS / 1000 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { ticket: {}, code: {} },
      async authorize(invoer) {
        // `invoer` is whatever was posted: the use case parses it with its schema.
        const r = await codeStap(null, invoer);
        if (r.ok) return { ...r.gebruiker, name: r.gebruiker.naam };
        const reden = (r as { codeWeigering?: CodeWeigering }).codeWeigering;
        if (!reden || reden === "verlopen") return null;
        throw new CodeGeweigerd(reden);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as SessieGebruiker;
        return { ...token, gid: u.id, rol: u.rol as Rol, aid: u.aanbiederId, sv: u.sessieVersie, begin: Date.now() };
      }
      if (typeof token.begin !== "number" || Date.now() - token.begin > ABSOLUUT_MS) return null;
      return token;
    },
    session({ session, token }) {
      return { ...session, gid: token.gid as string, sv: token.sv as number };
    },
  },
  events: {
    // POST /api/auth/signout clears the cookie; this makes a copy of it worthless too (defect 3).
    async signOut(bericht) {
      const token = "token" in bericht ? bericht.token : null;
      await beeindigSessieVanCookie(token?.gid, token?.sv);
    },
  },
});
