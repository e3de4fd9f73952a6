import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldTripNotification } from "@/lib/field-trips/events";
import type { AccountNotification } from "@/lib/organisations/events";
import type { CourseNotification } from "@/lib/courses/event-names";
import type { CourseCatalogueNotification } from "@/lib/courses/catalogue-events";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Every notification template, from each area's typed list (`lib/<area>/events.ts`); a template
 * names a key under `notifications` in the catalogs.
 */
export type NotificationTemplate = FieldTripNotification | AccountNotification | CourseNotification | CourseCatalogueNotification | LegacyNotification;
/** Sent by the account-role verification that memberships replace; goes with it. */
type LegacyNotification = "account.verified";

export interface Recipient {
  id: string;
  email: string;
  locale: string;
}

/** The language a recipient reads: their chosen locale, English when it is not one the portal speaks. */
export function recipientLocale(user: { locale: string }): Locale {
  return isLocale(user.locale) ? user.locale : defaultLocale;
}

/**
 * Queues a message in the outbox inside the caller's transaction, so a status change and the
 * notice about it are written together or not at all. The sender renders the template in the
 * recipient's locale; content in the payload (titles) must already be in that locale.
 */
export async function queueNotification(tx: Tx, { user, template, payload }: { user: Recipient; template: NotificationTemplate; payload: Prisma.InputJsonObject }) {
  return tx.outboxMessage.create({
    data: { userId: user.id, toEmail: user.email, locale: recipientLocale(user), template, payload },
  });
}
