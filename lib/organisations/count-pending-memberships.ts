import "server-only";
import type { Db } from "@/lib/db/create-client";
import { PENDING_MEMBERSHIP } from "./policy";

/** How many memberships wait for a decision, for the back-office dashboard (the caller checks staff access). */
export function countPendingMemberships(db: Db): Promise<number> {
  return db.membership.count({ where: PENDING_MEMBERSHIP });
}
