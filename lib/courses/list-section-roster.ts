import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { COURSE_PERMISSIONS, rosterSectionsWhere } from "./policy";
import { ACTIVE_STATUSES } from "./rules";
import { waitlistPositions } from "./waitlist-positions";
import { RosterExportQuerySchema, RosterQuerySchema, type RosterExportQuery, type RosterFilter, type RosterQuery, type RosterSort } from "./roster-schemas";

/** How to reach a person about a learner. */
const CONTACT = { select: { id: true, name: true, email: true, phone: true } } as const;

/** What a staff roster row shows: the learner, who looks after them, and who enrolled them. */
export const ROSTER_ROW = {
  learner: { include: { user: CONTACT, guardians: { include: { user: CONTACT }, orderBy: { createdAt: "asc" as const } } } },
  enrolledBy: CONTACT,
} as const;

/** The section a roster belongs to, with what its page heading and move choices need. */
const SECTION_HEADING = {
  course: { select: { id: true, slug: true, title: true, translations: true, level: true, audience: true } },
  teacher: { select: { id: true, name: true } },
} as const;

/** The filter as a Prisma condition on one section's enrollments; no status means the live ones. */
export function rosterWhere(sectionId: string, filter: RosterFilter): Prisma.EnrollmentWhereInput {
  return {
    sectionId,
    status: filter.status ?? { in: [...ACTIVE_STATUSES] },
    paymentStatus: filter.payment,
    learner: filter.q ? { name: { contains: filter.q, mode: "insensitive" } } : undefined,
  };
}

/** Each sort ends in the queue number (unique), so pages never repeat or skip a row. */
const ROSTER_ORDER: Record<RosterSort, (dir: Prisma.SortOrder) => Prisma.EnrollmentOrderByWithRelationInput[]> = {
  queue: (dir) => [{ queueNumber: dir }],
  name: (dir) => [{ learner: { name: dir } }, { queueNumber: "asc" }],
  status: (dir) => [{ status: dir }, { queueNumber: "asc" }],
  payment: (dir) => [{ paymentStatus: dir }, { queueNumber: "asc" }],
};

/** A section whose roster staff may read (`rosterSectionsWhere`); for anyone else it does not exist. */
async function rosterSection(db: Db, actor: Actor, sectionId: string) {
  const section = await db.courseSection.findFirst({ where: { AND: [{ id: sectionId }, rosterSectionsWhere(actor)] }, include: SECTION_HEADING });
  if (!section) throw notFound();
  return section;
}

/**
 * The staff view of one section's roster and waitlist: the rows matching the filter, a page at a
 * time, each with its waitlist position; and how many learners are in each status.
 */
export async function listSectionRoster(db: Db, actor: Actor | null, sectionId: string, query: RosterQuery = RosterQuerySchema.parse({})) {
  requirePermission(actor, COURSE_PERMISSIONS.readAnyRoster);
  const section = await rosterSection(db, actor, sectionId);
  const where = rosterWhere(section.id, query);
  const [page, positions, counts, otherSections] = await Promise.all([
    findPage(
      query,
      (window) => db.enrollment.findMany({ where, include: ROSTER_ROW, orderBy: ROSTER_ORDER[query.sort](query.dir), ...window }),
      () => db.enrollment.count({ where }),
    ),
    waitlistPositions(db, section.id),
    db.enrollment.groupBy({ by: ["status"], where: { sectionId: section.id }, _count: { _all: true } }),
    // Where staff may move a learner: the course's other live sections.
    db.courseSection.findMany({
      where: { courseId: section.courseId, id: { not: section.id }, retiredAt: null },
      select: { id: true, code: true, capacity: true, enrolledCount: true },
      orderBy: [{ termStart: "asc" }, { code: "asc" }],
    }),
  ]);
  return {
    section,
    otherSections,
    roster: { ...page, rows: page.rows.map((row) => ({ ...row, position: positions.get(row.id) ?? null })) },
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<(typeof counts)[number]["status"], number>>,
  };
}

export type SectionRoster = Awaited<ReturnType<typeof listSectionRoster>>;
export type RosterRow = SectionRoster["roster"]["rows"][number];

/** An export holds exactly the filtered roster; this bound only stops a runaway query. */
export const ROSTER_EXPORT_MAX_ROWS = 10_000;

/** The filtered roster for a download (CSV): every matching row, in the asked order, with positions. */
export async function exportSectionRoster(db: Db, actor: Actor | null, sectionId: string, query: RosterExportQuery = RosterExportQuerySchema.parse({})) {
  requirePermission(actor, COURSE_PERMISSIONS.export);
  const section = await rosterSection(db, actor, sectionId);
  const [rows, positions] = await Promise.all([
    db.enrollment.findMany({ where: rosterWhere(section.id, query), include: ROSTER_ROW, orderBy: ROSTER_ORDER[query.sort](query.dir), take: ROSTER_EXPORT_MAX_ROWS }),
    waitlistPositions(db, section.id),
  ]);
  return { section, rows: rows.map((row) => ({ ...row, position: positions.get(row.id) ?? null })) };
}
