import { describe, expect, it } from "vitest";
import { createActor, db } from "@/tests/support/factories";
import { createExhibition, createSlot, groupFor } from "@/lib/field-trips/testing/factories";
import { bookFieldTrip } from "@/lib/field-trips/book-field-trip";
import { getDashboardCounts } from "./dashboard-counts";

// Each test file has a database of its own, so the counts are exactly what this file created.
describe("back-office dashboard counts", () => {
  it("gives staff every area's figure, counted now and linked to its queue", async () => {
    const staff = await createActor(["STAFF"]);
    const coordinator = await createActor(["SCHOOL_COORDINATOR"]);
    await createActor(["SCHOOL_COORDINATOR"], { verified: false });
    const slot = await createSlot((await createExhibition()).id);
    await bookFieldTrip(db, coordinator, groupFor(slot.id));

    const counts = await getDashboardCounts(db, staff);
    const byKey = Object.fromEntries(counts.map((count) => [count.key, count]));
    expect(byKey.pendingFieldTrips).toMatchObject({ value: 1, href: "/admin/field-trips?status=PENDING", labelKey: "admin.counts.pendingFieldTrips" });
    expect(byKey.pendingMemberships).toMatchObject({ value: 1, href: "/admin/memberships" });
    expect(byKey.pendingReservations.value).toBe(0);
    expect(byKey.upcomingEvents.value).toBe(0);
  });

  it("refuses anyone outside the back office", async () => {
    const member = await createActor(["MEMBER"]);
    await expect(getDashboardCounts(db, member)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getDashboardCounts(db, null)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
