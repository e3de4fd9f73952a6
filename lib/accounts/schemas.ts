import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { id } from "@/lib/validation";

const userId = id;

/** An admin disables (or enables again) someone's account. */
export const SetAccountDisabledSchema = z.object({ userId, disabled: z.boolean() });

/** An admin sets exactly which roles someone holds. */
export const SetRolesSchema = z.object({ userId, roles: z.array(z.enum(Role)).max(Object.keys(Role).length) });
