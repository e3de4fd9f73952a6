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

export function authSecret(): string {
  const { AUTH_SECRET, NEXTAUTH_SECRET, NODE_ENV } = env();
  const secret = AUTH_SECRET ?? NEXTAUTH_SECRET;
  if (secret) return secret;
  if (NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production (npm start generates one in .data/)");
  return "development-only-secret-do-not-use-in-production";
}
