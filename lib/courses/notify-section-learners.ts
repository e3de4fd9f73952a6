import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { queueNotification, recipientLocale } from "@/lib/notifications/queue-notification";
import type { CourseCatalogueNotification } from "./catalogue-events";

const PERSON = { select: { id: true, email: true, locale: true } } as const;

/**
 * Queues a notice, inside the caller's transaction, to everyone who looks after a learner with an
 * enrollment of `statuses` in the section: the learner's guardians and a learner who is an account
 * holder themself, once per person and learner, each in their own language.
 */
export async function notifySectionLearners(
  tx: Tx,
  { sectionId, statuses, template, payload }: { sectionId: string; statuses: readonly EnrollmentStatus[]; template: CourseCatalogueNotification; payload: (locale: Locale) => Prisma.InputJsonObject },
) {
  const enrollments = await tx.enrollment.findMany({
    where: { sectionId, status: { in: [...statuses] } },
    select: { learner: { select: { name: true, user: PERSON, guardians: { select: { user: PERSON } } } } },
  });
  let queued = 0;
  for (const { learner } of enrollments) {
    const people = new Map([...(learner.user ? [learner.user] : []), ...learner.guardians.map((g) => g.user)].map((person) => [person.id, person]));
    for (const person of people.values()) {
      await queueNotification(tx, { user: person, template, payload: { ...payload(recipientLocale(person)), learner: learner.name } });
      queued++;
    }
  }
  return queued;
}
