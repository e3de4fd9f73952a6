import { describe, expect, it } from "vitest";
import { db, uniq, createActor, daysFromNow } from "@/tests/support/factories";
import { createExhibition, createSlot } from "@/lib/field-trips/testing/factories";
import { checkHealth } from "@/lib/system/check-health";
import { fromDatabaseError } from "@/lib/errors";

describe("database guards (hand-written migration SQL)", () => {
  it("refuses overlapping active reservations of a room, buffer included", async () => {
    const member = await createActor(["MEMBER"]);
    const room = await db.room.create({
      data: { slug: `room-${uniq()}`, name: "Test room", description: "", capacity: 10, equipment: [], opensAtMinute: 480, closesAtMinute: 1200, hourlyRatePkr: 1000, bufferMinutes: 30 },
    });
    const at = (hours: number) => new Date(daysFromNow(10).setUTCHours(hours, 0, 0, 0));
    const reserve = (from: number, to: number, status: "PENDING" | "CONFIRMED" | "DECLINED" = "PENDING") =>
      db.roomReservation.create({
        data: { reference: `RR-${uniq()}`, roomId: room.id, reservedById: member.id, startsAt: at(from), endsAt: at(to), blockedUntil: new Date(at(to).getTime() + 30 * 60_000), attendees: 5, purpose: "Meeting", status },
      });
    await reserve(5, 7, "CONFIRMED");
    const overlap = await reserve(6, 8).catch((e) => e);
    expect(fromDatabaseError(overlap, "x")).toMatchObject({ code: "conflict" });
    // 07:00 falls inside the 30-minute buffer after the first booking.
    expect(fromDatabaseError(await reserve(7, 8).catch((e) => e), "x")).toMatchObject({ code: "conflict" });
    // A declined booking does not block; a booking after the buffer is fine.
    await expect(reserve(6, 7, "DECLINED")).resolves.toBeTruthy();
    await expect(reserve(8, 9)).resolves.toBeTruthy();
  });

  it("refuses a slot headcount above capacity at the database level", async () => {
    const slot = await createSlot((await createExhibition()).id, { capacity: 10 });
    const error = await db.visitSlot.update({ where: { id: slot.id }, data: { bookedCount: 11 } }).catch((e) => e);
    expect(fromDatabaseError(error, "x")).toMatchObject({ code: "conflict" });
  });

  it("reports the database up and every migration applied", async () => {
    const health = await checkHealth(db);
    expect(health).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [], failed: [] } });
    expect(health.migrations.applied).toBeGreaterThanOrEqual(1);
  });
});
