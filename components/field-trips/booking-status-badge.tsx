import type { FieldTripStatus } from "@/lib/generated/prisma/enums";

// Dark text on a light tint: every pair passes WCAG AA for small text.
const TONES: Record<FieldTripStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900 border-amber-300",
  CONFIRMED: "bg-green-100 text-green-900 border-green-300",
  DECLINED: "bg-red-100 text-red-900 border-red-300",
  CANCELLED: "bg-slate-200 text-slate-800 border-slate-300",
  COMPLETED: "bg-blue-100 text-blue-900 border-blue-300",
  NO_SHOW: "bg-orange-100 text-orange-900 border-orange-300",
};

/** A booking's status in words (the caller passes the localized label) with a colour that never carries meaning alone. */
export function BookingStatusBadge({ status, label }: { status: FieldTripStatus; label: string }) {
  return (
    <span data-status={status} className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONES[status]}`}>
      {label}
    </span>
  );
}
