import { getTranslations } from "next-intl/server";
import { apiRoute } from "@/lib/http/api-route";
import { getFieldTrip } from "@/lib/field-trips/find-field-trips";
import { fieldTripCalendar } from "@/lib/field-trips/field-trip-calendar";
import { translated } from "@/lib/i18n/translated";
import { attachmentResponse } from "@/lib/api/responses";

/** GET /api/v1/field-trips/{id}/calendar.ics — the visit as an iCalendar file, labelled in the request's language. */
export const GET = apiRoute<{ id: string }>(async ({ params, db, actor, locale }) => {
  // The labels need the booking, and fieldTripCalendar takes them ready-made: read it first (same access check).
  const booking = await getFieldTrip(db, actor, params.id);
  const t = await getTranslations({ locale, namespace: "fieldTrips.calendar" });
  const labels = {
    title: t("title", { exhibition: translated(booking.slot.exhibition, "title", locale) }),
    description: t("description", { reference: booking.reference, students: booking.students, chaperones: booking.chaperones }),
  };
  const { ics, filename } = await fieldTripCalendar(db, actor, booking.id, labels);
  return attachmentResponse(ics, "text/calendar; charset=utf-8", filename);
});
