// Demo accounts: one per role (and a second teacher of the demo school), all sharing one password.
// Printed by the start script. Their schools and companies are seeded with them (organisations.ts).
import { hashPassword } from "../../lib/auth/password";
import { revokeSessions } from "../../lib/auth/revoke-sessions";
import { Role } from "../../lib/generated/prisma/enums";
import { seedOrganisations } from "./organisations";
import type { SeedDb } from "./util";

export const DEMO_PASSWORD = "Demo-Password-2026";

export type AccountKey = "admin" | "staff" | "member" | "coordinator" | "colleague" | "teacher" | "business" | "pendingCoordinator";

export interface DemoAccount {
  key: AccountKey;
  email: string;
  password: string;
  /** The role to show next to the login. */
  role: Role;
  /** Every role the account holds. */
  roles: Role[];
  /** false: the account's school or company membership waits for verification (see organisations.ts). */
  verified: boolean;
  name: string;
  phone: string;
}

const account = (a: Omit<DemoAccount, "password" | "role"> & { role?: Role }): DemoAccount => ({
  ...a,
  role: a.role ?? a.roles[0],
  password: DEMO_PASSWORD,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account({
    key: "admin",
    email: "admin@demo.fc.pk",
    roles: [Role.ADMIN, Role.STAFF],
    verified: true,
    name: "Dmitry Sokolov",
    phone: "+92 51 2870100",
  }),
  account({
    key: "staff",
    email: "staff@demo.fc.pk",
    roles: [Role.STAFF],
    verified: true,
    name: "Sana Malik",
    phone: "+92 51 2870101",
  }),
  account({
    key: "member",
    email: "member@demo.fc.pk",
    roles: [Role.MEMBER],
    verified: true,
    name: "Imran Haider",
    phone: "+92 300 5550142",
  }),
  account({
    key: "coordinator",
    email: "coordinator@demo.fc.pk",
    roles: [Role.SCHOOL_COORDINATOR],
    verified: true,
    name: "Nadia Rehman",
    phone: "+92 333 5550177",
  }),
  account({
    // A second teacher of the coordinator's school: colleagues share the school's field trips.
    key: "colleague",
    email: "colleague@demo.fc.pk",
    roles: [Role.SCHOOL_COORDINATOR],
    verified: true,
    name: "Farah Siddiqui",
    phone: "+92 333 5550178",
  }),
  account({
    key: "teacher",
    email: "teacher@demo.fc.pk",
    roles: [Role.TEACHER],
    verified: true,
    name: "Elena Morozova",
    phone: "+92 51 2870112",
  }),
  account({
    key: "business",
    email: "business@demo.fc.pk",
    roles: [Role.BUSINESS],
    verified: true,
    name: "Usman Tariq",
    phone: "+92 321 5550190",
  }),
  account({
    key: "pendingCoordinator",
    email: "pending.coordinator@demo.fc.pk",
    roles: [Role.SCHOOL_COORDINATOR],
    verified: false,
    name: "Bilal Ahmed",
    phone: "+92 345 5550123",
  }),
];

/** Roles that count only once staff verified them: these record who verified. */
const NEEDS_VERIFIER: Role[] = [Role.SCHOOL_COORDINATOR, Role.BUSINESS];

export type AccountIds = Record<AccountKey, string>;

/**
 * Creates missing demo users (hashing the password only then), refreshes their profile fields,
 * makes their roles match the demo state, then seeds their schools and companies. Admin first: it
 * verifies the others.
 */
export async function seedAccounts(db: SeedDb, now: Date): Promise<AccountIds> {
  const ids = {} as AccountIds;
  for (const a of DEMO_ACCOUNTS) {
    const profile = { name: a.name, phone: a.phone };
    const existing = await db.user.findUnique({ where: { email: a.email }, select: { id: true, name: true, phone: true } });
    const user = existing
      ? existing.name === profile.name && existing.phone === profile.phone
        ? existing
        : await db.user.update({ where: { id: existing.id }, data: profile, select: { id: true } })
      : await db.user.create({
          data: { email: a.email, passwordHash: await hashPassword(a.password), locale: "en", ...profile },
          select: { id: true },
        });
    ids[a.key] = user.id;

    let rolesChanged = false;
    for (const role of a.roles) {
      const verifiedById = a.verified && NEEDS_VERIFIER.includes(role) ? ids.admin : null;
      const current = await db.userRole.findUnique({ where: { userId_role: { userId: user.id, role } } });
      if (!current) {
        await db.userRole.create({
          data: { userId: user.id, role, verifiedAt: a.verified ? now : null, verifiedById },
        });
        rolesChanged = true;
      } else if (a.verified !== (current.verifiedAt !== null)) {
        // Restore the demo state (e.g. the pending coordinator was verified while trying the demo).
        await db.userRole.update({
          where: { userId_role: { userId: user.id, role } },
          data: { verifiedAt: a.verified ? now : null, verifiedById },
        });
        rolesChanged = true;
      }
    }
    // A role change ends the person's sessions (ADR 0003), here as in the admin's service.
    if (existing && rolesChanged) await revokeSessions(db, user.id, "ROLES_CHANGED", now);
  }
  await seedOrganisations(db, ids, now);
  return ids;
}
