import { apiRoute, apiTranslator } from "@/lib/http/api-route";
import { getSectionCalendar } from "@/lib/courses/section-calendar";
import { endonymOf } from "@/lib/i18n/locales";
import { translated } from "@/lib/i18n/translated";

/** GET /api/v1/sections/{id}/calendar.ics — a public section's timetable as an iCalendar file, labelled in the request's language. */
export const GET = apiRoute<{ id: string }>(async ({ params, db, locale, now }) => {
  const t = await apiTranslator(locale, "courses.calendar");
  const { ics, filename } = await getSectionCalendar(
    db,
    params.id,
    (section) => ({
      title: t("title", { course: translated(section.course, "title", locale), code: section.code }),
      description: t("description", { teacher: section.teacher?.name ?? t("teacherTba"), language: endonymOf(section.instructionLanguage) }),
      location: section.online ? t("online") : section.room ? translated(section.room, "name", locale) : undefined,
    }),
    now,
  );
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Public timetable: no personal data, but cancellations must show up soon.
      "Cache-Control": "public, max-age=300",
      "Content-Language": locale,
      Vary: "Accept-Language",
    },
  });
});
