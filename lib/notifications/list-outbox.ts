import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import type { OutboxMessage, Prisma } from "@/lib/generated/prisma/client";
import { OutboxStatus } from "@/lib/generated/prisma/enums";
import { findPage, pageQuerySchema, type Page } from "@/lib/paging";
import { optionalFilter, text } from "@/lib/validation";

export const OUTBOX_SORTS = ["createdAt", "recipient", "status"] as const;
export type OutboxSort = (typeof OUTBOX_SORTS)[number];

/** The outbox list's query: a part of the recipient's address, a status, and the page (newest first). */
export const OutboxQuerySchema = z
  .object({
    recipient: optionalFilter(text({ max: 254 })),
    status: optionalFilter(z.enum(OutboxStatus)),
  })
  .extend(pageQuerySchema(OUTBOX_SORTS, { sort: "createdAt", dir: "desc" }).shape);
export type OutboxQuery = z.output<typeof OutboxQuerySchema>;

const ORDER: Record<OutboxSort, (dir: Prisma.SortOrder) => Prisma.OutboxMessageOrderByWithRelationInput[]> = {
  createdAt: (dir) => [{ createdAt: dir }],
  recipient: (dir) => [{ toEmail: dir }, { createdAt: "desc" }],
  status: (dir) => [{ status: dir }, { createdAt: "desc" }],
};

/** Staff read the outbox, a page at a time. */
export async function listOutbox(db: Db, actor: Actor | null, query: OutboxQuery = OutboxQuerySchema.parse({})): Promise<Page<OutboxMessage>> {
  requirePermission(actor, "read:outbox:any");
  const where: Prisma.OutboxMessageWhereInput = {
    status: query.status,
    ...(query.recipient ? { toEmail: { contains: query.recipient, mode: "insensitive" } } : {}),
  };
  return findPage(
    query,
    (window) => db.outboxMessage.findMany({ where, orderBy: [...ORDER[query.sort](query.dir), { id: "asc" }], ...window }),
    () => db.outboxMessage.count({ where }),
  );
}
