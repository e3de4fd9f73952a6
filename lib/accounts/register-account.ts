import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { fromDatabaseError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "@/lib/auth/password";
import { SELF_SERVICE_ROLES, ROLES_NEEDING_VERIFICATION } from "@/lib/auth/permissions";
import { locales } from "@/lib/i18n/locales";
import { queueNotification } from "@/lib/notifications/queue-notification";

export const RegisterAccountSchema = z
  .object({
    name: z.string().trim().min(2).max(100),
    email: z.string().trim().toLowerCase().email().max(200),
    password: z.string().min(10).max(200),
    role: z.enum(SELF_SERVICE_ROLES),
    organization: z.string().trim().max(150).optional().transform((v) => v || undefined),
    locale: z.enum(locales).default("en"),
  })
  .refine((v) => v.role === "MEMBER" || !!v.organization, {
    path: ["organization"],
    params: { messageKey: "validation.organizationRequired" },
  });

export type RegisterAccountInput = z.input<typeof RegisterAccountSchema>;

/** Self-registration. School coordinators and businesses start unverified: they may browse but not act. */
export async function registerAccount(db: Db, input: unknown) {
  const data = parseInput(RegisterAccountSchema, input);
  const passwordHash = await hashPassword(data.password);
  const needsVerification = ROLES_NEEDING_VERIFICATION.includes(data.role);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          passwordHash,
          locale: data.locale,
          organization: data.organization,
          roles: { create: { role: data.role, verifiedAt: needsVerification ? null : new Date() } },
        },
        select: { id: true, email: true, name: true, locale: true },
      });
      await queueNotification(tx, {
        user,
        template: needsVerification ? "account.awaitingVerification" : "account.welcome",
        payload: { name: user.name, role: data.role },
      });
      return user;
    });
  } catch (error) {
    throw fromDatabaseError(error, "errors.emailTaken") ?? error;
  }
}

