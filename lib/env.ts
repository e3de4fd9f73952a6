import { z } from "zod";

/** Server configuration, read once and validated. Parsed lazily so `next build` needs no database. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().url(),
  AUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Friendship Center <no-reply@friendship-center.example>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}

/**
 * The secret that signs session tokens. Read straight from the environment (not through env()),
 * because proxy.ts needs it without a DATABASE_URL. next-auth refuses to run in production without it.
 */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}
