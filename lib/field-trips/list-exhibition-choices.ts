import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";

/** Every exhibition (published or not) as a choice for back-office filters and slot forms. */
export async function listExhibitionChoices(db: Db, actor: Actor | null) {
  requirePermission(actor, "read:backOffice:any");
  return db.exhibition.findMany({
    select: { id: true, slug: true, title: true, translations: true, published: true },
    orderBy: [{ era: "asc" }, { title: "asc" }],
  });
}
