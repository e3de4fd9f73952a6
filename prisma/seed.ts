// Demo data for the Friendship Center portal. Idempotent: every row is upserted by a natural key
// (slug, email, code, reference, ticket code or a unique pair), so running it again changes nothing.
// Dates are relative to today in Asia/Karachi, so the demo always has upcoming slots, terms and events.
//
//   DATABASE_URL=… npx tsx prisma/seed.ts        (or: npm run db:seed)
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "../lib/db/create-client";
import { DEMO_ACCOUNTS, seedAccounts } from "./seed-data/accounts";
import { seedBusinesses, seedIntroductions } from "./seed-data/businesses";
import { seedCourses } from "./seed-data/courses";
import { seedEvents } from "./seed-data/events";
import { seedExhibitions } from "./seed-data/exhibitions";
import { seedFieldTripBookings, seedVisitSlots } from "./seed-data/field-trips";
import { seedEnrollments, seedEventRegistrations, seedTeachingDemo } from "./seed-data/registrations";
import { seedRooms } from "./seed-data/rooms";
import { seedSectors } from "./seed-data/sectors";
import { centerToday, type SeedDb } from "./seed-data/util";

export { DEMO_ACCOUNTS };

export interface SeedOptions {
  /** The moment the seed treats as "now" (tests may pin it). */
  now?: Date;
}

/** Seeds (or refreshes) all demo data and returns the row count of every seeded table. */
export async function seed(db: SeedDb, { now = new Date() }: SeedOptions = {}) {
  const today = centerToday(now);

  const users = await seedAccounts(db, now);
  const rooms = await seedRooms(db);

  const exhibitions = await seedExhibitions(db);
  await seedVisitSlots(db, exhibitions, today);
  // The demo bookings belong to the verified coordinator's school (created with the accounts).
  const coordinator = DEMO_ACCOUNTS.find((a) => a.key === "coordinator")!;
  await seedFieldTripBookings(db, exhibitions, coordinator.email, today, now);

  const sections = await seedCourses(db, today, users.teacher, rooms);
  const events = await seedEvents(db, today);
  await seedEventRegistrations(db, events, users);
  await seedEnrollments(db, sections, users);
  await seedTeachingDemo(db, today, users);

  const sectors = await seedSectors(db);
  const businesses = await seedBusinesses(db, sectors, users.business, now);
  await seedIntroductions(db, businesses, users, now);

  return countRows(db);
}

async function countRows(db: SeedDb) {
  const [
    users, userRoles, rooms, exhibitions, exhibits, visitSlots, fieldTripBookings, courses, courseSections,
    sectionMeetings, learners, enrollments, events, eventRegistrations, sectors, businesses, businessSectors,
    introductions,
  ] = await Promise.all([
    db.user.count(), db.userRole.count(), db.room.count(), db.exhibition.count(), db.exhibit.count(),
    db.visitSlot.count(), db.fieldTripBooking.count(), db.course.count(), db.courseSection.count(),
    db.sectionMeeting.count(), db.learner.count(), db.enrollment.count(), db.event.count(),
    db.eventRegistration.count(), db.sector.count(), db.business.count(), db.businessSector.count(),
    db.introduction.count(),
  ]);
  return {
    users, userRoles, rooms, exhibitions, exhibits, visitSlots, fieldTripBookings, courses, courseSections,
    sectionMeetings, learners, enrollments, events, eventRegistrations, sectors, businesses, businessSectors,
    introductions,
  };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (try: node scripts/with-db.mjs npx tsx prisma/seed.ts)");
  const db = createPrismaClient(url, { max: 2 });
  const started = performance.now();
  try {
    const counts = await seed(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[seed] demo data ready in ${seconds}s`);
    console.log(
      Object.entries(counts)
        .map(([table, count]) => `  ${table.padEnd(20)} ${count}`)
        .join("\n"),
    );
    console.log(`[seed] demo logins (password ${DEMO_ACCOUNTS[0].password}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(32)} ${a.roles.join(" + ")}${a.verified ? "" : " (unverified)"}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error("[seed] failed:", error);
    process.exit(1);
  });
}
