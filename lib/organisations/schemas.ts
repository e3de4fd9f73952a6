import { z } from "zod";
import { OrganizationKind } from "@/lib/generated/prisma/enums";
import { pageQuerySchema } from "@/lib/paging";
import { ID_MAX_LENGTH, id, optionalFilter, text } from "@/lib/validation";

/** One line a person typed (a name, a city): see `text` in lib/validation.ts. */
export const lineOfText = (min: number, max: number) => text({ min, max });

/** Free text that may span lines (a reason). */
export const paragraphOfText = (min: number, max: number) => text({ min, max, multiline: true });

export const ORGANISATION_KINDS = Object.values(OrganizationKind);
export const OrganisationKindSchema = z.enum(OrganizationKind);

/** Bounds shared by the registration form and the services. */
export const ORGANISATION_TEXT = { nameMin: 2, nameMax: 150, cityMin: 2, cityMax: 100, reasonMin: 5, reasonMax: 500 } as const;

/** A new school or company as its founder names it. */
export const NewOrganisationSchema = z.object({
  name: lineOfText(ORGANISATION_TEXT.nameMin, ORGANISATION_TEXT.nameMax),
  city: lineOfText(ORGANISATION_TEXT.cityMin, ORGANISATION_TEXT.cityMax),
});
export type NewOrganisation = z.output<typeof NewOrganisationSchema>;

export const OrganisationIdSchema = z.object({ organizationId: id });

/** A teacher asks to join a verified school. */
export const JoinSchoolSchema = z.object({
  organizationId: z
    .string({ error: "validation.schoolChoice" })
    .trim()
    .min(1, { error: "validation.schoolChoice" })
    .max(ID_MAX_LENGTH)
    .pipe(id),
});

/** One membership: the organisation and the person. */
export const MembershipKeySchema = z.object({ organizationId: id, userId: id });

export const DeclineMembershipSchema = MembershipKeySchema.extend({
  reason: paragraphOfText(ORGANISATION_TEXT.reasonMin, ORGANISATION_TEXT.reasonMax),
});

/** The search behind the school picker: by name (or city), paged. */
export const SchoolSearchSchema = z.object({
  q: optionalFilter(lineOfText(0, 100)),
  ...pageQuerySchema(["name", "city"], { sort: "name", dir: "asc", size: 25 }).shape,
});
export type SchoolSearch = z.input<typeof SchoolSearchSchema>;

/** The membership queue: oldest request first by default, filterable by kind. */
export const PendingMembershipsQuerySchema = z.object({
  kind: optionalFilter(OrganisationKindSchema),
  ...pageQuerySchema(["requestedAt", "person", "organization"], { sort: "requestedAt", dir: "asc" }).shape,
});
export type PendingMembershipsQuery = z.input<typeof PendingMembershipsQuerySchema>;

export const MEMBERSHIP_STATUSES = ["pending", "verified", "declined"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** One organisation's people (for its lead or staff): filterable by status, newest request first. */
export const OrganisationMembersQuerySchema = z.object({
  status: optionalFilter(z.enum(MEMBERSHIP_STATUSES)),
  ...pageQuerySchema(["requestedAt", "person"], { sort: "requestedAt", dir: "desc" }).shape,
});
export type OrganisationMembersQuery = z.input<typeof OrganisationMembersQuerySchema>;
