// A few event registrations and course enrollments so "My schedule", rosters and fill rates have data.
// Counters (Event.registeredSeats, CourseSection.enrolledCount) are recomputed from the rows.
import { EnrollmentStatus, RegistrationStatus, type AttendanceStatus } from "../../lib/generated/prisma/enums";
import type { AccountIds, AccountKey } from "./accounts";
import type { SeedDb } from "./util";

interface RegistrationSeed {
  ticketCode: string;
  event: string;
  user: AccountKey;
  seats: number;
}

const REGISTRATIONS: RegistrationSeed[] = [
  { ticketCode: "DEMO-TKT-0001", event: "film-night-solaris", user: "member", seats: 2 },
  { ticketCode: "DEMO-TKT-0002", event: "lecture-gagarins-108-minutes", user: "member", seats: 1 },
  { ticketCode: "DEMO-TKT-0003", event: "concert-tchaikovsky-rachmaninoff", user: "teacher", seats: 2 },
  { ticketCode: "DEMO-TKT-0004", event: "pakistan-russia-business-forum", user: "business", seats: 2 },
  { ticketCode: "DEMO-TKT-0005", event: "lecture-gagarins-108-minutes", user: "coordinator", seats: 3 },
];

/** Seats of these registrations count towards registeredSeats. */
const SEAT_HOLDING: RegistrationStatus[] = [RegistrationStatus.REGISTERED, RegistrationStatus.CHECKED_IN];

/** Upserts the demo registrations by ticket code, then recounts the seats of the events involved. */
export async function seedEventRegistrations(db: SeedDb, events: Map<string, string>, users: AccountIds) {
  const touched = new Set<string>();
  for (const { ticketCode, event, user, seats } of REGISTRATIONS) {
    const eventId = events.get(event);
    if (!eventId) throw new Error(`${ticketCode}: unknown event "${event}"`);
    await db.eventRegistration.upsert({
      where: { ticketCode },
      create: { ticketCode, eventId, userId: users[user], seats, status: RegistrationStatus.REGISTERED },
      update: { eventId, userId: users[user], seats },
    });
    touched.add(eventId);
  }
  for (const id of touched) {
    const { _sum } = await db.eventRegistration.aggregate({
      where: { eventId: id, status: { in: SEAT_HOLDING } },
      _sum: { seats: true },
    });
    await db.event.update({ where: { id }, data: { registeredSeats: _sum.seats ?? 0 } });
  }
}

interface LearnerSeed {
  guardian: AccountKey;
  name: string;
  birthYear: number;
  isSelf: boolean;
  /** Section codes the learner is enrolled in. */
  sections: string[];
}

const LEARNERS: LearnerSeed[] = [
  { guardian: "member", name: "Imran Haider", birthYear: 1986, isSelf: true, sections: ["RUS-A1-A-01"] },
  { guardian: "member", name: "Zainab Haider", birthYear: 2017, isSelf: false, sections: ["RUS-A1-K-01"] },
  { guardian: "member", name: "Ali Haider", birthYear: 2012, isSelf: false, sections: ["RUS-A2-T-01"] },
  { guardian: "business", name: "Usman Tariq", birthYear: 1979, isSelf: true, sections: ["RUS-B1-BIZ-01"] },
  // RUS-A1-A-03 has two places: these two fill it, so its waitlist is open.
  { guardian: "coordinator", name: "Nadia Rehman", birthYear: 1984, isSelf: true, sections: ["RUS-A1-A-03"] },
  { guardian: "colleague", name: "Farah Siddiqui", birthYear: 1991, isSelf: true, sections: ["RUS-A1-A-03"] },
];

/** Places that count towards enrolledCount. */
const PLACE_HOLDING: EnrollmentStatus[] = [EnrollmentStatus.ENROLLED, EnrollmentStatus.OFFERED];
const ACTIVE_ENROLLMENT: EnrollmentStatus[] = [...PLACE_HOLDING, EnrollmentStatus.WAITLISTED];

/** Creates missing learners (matched by guardian and name) and their enrollments, then recounts places. */
export async function seedEnrollments(db: SeedDb, sections: Map<string, string>, users: AccountIds) {
  const touched = new Set<string>();
  for (const learner of LEARNERS) {
    const guardianId = users[learner.guardian];
    const existing = await db.learner.findFirst({
      where: { name: learner.name, guardians: { some: { userId: guardianId } } },
      select: { id: true },
    });
    const learnerId =
      existing?.id ??
      (
        await db.learner.create({
          data: {
            name: learner.name,
            birthYear: learner.birthYear,
            userId: learner.isSelf ? guardianId : null,
            guardians: { create: { userId: guardianId } },
          },
          select: { id: true },
        })
      ).id;
    for (const code of learner.sections) {
      const sectionId = sections.get(code);
      if (!sectionId) throw new Error(`${learner.name}: unknown section "${code}"`);
      const active = await db.enrollment.findFirst({
        where: { sectionId, learnerId, status: { in: ACTIVE_ENROLLMENT } },
        select: { id: true },
      });
      if (!active) {
        await db.enrollment.create({
          data: { sectionId, learnerId, enrolledById: guardianId, status: EnrollmentStatus.ENROLLED },
        });
      }
      touched.add(sectionId);
    }
  }
  for (const id of touched) {
    const enrolledCount = await db.enrollment.count({ where: { sectionId: id, status: { in: PLACE_HOLDING } } });
    await db.courseSection.update({ where: { id }, data: { enrolledCount } });
  }
}

