// Visit slots for the coming eight weeks and three demo field-trip bookings of the demo coordinator's school.
import { FieldTripStatus, GradeBand, OrganizationKind, SlotStatus } from "../../lib/generated/prisma/enums";
import { HOLDS_PLACES, requiredChaperones } from "../../lib/field-trips/rules";
import type { SeededExhibition } from "./exhibitions";
import {
  addDays,
  addMinutes,
  atCenterTime,
  isoWeekday,
  minutesOf,
  type CenterDay,
  type SeedDb,
} from "./util";

/** Weekly pattern per exhibition: ISO weekdays (Mon–Thu, leaving Friday prayers free) and slot capacity. */
const SCHEDULE: Record<string, { weekdays: number[]; capacity: number }> = {
  "electric-empire": { weekdays: [1, 3], capacity: 60 },
  "pioneers-of-flight-and-discovery": { weekdays: [2, 4], capacity: 50 },
  "road-to-the-stars": { weekdays: [1, 4], capacity: 80 },
  "science-for-everyday-life": { weekdays: [2, 3], capacity: 50 },
  "code-and-connection": { weekdays: [3, 4], capacity: 40 },
  "frontiers-of-modern-science": { weekdays: [1, 2], capacity: 40 },
};

/** Slot start times, Center time. */
const SLOT_TIMES = ["09:30", "12:00"];
export const SLOT_WEEKS = 8;

function slotStart(day: CenterDay, time: string): Date {
  const minutes = minutesOf(time);
  return atCenterTime(day, Math.floor(minutes / 60), minutes % 60);
}

function scheduleOf(slug: string) {
  const schedule = SCHEDULE[slug];
  if (!schedule) throw new Error(`No visit schedule for exhibition "${slug}"`);
  return schedule;
}

/**
 * Creates the OPEN slots from tomorrow for SLOT_WEEKS weeks. Existing slots (same exhibition and start)
 * are left alone, so bookings and staff changes survive a re-run.
 */
export async function seedVisitSlots(
  db: SeedDb,
  exhibitions: Map<string, SeededExhibition>,
  today: CenterDay,
): Promise<number> {
  const data = [];
  for (const [slug, exhibition] of exhibitions) {
    const { weekdays, capacity } = scheduleOf(slug);
    for (let offset = 1; offset <= SLOT_WEEKS * 7; offset++) {
      const day = addDays(today, offset);
      if (!weekdays.includes(isoWeekday(day))) continue;
      for (const time of SLOT_TIMES) {
        const startsAt = slotStart(day, time);
        data.push({
          exhibitionId: exhibition.id,
          startsAt,
          endsAt: addMinutes(startsAt, exhibition.durationMinutes),
          capacity,
          status: SlotStatus.OPEN,
        });
      }
    }
  }
  const { count } = await db.visitSlot.createMany({ data, skipDuplicates: true });
  return count;
}

interface BookingSeed {
  reference: string;
  exhibition: string;
  /** The booking uses the exhibition's first scheduled day on or after today + this many days. */
  fromDay: number;
  time: string;
  status: FieldTripStatus;
  gradeBand: GradeBand;
  students: number;
  chaperones: number;
  tourLanguage: string;
  specialNeeds?: string;
  lunchRoom: boolean;
  createdDaysAgo: number;
}

const BOOKINGS: BookingSeed[] = [
  {
    reference: "FT-DEMO01",
    exhibition: "road-to-the-stars",
    fromDay: 16,
    time: "09:30",
    status: FieldTripStatus.PENDING,
    gradeBand: GradeBand.GRADES_6_8,
    students: 34,
    chaperones: 4,
    tourLanguage: "ur",
    specialNeeds: "Two students use wheelchairs; please plan a step-free route through the galleries.",
    lunchRoom: true,
    createdDaysAgo: 1,
  },
  {
    reference: "FT-DEMO02",
    exhibition: "pioneers-of-flight-and-discovery",
    fromDay: 9,
    time: "12:00",
    status: FieldTripStatus.CONFIRMED,
    gradeBand: GradeBand.GRADES_9_12,
    students: 28,
    chaperones: 3,
    tourLanguage: "en",
    lunchRoom: false,
    createdDaysAgo: 12,
  },
  {
    reference: "FT-DEMO03",
    exhibition: "electric-empire",
    fromDay: -20,
    time: "09:30",
    status: FieldTripStatus.COMPLETED,
    gradeBand: GradeBand.GRADES_3_5,
    students: 25,
    chaperones: 3,
    tourLanguage: "ur",
    specialNeeds: "One student has a severe nut allergy.",
    lunchRoom: true,
    createdDaysAgo: 45,
  },
];

