import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";

// Dark text on a light tint: every pair passes WCAG AA for small text.
const TONES: Record<EnrollmentStatus, string> = {
  ENROLLED: "bg-green-100 text-green-900 border-green-300",
  WAITLISTED: "bg-amber-100 text-amber-900 border-amber-300",
  OFFERED: "bg-blue-100 text-blue-900 border-blue-300",
  CANCELLED: "bg-slate-200 text-slate-800 border-slate-300",
  COMPLETED: "bg-slate-100 text-slate-900 border-slate-300",
};

/** An enrollment's status in words (the caller passes the localized label); colour never carries meaning alone. */
export function EnrollmentStatusBadge({ status, label }: { status: EnrollmentStatus; label: string }) {
  return (
    <span data-status={status} data-testid="enrollment-status" className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONES[status]}`}>
      {label}
    </span>
  );
}
