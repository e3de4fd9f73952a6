"use client";

import { useActionState } from "react";
import { markAttendanceAction } from "@/lib/courses/teaching-actions";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export interface AttendanceFormLabels {
  statuses: Record<AttendanceStatus, string>;
  submit: string;
  working: string;
}

/**
 * One radio group per enrolled learner (present, absent, late, excused), each a fieldset named by
 * the learner. A plain form posting to a server action: it works without JavaScript.
 */
export function AttendanceForm({
  sectionId,
  date,
  statuses,
  learners,
  labels,
}: {
  sectionId: string;
  date: string;
  statuses: readonly AttendanceStatus[];
  learners: { enrollmentId: string; name: string; status: AttendanceStatus | null }[];
  labels: AttendanceFormLabels;
}) {
  const [state, action] = useActionState(markAttendanceAction, {});
  const entered = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <input type="hidden" name="sectionId" value={sectionId} />
      <input type="hidden" name="date" value={date} />
      <ul className="space-y-3">
        {learners.map((learner) => {
          const chosen = entered[`mark.${learner.enrollmentId}`] ?? learner.status ?? undefined;
          return (
            <li key={learner.enrollmentId}>
              <fieldset className="rounded-lg border border-slate-300 bg-white p-3" data-testid={`attendance-${learner.enrollmentId}`}>
                <legend className="px-1 font-semibold">{learner.name}</legend>
                <div className="flex flex-wrap gap-x-6 gap-y-2">
                  {statuses.map((status) => (
                    <label key={status} className="inline-flex items-center gap-2">
                      <input type="radio" name={`mark.${learner.enrollmentId}`} value={status} defaultChecked={chosen === status} className="size-4" />
                      {labels.statuses[status]}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <SubmitButton pendingLabel={labels.working}>{labels.submit}</SubmitButton>
    </form>
  );
}
