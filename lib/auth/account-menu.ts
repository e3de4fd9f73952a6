import { z } from "zod";
import { AREAS } from "@/lib/areas";
import type { Actor } from "./actor";
import { can, isStaff } from "./authorize";

/** The signed-in part of the site header: whose session it is and the links that person may follow. */
export const AccountMenuSchema = z
  .strictObject({
    name: z.string(),
    /** Paths without the locale; labels are catalog keys (`nav.*`). */
    links: z.array(z.strictObject({ href: z.string(), labelKey: z.string() })),
  })
  .meta({ id: "AccountMenu" });

export type AccountMenu = z.output<typeof AccountMenuSchema>;

export const MeSchema = z.strictObject({ menu: AccountMenuSchema.nullable() }).meta({ id: "Me" });

const BACK_OFFICE = { href: "/admin", labelKey: "nav.backOffice" };

/** Every label the menu may need, so the header can translate them on the server. */
export const ACCOUNT_MENU_LABEL_KEYS = [...AREAS.flatMap((area) => area.personal.map((link) => link.labelKey)), BACK_OFFICE.labelKey];

/** The header's account menu for an actor, or null for visitors. Permissions decide, as everywhere. */
export function accountMenuOf(actor: Actor | null): AccountMenu | null {
  if (!actor) return null;
  const personal = AREAS.flatMap((area) => area.personal).filter((link) => can(actor, link.permission));
  const links = personal.map(({ href, labelKey }) => ({ href, labelKey }));
  if (isStaff(actor)) links.push(BACK_OFFICE);
  return { name: actor.name, links };
}
