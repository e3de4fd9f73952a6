/** What every learner read returns: the learner, their guardians' names and emails, and whose account it is. */
export const LEARNER_WITH_GUARDIANS = {
  guardians: { select: { userId: true, createdAt: true, user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: "asc" as const } },
} as const;
