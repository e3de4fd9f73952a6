"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { bookFieldTrip } from "./book-field-trip";
import { changeHeadcount } from "./change-headcount";
import { cancelFieldTrip, completeFieldTrip, confirmFieldTrip, declineFieldTrip, markFieldTripNoShow } from "./transition-field-trip";
import { closeVisitSlot, createVisitSlot, generateSlotSeries } from "./manage-slots";

/** Every page that shows bookings or places: a change to one booking can show on each. */
function revalidateFieldTripPages() {
  revalidatePath("/[locale]/field-trips/[slug]", "page");
  revalidatePath("/[locale]/my/field-trips", "page");
  revalidatePath("/[locale]/my/field-trips/[id]", "page");
  revalidatePath("/[locale]/admin/field-trips", "page");
  revalidatePath("/[locale]/admin/field-trips/slots", "page");
  revalidatePath("/[locale]/admin/field-trips/day-sheet", "page");
  revalidatePath("/[locale]/admin", "page");
}

// ───────────── coordinator ─────────────

export async function bookFieldTripAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const values = formDataToObject(form);
  const booked: { id?: string } = {};
  const state = await runAction(async () => {
    const booking = await bookFieldTrip(getDb(), await getActor(), values);
    booked.id = booking.id;
    revalidateFieldTripPages();
  }, values);
  if (state.ok && booked.id) redirect({ href: { pathname: `/my/field-trips/${booked.id}`, query: { booked: "1" } }, locale });
  return state;
}

export async function changeHeadcountAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await changeHeadcount(getDb(), await getActor(), values);
    revalidateFieldTripPages();
    const t = await getTranslations("fieldTrips.my");
    return { ok: true, message: t("headcountSaved") };
  }, values);
}

export async function cancelFieldTripAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  // The confirmation tick box is a UI safeguard against a slip of the finger, not a business rule.
  if (values.confirm !== "on") {
    const t = await getTranslations("fieldTrips.my");
    return { ok: false, message: t("cancelConfirmRequired"), fieldErrors: { confirm: t("cancelConfirmRequired") } };
  }
  return runAction(async () => {
    await cancelFieldTrip(getDb(), await getActor(), values);
    revalidateFieldTripPages();
    const t = await getTranslations("fieldTrips.my");
    return { ok: true, message: t("cancelled") };
  });
}

// ───────────── staff: booking queue ─────────────

export async function confirmFieldTripAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await confirmFieldTrip(getDb(), await getActor(), formDataToObject(form));
    revalidateFieldTripPages();
  });
}

export async function declineFieldTripAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await declineFieldTrip(getDb(), await getActor(), values);
    revalidateFieldTripPages();
  }, values);
}

export async function completeFieldTripAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await completeFieldTrip(getDb(), await getActor(), formDataToObject(form));
    revalidateFieldTripPages();
  });
}

export async function markFieldTripNoShowAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await markFieldTripNoShow(getDb(), await getActor(), formDataToObject(form));
    revalidateFieldTripPages();
  });
}

// ───────────── staff: visit slots ─────────────

export async function createVisitSlotAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await createVisitSlot(getDb(), await getActor(), values);
    revalidateFieldTripPages();
    const t = await getTranslations("admin.fieldTrips.slots");
    return { ok: true, message: t("created") };
  }, values);
}

export async function generateSlotSeriesAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  // Repeated fields arrive as several entries; the service expects arrays.
  const weekdays = form.getAll("weekdays").map(String);
  const times = form.getAll("times").map(String).filter(Boolean);
  return runAction(
    async () => {
      const { created, skipped } = await generateSlotSeries(getDb(), await getActor(), { ...values, weekdays, times });
      revalidateFieldTripPages();
      const t = await getTranslations("admin.fieldTrips.slots");
      return { ok: true, message: t("seriesResult", { created, skipped }) };
    },
    { ...values, weekdays: weekdays.join(","), times: times.join(",") },
  );
}

export async function closeVisitSlotAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await closeVisitSlot(getDb(), await getActor(), formDataToObject(form));
    revalidateFieldTripPages();
  });
}
