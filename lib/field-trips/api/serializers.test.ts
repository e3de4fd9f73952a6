import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Exhibition } from "@/lib/generated/prisma/client";
import { BookingSchema, ExhibitionListItemSchema, SlotSchema } from "./response-schemas";
import { serializeBooking, serializeExhibitionListItem, serializeSlot, type BookingRecord } from "./serializers";

// Serializers are typed by the response schemas; these check the values, and that the output parses.

const now = new Date("2026-02-01T00:00:00Z");

const exhibition: Exhibition & { _count: { exhibits: number } } = {
  id: "ex1",
  slug: "road-to-the-stars",
  era: "SOVIET",
  title: "Road to the Stars",
  summary: "Rockets and satellites.",
  description: "From Tsiolkovsky to Gagarin.",
  translations: { ru: { title: "Дорога к звёздам" } },
  ageMin: 6,
  ageMax: 18,
  durationMinutes: 90,
  tourLanguages: ["en", "ru"],
  minGroupSize: 5,
  maxGroupSize: 60,
  published: true,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-01-01T00:00:00Z"),
  _count: { exhibits: 4 },
};

const booking: BookingRecord = {
  id: "b1",
  reference: "FT-ABC234",
  slotId: "s1",
  schoolId: "school-1",
  coordinatorId: "u1",
  schoolName: "Islamabad Model School",
  gradeBand: "GRADES_6_8",
  students: 20,
  chaperones: 2,
  tourLanguage: "en",
  specialNeeds: null,
  lunchRoom: false,
  status: "PENDING",
  declineReason: null,
  createdAt: new Date("2026-01-10T08:00:00Z"),
  updatedAt: new Date("2026-01-10T08:00:00Z"),
  slot: { id: "s1", startsAt: new Date("2026-03-02T04:30:00Z"), endsAt: new Date("2026-03-02T06:00:00Z"), exhibition },
};

const person = (over: Partial<Actor>): Actor => ({ id: "u1", email: "c@test.example", name: "C", locale: "en", roles: [], pendingRoles: [], memberships: [], ...over });
const coordinator = person({ roles: ["SCHOOL_COORDINATOR"], memberships: [{ organizationId: "school-1", kind: "SCHOOL", role: "LEAD", verified: true }] });
const staff = person({ id: "u2", roles: ["STAFF"] });

describe("field-trip serializers", () => {
  it("shows exhibitions' public fields in the reader's language, English as fallback", () => {
    const ru = serializeExhibitionListItem(exhibition, "ru");
    expect(ru).toMatchObject({ title: "Дорога к звёздам", summary: "Rockets and satellites.", exhibitCount: 4 });
    expect(ExhibitionListItemSchema.parse(ru)).toEqual(ru);
    for (const hidden of ["published", "createdAt", "translations", "_count"]) expect(ru).not.toHaveProperty(hidden);
    expect(serializeExhibitionListItem(exhibition, "en").title).toBe("Road to the Stars");
  });

  it("shows places left of a slot and whether it takes a booking now, not its capacity or booked count", () => {
    const slot = { id: "s1", startsAt: new Date("2026-03-02T04:30:00Z"), endsAt: new Date("2026-03-02T06:00:00Z"), status: "OPEN" as const, capacity: 80, bookedCount: 22 };
    expect(serializeSlot(slot, now)).toEqual({
      id: "s1",
      startsAt: "2026-03-02T04:30:00.000Z",
      endsAt: "2026-03-02T06:00:00.000Z",
      remaining: 58,
      bookingWindow: "open",
      bookable: true,
    });
    expect(serializeSlot({ ...slot, bookedCount: 80 }, now)).toMatchObject({ remaining: 0, bookable: false });
    expect(SlotSchema.parse(serializeSlot(slot, now))).toBeTruthy();
  });

  it("shows a booking with what the reader may do now, without the coordinator's id or phone", () => {
    const withContact = { ...booking, coordinator: Object.assign({ name: "Nadia Rehman", email: "coordinator@demo.fc.pk" }, { phone: "+92 333 5550177" }) };
    const json = serializeBooking(withContact, { locale: "ru", actor: coordinator, now });
    expect(json.coordinator).toEqual({ name: "Nadia Rehman", email: "coordinator@demo.fc.pk" });
    expect(json.slot.exhibition).toEqual({ id: "ex1", slug: "road-to-the-stars", title: "Дорога к звёздам" });
    expect(json.actions.sort()).toEqual(["cancel", "changeHeadcount"]);
    expect(json).not.toHaveProperty("coordinatorId");
    expect(JSON.stringify(json)).not.toContain("+92");
    expect(BookingSchema.parse(json)).toEqual(json);
    expect(serializeBooking(booking, { locale: "en", actor: staff, now }).actions).toEqual(expect.arrayContaining(["confirm", "decline", "cancel"]));
  });

  it("leaves out the coordinator when the service did not load them", () => {
    const json = serializeBooking(booking, { locale: "en", actor: coordinator, now });
    expect(json).not.toHaveProperty("coordinator");
    expect(json.createdAt).toBe("2026-01-10T08:00:00.000Z");
  });
});
