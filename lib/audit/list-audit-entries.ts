import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage } from "@/lib/paging";
import { addDays, centerDateTimeToUtc } from "@/lib/time/center-time";
import { parseInput } from "@/lib/validation";
import { AUDIT_PERMISSIONS, MAX_AUDIT_EXPORT_ROWS } from "./policy";
import { AuditQuerySchema, type AuditFilter, type AuditQuery, type AuditSort } from "./schemas";

const ENTRY_INCLUDE = { actor: { select: { id: true, email: true, name: true } } } as const;

/** The filter as a Prisma `where`; dates are Center days, `to` inclusive. */
export function auditWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.actor) where.OR = [{ actorId: filter.actor }, { actor: { email: { contains: filter.actor, mode: "insensitive" } } }];
  if (filter.entity) where.entity = filter.entity;
  if (filter.action) where.action = filter.action;
  if (filter.entityId) where.entityId = filter.entityId;
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: centerDateTimeToUtc(filter.from, "00:00") } : {}),
      ...(filter.to ? { lt: centerDateTimeToUtc(addDays(filter.to, 1), "00:00") } : {}),
    };
  }
  return where;
}

const ORDER: Record<AuditSort, (dir: Prisma.SortOrder) => Prisma.AuditLogOrderByWithRelationInput[]> = {
  createdAt: (dir) => [{ createdAt: dir }],
  action: (dir) => [{ action: dir }, { createdAt: "desc" }],
  entity: (dir) => [{ entity: dir }, { entityId: "asc" }, { createdAt: "desc" }],
};

const orderOf = (query: Pick<AuditQuery, "sort" | "dir">) => [...ORDER[query.sort](query.dir), { id: "asc" as const }];

/** Staff read the audit log a page at a time, filtered and sorted. */
export async function listAuditEntries(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, AUDIT_PERMISSIONS.read);
  const query = parseInput(AuditQuerySchema, input);
  const where = auditWhere(query);
  return findPage(
    query,
    (window) => db.auditLog.findMany({ where, include: ENTRY_INCLUDE, orderBy: orderOf(query), ...window }),
    () => db.auditLog.count({ where }),
  );
}

/** Every row the same filters select, in the same order (bounded), for the CSV export. */
export async function exportAuditEntries(db: Db, actor: Actor | null, input: unknown) {
  requirePermission(actor, AUDIT_PERMISSIONS.read);
  const query = parseInput(AuditQuerySchema, input);
  return db.auditLog.findMany({ where: auditWhere(query), include: ENTRY_INCLUDE, orderBy: orderOf(query), take: MAX_AUDIT_EXPORT_ROWS });
}

export type AuditEntry = Awaited<ReturnType<typeof exportAuditEntries>>[number];
