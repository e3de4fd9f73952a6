import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";
import type { GrantedPermission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { ACTIVE_STATUSES } from "./rules";

/**
 * Who may do what with language courses, answered once. Services enforce it; pages, components and
 * the API ask it what to show. Nothing else decides "may this person see that enrollment?" or
 * "is this section open?".
 */

/** The permission strings of the area: the UI checks the same ones the services require. */
export const COURSE_PERMISSIONS = {
  /** Enroll oneself or a learner one is guardian of; see, accept, drop those enrollments. */
  enrollOwn: "enroll:course:own",
  /** Teachers: the rosters of the sections they teach. */
  readOwnRoster: "read:roster:own",
  /** Teachers: attendance in the sections they teach. */
  markOwnAttendance: "mark:attendance:own",
  /** Staff: every roster. */
  readAnyRoster: "read:roster:any",
  /** Staff: attendance in any section. */
  markAnyAttendance: "mark:attendance:any",
  /** Staff: enroll on someone's behalf, remove, move, record payment, change capacity. */
  manageEnrollments: "manage:enrollment:any",
  /** Staff: create, edit and retire courses, sections and meetings; cancel a meeting. */
  manageCatalogue: "manage:catalogue:any",
  /** Staff: export rosters and waitlists. */
  export: "export:report:any",
} as const satisfies Record<string, GrantedPermission>;

export const mayManageEnrollments = (actor: Actor | null | undefined) => can(actor, COURSE_PERMISSIONS.manageEnrollments);

/**
 * The learners the actor looks after (as guardian, or as the learner themself), as a Prisma filter
 * every read of learners goes through. Staff see every learner.
 */
export function visibleLearnersWhere(actor: Actor | null | undefined): Prisma.LearnerWhereInput {
  if (mayManageEnrollments(actor)) return {};
  if (!actor) return { id: { in: [] } };
  return { OR: [{ userId: actor.id }, { guardians: { some: { userId: actor.id } } }] };
}

/**
 * The enrollments the actor may see: staff all; a learner or guardian those of their learners; a
 * teacher those of the sections they teach. Anyone else none. A caller who may not see one gets 404.
 */
export function visibleEnrollmentsWhere(actor: Actor | null | undefined): Prisma.EnrollmentWhereInput {
  if (mayManageEnrollments(actor) || can(actor, COURSE_PERMISSIONS.readAnyRoster)) return {};
  if (!actor) return { id: { in: [] } };
  const own: Prisma.EnrollmentWhereInput[] = [{ learner: visibleLearnersWhere(actor) }];
  if (can(actor, COURSE_PERMISSIONS.readOwnRoster)) own.push({ section: { teacherId: actor.id } });
  return { OR: own };
}

/** The sections whose roster the actor may read: staff all, a teacher their own, anyone else none. */
export function rosterSectionsWhere(actor: Actor | null | undefined): Prisma.CourseSectionWhereInput {
  if (can(actor, COURSE_PERMISSIONS.readAnyRoster)) return {};
  if (actor && can(actor, COURSE_PERMISSIONS.readOwnRoster)) return { teacherId: actor.id };
  return { id: { in: [] } };
}

/** Whether the actor may mark attendance in this section (staff any, a teacher their own). */
export function mayMarkAttendance(actor: Actor | null | undefined, section: { teacherId: string | null }): boolean {
  if (can(actor, COURSE_PERMISSIONS.markAnyAttendance)) return true;
  return !!actor && can(actor, COURSE_PERMISSIONS.markOwnAttendance) && section.teacherId === actor.id;
}

/** What a section offers a newcomer: a place, a place on the waitlist, or nothing. */
export type SectionState = "open" | "full" | "closed";

interface SectionFacts {
  capacity: number;
  enrolledCount: number;
  enrollmentDeadline: Date;
  retiredAt: Date | null;
  course?: { published: boolean; retiredAt: Date | null };
}

/** Open while places are left and the deadline has not passed; full (waitlist open) when none are left. */
export function sectionState(section: SectionFacts, now: Date): SectionState {
  if (section.retiredAt || section.course?.retiredAt || section.course?.published === false) return "closed";
  if (now.getTime() > section.enrollmentDeadline.getTime()) return "closed";
  return section.enrolledCount < section.capacity ? "open" : "full";
}

export const placesLeft = (section: Pick<SectionFacts, "capacity" | "enrolledCount">) => Math.max(0, section.capacity - section.enrolledCount);

/** The people of a learner, as the policy needs them. */
interface LearnerPeople {
  userId: string | null;
  guardians: { userId: string }[];
}

/** Whether the actor is this learner, or one of their guardians. */
export function looksAfter(actor: Actor | null | undefined, learner: LearnerPeople): boolean {
  return !!actor && (learner.userId === actor.id || learner.guardians.some((g) => g.userId === actor.id));
}

/**
 * Whether the actor may enroll this learner, accept their offers and drop their enrollments: the
 * learner or a guardian holding `enrollOwn`, or staff (on the learner's behalf).
 */
export function mayActForLearner(actor: Actor | null | undefined, learner: LearnerPeople): boolean {
  return (can(actor, COURSE_PERMISSIONS.enrollOwn) && looksAfter(actor, learner)) || mayManageEnrollments(actor);
}

/** Whether the actor may add another guardian to this learner: a current guardian, or the learner. */
export const mayAddGuardian = (actor: Actor | null | undefined, learner: LearnerPeople) =>
  can(actor, COURSE_PERMISSIONS.enrollOwn) && looksAfter(actor, learner);

/** Guardians who count towards MAX_GUARDIANS_PER_LEARNER: accounts other than the learner's own. */
export const countedGuardians = (learner: LearnerPeople) => learner.guardians.filter((g) => g.userId !== learner.userId).length;

/** What someone may do with one enrollment (each is an operation on `/api/v1/enrollments/{id}`). */
export const ENROLLMENT_ACTIONS = ["accept", "drop"] as const;
export type EnrollmentAction = (typeof ENROLLMENT_ACTIONS)[number];

/**
 * The actions the actor may take on this enrollment now: accept a live offer; drop (or, for staff,
 * remove) while it is enrolled, offered or waitlisted. Pages show exactly these buttons.
 */
export function enrollmentActions(
  actor: Actor | null | undefined,
  enrollment: { status: EnrollmentStatus; offerExpiresAt: Date | null; learner: LearnerPeople },
  now: Date,
): EnrollmentAction[] {
  if (!mayActForLearner(actor, enrollment.learner)) return [];
  const actions: EnrollmentAction[] = [];
  if (enrollment.status === "OFFERED" && enrollment.offerExpiresAt && enrollment.offerExpiresAt.getTime() > now.getTime()) actions.push("accept");
  if (ACTIVE_STATUSES.includes(enrollment.status)) actions.push("drop");
  return actions;
}

/** Whether the actor reads rosters at all (teachers their own sections', staff any): asked before any row is read. */
export const mayReadRosters = (actor: Actor | null | undefined) =>
  can(actor, COURSE_PERMISSIONS.readAnyRoster) || can(actor, COURSE_PERMISSIONS.readOwnRoster);

/** Whether the actor takes attendance at all (teachers in their own sections, staff in any). */
export const mayTakeAttendance = (actor: Actor | null | undefined) =>
  can(actor, COURSE_PERMISSIONS.markAnyAttendance) || can(actor, COURSE_PERMISSIONS.markOwnAttendance);
