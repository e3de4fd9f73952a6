"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session.server";
import { getDb } from "@/lib/db.server";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { formDataToObject } from "@/lib/validation";
import { bookFieldTrip } from "./book-field-trip";
import { changeHeadcount } from "./change-headcount";
import { cancelFieldTrip, completeFieldTrip, confirmFieldTrip, declineFieldTrip, markFieldTripNoShow } from "./transition-field-trip";
import { closeVisitSlot, createVisitSlot, editVisitSlot, generateSlotSeries } from "./manage-slots";
import { createExhibition } from "./create-exhibition";
import { updateExhibition } from "./update-exhibition";
import { publishExhibition } from "./publish-exhibition";
import { createExhibit } from "./create-exhibit";
import { updateExhibit } from "./update-exhibit";
import { moveExhibit } from "./move-exhibit";
import { revalidateCataloguePages, revalidateFieldTripPages } from "./refresh-pages";
import { contentInput } from "@/lib/i18n/content-form";

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

export async function editVisitSlotAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formDataToObject(form);
  return runAction(async () => {
    await editVisitSlot(getDb(), await getActor(), values);
    revalidateFieldTripPages();
    const t = await getTranslations("admin.fieldTrips.slots");
    return { ok: true, message: t("slotSaved") };
  }, values);
}

// ───────────── staff: exhibitions and exhibits ─────────────

export async function createExhibitionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const { values, input } = contentInput(form);
  const tourLanguages = form.getAll("tourLanguages").map(String);
  const created: { id?: string } = {};
  const state = await runAction(
    async () => {
      created.id = (await createExhibition(getDb(), await getActor(), { ...input, tourLanguages })).id;
      revalidateCataloguePages();
    },
    { ...values, tourLanguages: tourLanguages.join(",") },
  );
  if (state.ok && created.id) redirect({ href: `/admin/exhibitions/${created.id}`, locale });
  return state;
}

export async function updateExhibitionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { values, input } = contentInput(form);
  const tourLanguages = form.getAll("tourLanguages").map(String);
  return runAction(
    async () => {
      await updateExhibition(getDb(), await getActor(), { ...input, tourLanguages });
      revalidateCataloguePages();
      const t = await getTranslations("admin.exhibitions");
      return { ok: true, message: t("saved") };
    },
    { ...values, tourLanguages: tourLanguages.join(",") },
  );
}

export async function publishExhibitionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await publishExhibition(getDb(), await getActor(), formDataToObject(form));
    revalidateCataloguePages();
  });
}

export async function createExhibitAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { values, input } = contentInput(form);
  return runAction(async () => {
    await createExhibit(getDb(), await getActor(), input);
    revalidateCataloguePages();
    const t = await getTranslations("admin.exhibitions");
    return { ok: true, message: t("exhibitAdded") };
  }, values);
}

export async function updateExhibitAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { values, input } = contentInput(form);
  return runAction(async () => {
    await updateExhibit(getDb(), await getActor(), input);
    revalidateCataloguePages();
    const t = await getTranslations("admin.exhibitions");
    return { ok: true, message: t("exhibitSaved") };
  }, values);
}

export async function moveExhibitAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await moveExhibit(getDb(), await getActor(), formDataToObject(form));
    revalidateCataloguePages();
  });
}
