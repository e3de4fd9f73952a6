import { apiRoute, apiTranslator } from "@/lib/http/api-route";
import { attachmentResponse } from "@/lib/api/responses";
import { fieldTripCalendar } from "@/lib/field-trips/field-trip-calendar";
import { translated } from "@/lib/i18n/translated";

/** GET /api/v1/field-trips/{id}/calendar.ics — the visit as an iCalendar file, labelled in the request's language. */
export const GET = apiRoute<{ id: string }>(async ({ params, db, actor, locale }) => {
  const t = await apiTranslator(locale, "fieldTrips.calendar");
  const { ics, filename } = await fieldTripCalendar(db, actor, params.id, (booking) => ({
    title: t("title", { exhibition: translated(booking.slot.exhibition, "title", locale) }),
    description: t("description", { reference: booking.reference, students: booking.students, chaperones: booking.chaperones }),
  }));
  return attachmentResponse(ics, "text/calendar; charset=utf-8", filename);
});
