import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Rol } from "@/domain/rollen";
import { db } from "../db";
import { env } from "../env";
import { authGeheim } from "./geheim";
import { hashHerstelcode, totpStap } from "./totp";
import { leesTicket } from "./tussenstap";

// Sign-in is two steps. The password step (src/app/inloggen/acties.ts) checks password and
// throttling and hands the browser a signed ticket; this provider turns ticket + second factor
// into a session. The JWT lives at most 8 hours; idle and revoked sessions are refused on the
// server in src/server/auth/sessie.ts (session version, activity), not by the cookie's age.

export const ABSOLUUT_MS = 8 * 60 * 60 * 1000;

class OngeldigeCode extends CredentialsSignin {
  code = "ongeldige-code";
}

async function controleerTweedeFactor(
  gebruiker: { id: string; totpGeheim: string | null; totpActiefOp: Date | null; demo: boolean },
  code: string,
): Promise<boolean> {
  if (!gebruiker.totpActiefOp || !gebruiker.totpGeheim) {
    // Only seeded demo accounts, and only when the setting allows it (README).
    return gebruiker.demo && env.DEMO_ZONDER_TOTP;
  }
  const stap = totpStap(gebruiker.totpGeheim, code);
  if (stap !== null) {
    // Claim the step: a code that was already used (here or at enrolment) does not work again.
    const { count } = await db.gebruiker.updateMany({
      where: { id: gebruiker.id, OR: [{ totpLaatsteStap: null }, { totpLaatsteStap: { lt: stap } }] },
      data: { totpLaatsteStap: stap },
    });
    return count === 1;
  }
  const herstel = await db.herstelcode.findFirst({ where: { gebruikerId: gebruiker.id, hash: hashHerstelcode(code), gebruiktOp: null } });
  if (!herstel) return false;
  const { count } = await db.herstelcode.updateMany({ where: { id: herstel.id, gebruiktOp: null }, data: { gebruiktOp: new Date() } });
  return count === 1;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authGeheim(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: ABSOLUUT_MS / 1000 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    Credentials({
      credentials: { ticket: {}, code: {} },
      async authorize(invoer) {
        const ticket = leesTicket(typeof invoer.ticket === "string" ? invoer.ticket : undefined);
        if (!ticket) return null;
        const g = await db.gebruiker.findUnique({ where: { id: ticket.gebruikerId } });
        if (!g || !g.actief || g.sessieVersie !== ticket.sessieVersie) return null;
        if (!(await controleerTweedeFactor(g, typeof invoer.code === "string" ? invoer.code : ""))) throw new OngeldigeCode();
        const nu = new Date();
        await db.gebruiker.update({ where: { id: g.id }, data: { laatstIngelogdOp: nu, laatsteActiviteitOp: nu } });
        return { id: g.id, email: g.email, name: g.naam, rol: g.rol, aanbiederId: g.aanbiederId, sessieVersie: g.sessieVersie };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; rol: Rol; aanbiederId: string | null; sessieVersie: number };
        return { ...token, gid: u.id, rol: u.rol, aid: u.aanbiederId, sv: u.sessieVersie, begin: Date.now() };
      }
      if (typeof token.begin !== "number" || Date.now() - token.begin > ABSOLUUT_MS) return null;
      return token;
    },
    session({ session, token }) {
      return { ...session, gid: token.gid as string, sv: token.sv as number };
    },
  },
});