// ───────────── a running section for the demo teacher ─────────────
// Every catalogue section starts in the coming weeks; this one started five weeks ago, so the demo
// teacher has past meetings, children with guardians on the roster and attendance to look at.

/** The running kids' section: code, course and weekly meetings (Center time), clear of the teacher's other hours. */
const RUNNING_SECTION = {
  code: "RUS-A1-K-00",
  course: "russian-for-kids-a1",
  weeksAgo: 5,
  termWeeks: 12,
  capacity: 10,
  feePkr: 18000,
  meetings: [
    { weekday: 2, startMinute: 14 * 60, endMinute: 15 * 60 },
    { weekday: 4, startMinute: 14 * 60, endMinute: 15 * 60 },
  ],
};

const RUNNING_LEARNERS: { guardian: AccountKey; name: string; birthYear: number }[] = [
  { guardian: "coordinator", name: "Maryam Qureshi", birthYear: 2018 },
  { guardian: "colleague", name: "Hassan Javed", birthYear: 2017 },
  { guardian: "member", name: "Sara Haider", birthYear: 2019 },
];

/** Marks of past meetings, cycled per learner so the rates differ. */
const MARK_CYCLE: AttendanceStatus[] = ["PRESENT", "PRESENT", "LATE", "PRESENT", "ABSENT", "PRESENT", "EXCUSED"];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Upserts the running section (by code), its learners and enrollments, and the attendance of its
 * past meetings except the latest, which is left for the demo teacher to mark. Idempotent: marks are
 * upserted per learner and date, and marks on dates that are no longer meetings are removed.
 */
export async function seedTeachingDemo(db: SeedDb, today: Date, users: AccountIds) {
  const course = await db.course.findUnique({ where: { slug: RUNNING_SECTION.course }, select: { id: true } });
  if (!course) throw new Error(`${RUNNING_SECTION.code}: unknown course "${RUNNING_SECTION.course}"`);
  // The Monday of the week `weeksAgo` weeks back.
  const back = new Date(today.getTime() - RUNNING_SECTION.weeksAgo * 7 * DAY_MS);
  const termStart = new Date(back.getTime() - ((back.getUTCDay() + 6) % 7) * DAY_MS);
  const termEnd = new Date(termStart.getTime() + (RUNNING_SECTION.termWeeks * 7 - 1) * DAY_MS);
  const fields = {
    courseId: course.id,
    teacherId: users.teacher,
    roomId: null,
    online: true,
    termStart,
    termEnd,
    capacity: RUNNING_SECTION.capacity,
    feePkr: RUNNING_SECTION.feePkr,
    // 18:00 Center time (13:00 UTC) on the Friday before the term.
    enrollmentDeadline: new Date(termStart.getTime() - 3 * DAY_MS + 13 * 60 * 60 * 1000),
  };
  const section = await db.courseSection.upsert({ where: { code: RUNNING_SECTION.code }, create: { code: RUNNING_SECTION.code, ...fields }, update: fields, select: { id: true } });
  const meetings = await db.sectionMeeting.findMany({ where: { sectionId: section.id } });
  if (meetings.length !== RUNNING_SECTION.meetings.length) {
    await db.sectionMeeting.deleteMany({ where: { sectionId: section.id } });
    await db.sectionMeeting.createMany({ data: RUNNING_SECTION.meetings.map((m) => ({ ...m, sectionId: section.id })) });
  }

  // Past meeting dates (before today), oldest first; the latest stays unmarked.
  const weekdays = new Set(RUNNING_SECTION.meetings.map((m) => m.weekday));
  const past: Date[] = [];
  for (let day = termStart; day < today; day = new Date(day.getTime() + DAY_MS)) if (weekdays.has(((day.getUTCDay() + 6) % 7) + 1)) past.push(day);
  const toMark = past.slice(0, -1);

  for (const [index, learner] of RUNNING_LEARNERS.entries()) {
    const guardianId = users[learner.guardian];
    const learnerId =
      (await db.learner.findFirst({ where: { name: learner.name, guardians: { some: { userId: guardianId } } }, select: { id: true } }))?.id ??
      (await db.learner.create({ data: { name: learner.name, birthYear: learner.birthYear, guardians: { create: { userId: guardianId } } }, select: { id: true } })).id;
    const enrollment =
      (await db.enrollment.findFirst({ where: { sectionId: section.id, learnerId, status: { in: ACTIVE_ENROLLMENT } }, select: { id: true } })) ??
      (await db.enrollment.create({ data: { sectionId: section.id, learnerId, enrolledById: guardianId, status: EnrollmentStatus.ENROLLED, paymentStatus: index === 2 ? "UNPAID" : "PAID", receiptReference: index === 2 ? null : `RCPT-K00-${index + 1}` }, select: { id: true } }));
    await db.attendance.deleteMany({ where: { enrollmentId: enrollment.id, date: { notIn: toMark } } });
    for (const [k, date] of toMark.entries()) {
      const status = MARK_CYCLE[(k + 2 * index) % MARK_CYCLE.length];
      await db.attendance.upsert({
        where: { enrollmentId_date: { enrollmentId: enrollment.id, date } },
        create: { enrollmentId: enrollment.id, date, status, markedById: users.teacher },
        update: { status, markedById: users.teacher },
      });
    }
  }
  const enrolledCount = await db.enrollment.count({ where: { sectionId: section.id, status: { in: PLACE_HOLDING } } });
  await db.courseSection.update({ where: { id: section.id }, data: { enrolledCount } });
}
