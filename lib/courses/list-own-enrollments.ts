import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { COURSE_PERMISSIONS } from "./policy";
import { MyEnrollmentsQuerySchema, type MyEnrollmentSort } from "./schemas";
import { ENROLLMENT_WITH_SECTION } from "./enrollment-shape";
import { positionsOf } from "./waitlist-positions";

/** Sort columns to Prisma, each ending in the unique queue number so pages never repeat or skip a row. */
const ORDER: Record<MyEnrollmentSort, (dir: Prisma.SortOrder) => Prisma.EnrollmentOrderByWithRelationInput[]> = {
  createdAt: (dir) => [{ createdAt: dir }],
  termStart: (dir) => [{ section: { termStart: dir } }],
  status: (dir) => [{ status: dir }, { section: { termStart: "asc" } }],
};

/**
 * "My courses": the enrollments of the learners the actor looks after (themself and those they are
 * guardian of; "own" even for staff), a page at a time, each with its waitlist position (WAITLISTED
 * only), offer deadline and payment status.
 */
export async function listOwnEnrollments(db: Db, actor: Actor | null, query: unknown = {}) {
  requirePermission(actor, COURSE_PERMISSIONS.enrollOwn);
  const q = parseInput(MyEnrollmentsQuerySchema, query ?? {});
  const where: Prisma.EnrollmentWhereInput = {
    learner: { OR: [{ userId: actor.id }, { guardians: { some: { userId: actor.id } } }] },
    status: q.status,
    learnerId: q.learnerId,
  };
  const page = await findPage(
    q,
    (window) => db.enrollment.findMany({ where, include: ENROLLMENT_WITH_SECTION, orderBy: [...ORDER[q.sort](q.dir), { queueNumber: "asc" }], ...window }),
    () => db.enrollment.count({ where }),
  );
  const positions = await positionsOf(db, page.rows.filter((row) => row.status === "WAITLISTED").map((row) => row.id));
  return { ...page, rows: page.rows.map((row) => ({ ...row, position: positions.get(row.id) ?? null })) };
}
export type OwnEnrollment = Awaited<ReturnType<typeof listOwnEnrollments>>["rows"][number];
