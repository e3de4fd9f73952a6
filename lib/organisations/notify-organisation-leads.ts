import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { queueNotification } from "@/lib/notifications/queue-notification";
import type { AccountNotification } from "./events";

type Lead = { id: string; email: string; name: string; locale: string };

/**
 * Queues a notice to every verified, active lead of an organisation (in each lead's language),
 * inside the caller's transaction. `payload` is built per lead, so it can greet them by name.
 */
export async function notifyOrganisationLeads(
  tx: Tx,
  organizationId: string,
  template: AccountNotification,
  payload: (lead: Lead) => Record<string, string>,
) {
  const leads = await tx.membership.findMany({
    where: { organizationId, role: "LEAD", verifiedAt: { not: null }, user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  for (const { user } of leads) await queueNotification(tx, { user, template, payload: payload(user) });
}
