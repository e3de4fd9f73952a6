import { revalidatePath } from "next/cache";

/**
 * `revalidatePath` for a page route. Outside a Next.js request (the API routes called straight from
 * integration tests) there is no page cache to refresh, and Next says so with an invariant error
 * ("static generation store missing"): that case only is ignored.
 */
function refresh(route: string) {
  try {
    revalidatePath(route, "page");
  } catch (error) {
    if (!(error instanceof Error && /static generation store missing/.test(error.message))) throw error;
  }
}

/**
 * The cached pages a change shows on, refreshed after it commits (ADR 0007): server actions and the
 * API routes that change bookings or content call these, so places left and texts are fresh on this
 * instance at once (others catch up within the pages' `revalidate`).
 */

/** Every page that shows bookings or places: a change to one booking can show on each. */
export function revalidateFieldTripPages() {
  refresh("/[locale]/field-trips/[slug]");
  refresh("/[locale]/my/field-trips");
  refresh("/[locale]/my/field-trips/[id]");
  refresh("/[locale]/admin/field-trips");
  refresh("/[locale]/admin/field-trips/slots");
  refresh("/[locale]/admin/field-trips/day-sheet");
  refresh("/[locale]/admin");
}

/** Every page that shows exhibitions or their exhibits, public and back office. */
export function revalidateCataloguePages() {
  refresh("/[locale]/field-trips");
  refresh("/[locale]/field-trips/[slug]");
  refresh("/[locale]/admin/exhibitions");
  refresh("/[locale]/admin/exhibitions/[id]");
  refresh("/[locale]/admin/audit");
}

/** After a booking took or released places: the exhibition page shows places left. */
export function revalidatePlacesLeft() {
  refresh("/[locale]/field-trips/[slug]");
}
