import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; roles: string[] };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    roles?: string[];
    /** The Session row this token belongs to (lib/auth/start-session.ts). */
    sid?: string;
  }
}
