import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over node-postgres (no native engine). Used by the app, the seed and the tests. */
export function createPrismaClient(connectionString: string, { max = 10 }: { max?: number } = {}) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    // Under a booking rush every request queues for a pooled connection; Prisma's default 2 s wait
    // would turn a busy moment into errors instead of bookings.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client or an interactive transaction: services accept either. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
