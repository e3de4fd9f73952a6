import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { ACTOR_INCLUDE, ROLE_ORGANIZATION, toActor, type Actor } from "@/lib/auth/actor";
import { fromDatabaseError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_PROBLEM_MESSAGE, assessPassword, type PasswordAssessment } from "@/lib/auth/password-policy";
import { PASSWORD_RULES } from "@/lib/auth/password-rules";
import { SELF_SERVICE_ROLES } from "@/lib/auth/permissions";
import { locales } from "@/lib/i18n/locales";
import { queueNotification } from "@/lib/notifications/queue-notification";
import { ACCOUNT_NOTIFICATIONS } from "@/lib/organisations/events";
import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { createJoinRequest } from "@/lib/organisations/request-to-join-school";
import { JoinSchoolSchema, NewOrganisationSchema, lineOfText } from "@/lib/organisations/schemas";

/** How a school coordinator comes to a school: ask to join a verified one, or register a new one. */
export const SCHOOL_CHOICES = ["join", "new"] as const;

const coordinator = z.literal("SCHOOL_COORDINATOR");
const { name: organisationName, city: organisationCity } = NewOrganisationSchema.shape;

/**
 * The organisation part of a registration, by role. Field names are the form's, so errors land
 * next to the right control; fields of other roles (a form sends every section) are ignored.
 */
const OrganisationChoiceSchema = z.discriminatedUnion(
  "role",
  [
    z.object({ role: z.literal("MEMBER") }).transform(() => ({ organisation: null })),
    z
      .object({ role: z.literal("BUSINESS"), companyName: organisationName, companyCity: organisationCity })
      .transform((v) => ({ organisation: { found: { kind: "BUSINESS" as const, name: v.companyName, city: v.companyCity } } })),
    z.discriminatedUnion(
      "school",
      [
        z
          .object({ role: coordinator, school: z.literal("join"), schoolId: JoinSchoolSchema.shape.organizationId })
          .transform((v) => ({ organisation: { join: v.schoolId } })),
        z
          .object({ role: coordinator, school: z.literal("new"), schoolName: organisationName, schoolCity: organisationCity })
          .transform((v) => ({ organisation: { found: { kind: "SCHOOL" as const, name: v.schoolName, city: v.schoolCity } } })),
      ],
      { error: "validation.choice" },
    ),
  ],
  { error: "validation.choice" },
);

/** A password problem as a field issue, in the catalog's words (`PASSWORD_PROBLEM_MESSAGE`). */
function passwordIssue(ctx: z.RefinementCtx, { problem }: PasswordAssessment, path: string[] = []) {
  if (!problem) return;
  const { minLength: minimum, maxLength: maximum } = PASSWORD_RULES;
  ctx.addIssue({ code: "custom", path, message: PASSWORD_PROBLEM_MESSAGE[problem], params: { messageKey: PASSWORD_PROBLEM_MESSAGE[problem], minimum, maximum } });
}

// An intersection reports the account's and the organisation's errors together.
export const RegisterAccountSchema = z.intersection(
  z
    .object({
      name: lineOfText(2, 100),
      email: z.string().trim().toLowerCase().email().max(200),
      // The password rule is lib/auth/password-policy; the person's own words are checked once name and email are known.
      password: z.string().superRefine((password, ctx) => passwordIssue(ctx, assessPassword(password))),
      role: z.enum(SELF_SERVICE_ROLES),
      locale: z.enum(locales).default("en"),
    })
    // Zod runs this despite a field issue: add the personal check only to a password that passed the rest.
    .superRefine(({ password, email, name }, ctx) => {
      if (!assessPassword(password).problem) passwordIssue(ctx, assessPassword(password, { email, name }), ["password"]);
    }),
  OrganisationChoiceSchema,
);

export type RegisterAccountInput = z.input<typeof RegisterAccountSchema>;

/**
 * Self-registration. A member can act at once. A school coordinator either registers a new school
 * (and becomes its lead, waiting for staff) or asks to join a verified school (waiting for its lead
 * or staff); a business representative registers their company (waiting for staff). Their role
 * counts once that membership is verified. The account, its organisation and notices are written
 * together or not at all.
 */
export async function registerAccount(db: Db, input: unknown, { client }: { client?: Actor["client"] } = {}) {
  const data = parseInput(RegisterAccountSchema, input);
  const passwordHash = await hashPassword(data.password);
  const needsOrganisation = ROLE_ORGANIZATION[data.role] !== undefined;
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          passwordHash,
          locale: data.locale,
          roles: { create: { role: data.role, verifiedAt: needsOrganisation ? null : new Date() } },
        },
        include: ACTOR_INCLUDE,
      });
      // The new person is the actor of their own registration (audit rows say so, with their address).
      const self: Actor = { ...toActor(user), client };
      const { organisation } = data;
      if (organisation && "found" in organisation) {
        const prefix = organisation.found.kind === "SCHOOL" ? "school" : "company";
        const created = await registerOrganisation(tx, self, organisation.found, { namePath: `${prefix}Name` });
        await queueNotification(tx, {
          user,
          template: ACCOUNT_NOTIFICATIONS.awaitingVerification,
          payload: { name: user.name, role: data.role, organization: created.name },
        });
      } else if (organisation) {
        await createJoinRequest(tx, self, organisation.join, { choicePath: "schoolId" });
      } else {
        await queueNotification(tx, { user, template: ACCOUNT_NOTIFICATIONS.welcome, payload: { name: user.name, role: data.role } });
      }
      return { id: user.id, email: user.email, name: user.name, locale: user.locale };
    });
  } catch (error) {
    throw fromDatabaseError(error, "errors.emailTaken") ?? error;
  }
}
