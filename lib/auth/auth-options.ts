import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db.server";
import { authSecret } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { servedOverHttps } from "@/lib/security/public-url";
import { clientAddress } from "@/lib/http/client-address";
import { safeRedirectPath } from "./safe-redirect";
import { signInWithPassword } from "./sign-in-with-password";
import { revokeSession } from "./revoke-sessions";
import { ABSOLUTE_LIFETIME_SECONDS } from "./session-lifetime";
import { startSession } from "./start-session";

/**
 * next-auth with email + password. The cookie is a next-auth JWT naming the user (`sub`) and a
 * Session row (`sid`) in PostgreSQL; every request checks that row with the user (`loadActor`), so
 * sign-out and revocation hold on every app instance (ADR 0003). Roles ride in the token for coarse
 * checks in proxy.ts only.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // __Secure-/__Host- cookies exactly when the public URL is https (next-auth's own default, made explicit; ADR 0005).
  useSecureCookies: servedOverHttps(),
  // The cookie lives as long as a session may (absolute); the Session row enforces the idle limit.
  session: { strategy: "jwt", maxAge: ABSOLUTE_LIFETIME_SECONDS },
  pages: { signIn: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const address = clientAddress(req?.headers);
          const actor = await signInWithPassword(getDb(), credentials, address);
          if (!actor) return null;
          const userAgent = typeof req?.headers?.["user-agent"] === "string" ? req.headers["user-agent"].slice(0, 300) : undefined;
          const sid = await startSession(getDb(), actor.id, { ip: address?.slice(0, 64), userAgent });
          return { id: actor.id, email: actor.email, name: actor.name, roles: actor.roles, sid };
        } catch (error) {
          // next-auth passes the message on as `error`; the sign-in form localizes it.
          if (isDomainError(error)) throw new Error(error.messageKey);
          throw error;
        }
      },
    }),
  ],
  events: {
    // Sign-out ends this token's session for every instance, not just this browser's cookie.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(getDb(), token.sid, "SIGN_OUT");
    },
  },
  callbacks: {
    // Only paths on the portal's own origin may follow sign-in or sign-out (no open redirects).
    redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, "/", baseUrl), baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.roles = (user as { roles?: string[] }).roles ?? [];
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.roles = (token.roles as string[] | undefined) ?? [];
      }
      return session;
    },
  },
};
