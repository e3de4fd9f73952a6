import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-client";
import { ACTOR_INCLUDE, ROLE_ORGANIZATION, toActor, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Generic test factories (people, time). Each area keeps its own beside its code, e.g.
 * `lib/field-trips/testing/factories.ts`. Integration tests talk to the real PostgreSQL in DATABASE_URL.
 */
export const db = createPrismaClient(process.env.DATABASE_URL ?? "", { max: 20 });

export const uniq = () => randomUUID().slice(0, 8);
const DAY = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number, now = new Date()) => new Date(now.getTime() + days * DAY);

export interface ActorOptions {
  /** false: the memberships (and any organisation created for them) await verification. */
  verified?: boolean;
  name?: string;
  locale?: string;
  /** Join this existing organisation instead of creating one (for the role that needs one). */
  organizationId?: string;
}

/**
 * A user holding `roles`. A role that counts only through an organisation (school coordinator,
 * business) gets a membership: of a new organisation of that kind (its lead), or of `organizationId`.
 * Verified unless told otherwise. Password hashes are placeholders: these users never sign in.
 */
export async function createActor(roles: Role[], { verified = true, name = "Test Person", locale = "en", organizationId }: ActorOptions = {}): Promise<Actor> {
  const verifiedAt = verified ? new Date() : null;
  const kinds = [...new Set(roles.flatMap((role) => ROLE_ORGANIZATION[role] ?? []))];
  const user = await db.user.create({
    data: {
      email: `${uniq()}@test.example`,
      name,
      locale,
      passwordHash: "not-a-real-hash",
      roles: { create: roles.map((role) => ({ role, verifiedAt })) },
      memberships: {
        create: kinds.map((kind) =>
          organizationId
            ? { role: "MEMBER" as const, verifiedAt, organization: { connect: { id: organizationId } } }
            : { role: "LEAD" as const, verifiedAt, organization: { create: { kind, name: `Test ${kind.toLowerCase()} ${uniq()}`, city: "Islamabad", verifiedAt } } },
        ),
      },
    },
    include: ACTOR_INCLUDE,
  });
  return toActor(user);
}

/** The actor of an existing user as a request would see them now (after a membership changed, say). */
export async function reloadActor(userId: string): Promise<Actor> {
  return toActor(await db.user.findUniqueOrThrow({ where: { id: userId }, include: ACTOR_INCLUDE }));
}
