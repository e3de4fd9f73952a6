import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES_NEEDING_VERIFICATION } from "./permissions";

/** The signed-in person as services see them: effective (verified) roles and roles awaiting verification. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  locale: string;
  roles: Role[];
  pendingRoles: Role[];
}

export function toActor(user: {
  id: string;
  email: string;
  name: string;
  locale: string;
  roles: { role: Role; verifiedAt: Date | null }[];
}): Actor {
  const isEffective = (r: { role: Role; verifiedAt: Date | null }) =>
    r.verifiedAt !== null || !ROLES_NEEDING_VERIFICATION.includes(r.role);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles: user.roles.filter(isEffective).map((r) => r.role),
    pendingRoles: user.roles.filter((r) => !isEffective(r)).map((r) => r.role),
  };
}
