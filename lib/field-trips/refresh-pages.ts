import { revalidatePath } from "next/cache";

/**
 * The cached pages a change shows on, refreshed after it commits (ADR 0007): server actions and the
 * API routes that change bookings or content call these, so places left and texts are fresh on this
 * instance at once (others catch up within the pages' `revalidate`).
 */

/** Every page that shows bookings or places: a change to one booking can show on each. */
export function revalidateFieldTripPages() {
  revalidatePath("/[locale]/field-trips/[slug]", "page");
  revalidatePath("/[locale]/my/field-trips", "page");
  revalidatePath("/[locale]/my/field-trips/[id]", "page");
  revalidatePath("/[locale]/admin/field-trips", "page");
  revalidatePath("/[locale]/admin/field-trips/slots", "page");
  revalidatePath("/[locale]/admin/field-trips/day-sheet", "page");
  revalidatePath("/[locale]/admin", "page");
}

/** Every page that shows exhibitions or their exhibits, public and back office. */
export function revalidateCataloguePages() {
  revalidatePath("/[locale]/field-trips", "page");
  revalidatePath("/[locale]/field-trips/[slug]", "page");
  revalidatePath("/[locale]/admin/exhibitions", "page");
  revalidatePath("/[locale]/admin/exhibitions/[id]", "page");
  revalidatePath("/[locale]/admin/audit", "page");
}

/** After a booking took or released places: the exhibition page shows places left. */
export function revalidatePlacesLeft() {
  revalidatePath("/[locale]/field-trips/[slug]", "page");
}