/** Recomputes bookedCount of the given slots from the bookings that hold places (rules.ts HOLDS_PLACES). */
async function recountSlots(db: SeedDb, slotIds: Iterable<string>) {
  for (const id of new Set(slotIds)) {
    const { _sum } = await db.fieldTripBooking.aggregate({
      where: { slotId: id, status: { in: [...HOLDS_PLACES] } },
      _sum: { students: true, chaperones: true },
    });
    await db.visitSlot.update({
      where: { id },
      data: { bookedCount: (_sum.students ?? 0) + (_sum.chaperones ?? 0) },
    });
  }
}

/**
 * The demo coordinator and their school: bookings belong to the school. The accounts seed creates the
 * school and the membership; this looks them up by the coordinator's email.
 */
async function demoSchool(db: SeedDb, coordinatorEmail: string) {
  const membership = await db.membership.findFirst({
    where: { user: { email: coordinatorEmail }, organization: { kind: OrganizationKind.SCHOOL } },
    orderBy: [{ verifiedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: { userId: true, organization: { select: { id: true, name: true } } },
  });
  if (!membership) throw new Error(`${coordinatorEmail} has no school membership: the accounts seed must create it first`);
  return { coordinatorId: membership.userId, schoolId: membership.organization.id, schoolName: membership.organization.name };
}

/** Upserts the demo bookings by reference, on the slot each one resolves to today. */
export async function seedFieldTripBookings(
  db: SeedDb,
  exhibitions: Map<string, SeededExhibition>,
  coordinatorEmail: string,
  today: CenterDay,
  now: Date,
): Promise<void> {
  const school = await demoSchool(db, coordinatorEmail);
  const touchedSlots: string[] = [];
  for (const { exhibition: slug, fromDay, time, createdDaysAgo, ...booking } of BOOKINGS) {
    if (booking.chaperones < requiredChaperones(booking.gradeBand, booking.students)) {
      throw new Error(`${booking.reference}: too few chaperones for ${booking.students} students`);
    }
    const exhibition = exhibitions.get(slug);
    if (!exhibition) throw new Error(`${booking.reference}: unknown exhibition "${slug}"`);
    const { weekdays, capacity } = scheduleOf(slug);
    let day = addDays(today, fromDay);
    while (!weekdays.includes(isoWeekday(day))) day = addDays(day, 1);
    const startsAt = slotStart(day, time);

    // Past slots are not generated above: create the one a completed visit needs.
    const slot = await db.visitSlot.upsert({
      where: { exhibitionId_startsAt: { exhibitionId: exhibition.id, startsAt } },
      create: {
        exhibitionId: exhibition.id,
        startsAt,
        endsAt: addMinutes(startsAt, exhibition.durationMinutes),
        capacity,
        status: SlotStatus.OPEN,
      },
      update: {},
      select: { id: true },
    });
    const previous = await db.fieldTripBooking.findUnique({
      where: { reference: booking.reference },
      select: { slotId: true },
    });
    const fields = { ...booking, slotId: slot.id, ...school };
    await db.fieldTripBooking.upsert({
      where: { reference: booking.reference },
      create: { ...fields, createdAt: addDays(now, -createdDaysAgo) },
      update: fields,
    });
    touchedSlots.push(slot.id);
    if (previous) touchedSlots.push(previous.slotId);
  }
  await recountSlots(db, touchedSlots);
}
