import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/paging";
import { parseInput } from "@/lib/validation";
import { SchoolSearchSchema } from "./schemas";

export interface SchoolChoice {
  id: string;
  name: string;
  city: string | null;
}

/**
 * Verified schools a teacher may ask to join, searched by name or city, paged. Public: the names
 * of verified schools are not private, and registration needs them before there is an account.
 * Schools awaiting verification never appear.
 */
export async function findVerifiedSchools(db: Db, input: unknown): Promise<Page<SchoolChoice>> {
  const query = parseInput(SchoolSearchSchema, input);
  const where: Prisma.OrganizationWhereInput = {
    kind: "SCHOOL",
    verifiedAt: { not: null },
    ...(query.q
      ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { city: { contains: query.q, mode: "insensitive" } }] }
      : {}),
  };
  const orderBy: Prisma.OrganizationOrderByWithRelationInput[] =
    query.sort === "city" ? [{ city: query.dir }, { name: "asc" }, { id: "asc" }] : [{ name: query.dir }, { city: "asc" }, { id: "asc" }];
  return findPage(
    query,
    (window) => db.organization.findMany({ where, select: { id: true, name: true, city: true }, orderBy, ...window }),
    () => db.organization.count({ where }),
  );
}
