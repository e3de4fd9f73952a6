import { verifyRoleAction } from "@/lib/accounts/actions";
import { ActionButton } from "@/components/ui/action-button";

export function VerifyRoleButton({ userId, role, label, accessibleLabel }: { userId: string; role: string; label: string; accessibleLabel: string }) {
  return <ActionButton action={verifyRoleAction} fields={{ userId, role }} label={label} accessibleLabel={accessibleLabel} />;
}
