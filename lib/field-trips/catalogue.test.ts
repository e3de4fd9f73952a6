import { describe, expect, it } from "vitest";
import { db, uniq } from "@/tests/support/factories";
import { listExhibitions } from "./catalogue";
import { createExhibition } from "./testing/factories";

describe("listExhibitions", () => {
  it("sorts by era, then by the title in the reader's language and alphabet", async () => {
    const tag = uniq();
    // In English "Apple" comes first; in Russian "Арбуз" (А) comes before "Яблоко" (Я).
    const apple = await createExhibition({ era: "SOVIET", title: `Apple ${tag}`, translations: { ru: { title: `Яблоко ${tag}` } } });
    const melon = await createExhibition({ era: "SOVIET", title: `Melon ${tag}`, translations: { ru: { title: `Арбуз ${tag}` } } });
    // Earlier eras come first whatever the title.
    const imperial = await createExhibition({ era: "IMPERIAL", title: `Zebra ${tag}` });
    const ours = ({ exhibitions }: { exhibitions: { id: string }[] }) => exhibitions.map((e) => e.id).filter((id) => [apple.id, melon.id, imperial.id].includes(id));

    expect(ours(await listExhibitions(db, {}, "en"))).toEqual([imperial.id, apple.id, melon.id]);
    expect(ours(await listExhibitions(db, {}, "ru"))).toEqual([imperial.id, melon.id, apple.id]);
    expect(ours(await listExhibitions(db, { era: "SOVIET" }, "ru"))).toEqual([melon.id, apple.id]);
  });
});
