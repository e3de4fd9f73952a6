import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/support/factories";
import { ROOMS, seedRooms } from "@/prisma/seed-data/rooms";
import { listRooms, RoomListQuerySchema } from "./list-rooms";

const query = (input: Record<string, string> = {}) => RoomListQuerySchema.parse(input);

beforeAll(async () => {
  // Twice: the seed is idempotent and rewrites translations in place.
  await seedRooms(db);
  await seedRooms(db);
});

describe("room catalogue", () => {
  it("stores every room's name and description in the four other languages", async () => {
    const stored = await db.room.findMany({ select: { slug: true, translations: true } });
    expect(stored).toHaveLength(ROOMS.length);
    for (const room of stored) expect(room.translations).toEqual(ROOMS.find((r) => r.slug === room.slug)?.translations);
  });

  it("orders by the name in the reader's language, with the reader's alphabet", async () => {
    const page = await listRooms(db, "ru", query({ size: "100" }));
    const expected = ROOMS.map((r) => r.translations.ru.name).sort(new Intl.Collator("ru").compare);
    expect(page.rows.map((r) => (r.translations as { ru: { name: string } }).ru.name)).toEqual(expected);
    const descending = await listRooms(db, "ru", query({ size: "100", dir: "desc" }));
    expect(descending.rows.map((r) => r.id)).toEqual([...page.rows.map((r) => r.id)].reverse());
  });

  it("pages with a total, and sorts by capacity on request", async () => {
    const first = await listRooms(db, "en", query({ size: "10", sort: "capacity", dir: "desc" }));
    expect(first).toMatchObject({ total: ROOMS.length, page: 1, pageCount: 1 });
    expect(first.rows[0].slug).toBe("gagarin-hall");
    expect(first.rows.map((r) => r.capacity)).toEqual([...first.rows.map((r) => r.capacity)].sort((a, b) => b - a));
    const beyond = await listRooms(db, "en", query({ page: "2" }));
    expect(beyond).toMatchObject({ total: ROOMS.length, rows: [] });
  });
});
