import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/support/factories";
import { eventsFor, seedEvents } from "@/prisma/seed-data/events";
import { centerToday } from "@/prisma/seed-data/util";
import { EventListQuerySchema, listUpcomingEvents } from "./list-upcoming-events";

const query = (input: Record<string, string> = {}) => EventListQuerySchema.parse(input);
const today = centerToday();

beforeAll(async () => {
  // Twice: the seed is idempotent and rewrites translations in place.
  await seedEvents(db, today);
  await seedEvents(db, today);
});

describe("event programme", () => {
  it("stores title, description and venue of every event in the four other languages", async () => {
    const seeded = eventsFor(today);
    const stored = await db.event.findMany({ select: { slug: true, venue: true, translations: true } });
    expect(stored).toHaveLength(seeded.length);
    for (const event of stored) expect(event.translations).toEqual(seeded.find((e) => e.slug === event.slug)?.translations);
    const gagarin = stored.find((e) => e.venue === "Gagarin Hall");
    expect(gagarin?.translations).toMatchObject({ ru: { venue: "Зал имени Гагарина" } });
  });

  it("lists upcoming events soonest first by default, a page at a time", async () => {
    const seeded = eventsFor(today);
    const first = await listUpcomingEvents(db, "en", query({ size: "10" }));
    expect(first).toMatchObject({ total: seeded.length, pageCount: Math.ceil(seeded.length / 10) });
    const times = first.rows.map((e) => e.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const second = await listUpcomingEvents(db, "en", query({ page: "2", size: "10" }));
    expect(second.rows.every((e) => e.startsAt.getTime() >= times[times.length - 1])).toBe(true);
  });

  it("orders by the title in the reader's language on request", async () => {
    const page = await listUpcomingEvents(db, "ru", query({ sort: "title", size: "100" }));
    const titles = page.rows.map((e) => (e.translations as { ru: { title: string } }).ru.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator("ru", { numeric: true, sensitivity: "base" }).compare));
  });
});
