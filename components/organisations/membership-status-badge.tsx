import type { MembershipStatus } from "@/lib/organisations/schemas";

const tones: Record<MembershipStatus, string> = {
  pending: "bg-amber-100 text-amber-950",
  verified: "bg-green-100 text-green-900",
  declined: "bg-red-100 text-red-900",
};

/** Where a membership stands, as a coloured label (the words carry the meaning; colour only helps). */
export function MembershipStatusBadge({ status, label }: { status: MembershipStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm ${tones[status]}`}>{label}</span>;
}
