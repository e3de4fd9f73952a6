// A few event registrations and course enrollments so "My schedule", rosters and fill rates have data.
// Counters (Event.registeredSeats, CourseSection.enrolledCount) are recomputed from the rows.
import { EnrollmentStatus, RegistrationStatus } from "../../lib/generated/prisma/enums";
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
