import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db.server";
import { authSecret } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { servedOverHttps } from "@/lib/security/public-url";
import { clientAddress } from "@/lib/http/client-address";
import { safeRedirectPath } from "./safe-redirect";
import { signInWithPassword } from "./sign-in-with-password";

/**
 * next-auth with email + password. Sessions are signed JWTs (no server-side session state), so any
 * number of app instances can serve one user. Roles ride in the token for coarse checks in proxy.ts;
 * services re-read the user from the database for every decision.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // __Secure-/__Host- cookies exactly when the public URL is https (next-auth's own default, made explicit; ADR 0005).
  useSecureCookies: servedOverHttps(),
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const actor = await signInWithPassword(getDb(), credentials, clientAddress(req?.headers));
          return actor ? { id: actor.id, email: actor.email, name: actor.name, roles: actor.roles } : null;
        } catch (error) {
          // next-auth passes the message on as `error`; the sign-in form localizes it.
          if (isDomainError(error)) throw new Error(error.messageKey);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // Only paths on the portal's own origin may follow sign-in or sign-out (no open redirects).
    redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, "/", baseUrl), baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.roles = (user as { roles?: string[] }).roles ?? [];
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
