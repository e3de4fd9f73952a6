import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requireActor } from "@/lib/auth/session.server";
import { getSectionRoster, type RosterEntry } from "@/lib/courses/get-section-roster";
import { mayMarkAttendance, mayReadRosters } from "@/lib/courses/policy";
import { nextOccurrence, sectionOccurrences } from "@/lib/courses/section-occurrences";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { orNotFound } from "@/lib/http/or-not-found";
import { centerDateOf } from "@/lib/time/center-time";
import { isoDate } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { FormAlert } from "@/components/ui/form-alert";
import { DataTable, HeaderCell, TableHead } from "@/components/ui/data-table";
import { PageSection } from "@/components/ui/section";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { meetingTimes, occurrenceText, ratePercent } from "@/components/teaching/meeting-text";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/** Past meetings listed for taking attendance: the latest ones, newest first. */
const RECENT_MEETINGS = 8;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teaching.section");
  return { title: t("title") };
}

/** One section for its teacher (or staff): facts, recent meetings to take attendance for, roster with rates, offers, waitlist. */
export default async function TeachingSectionPage({ params, searchParams }: PageProps<"/[locale]/teach/sections/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(`/teach/sections/${id}`);
  if (!mayReadRosters(actor)) forbidden();
  const { section, entries } = await orNotFound(getSectionRoster(getDb(), actor, id));
  const t = await getTranslations("teaching");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const now = new Date();
  const { marked } = await searchParams;
  const markedDate = typeof marked === "string" && isoDate.safeParse(marked).success ? marked : null;

  const title = translated(section.course, "title", locale as Locale);
  const upToToday = sectionOccurrences(section, { to: centerDateOf(now) }).reverse().slice(0, RECENT_MEETINGS);
  const next = nextOccurrence(section, now);
  const maysMark = mayMarkAttendance(actor, section);
  const enrolled = entries.filter((e) => e.status === "ENROLLED");
  const offered = entries.filter((e) => e.status === "OFFERED");
  const waitlisted = entries.filter((e) => e.status === "WAITLISTED");

  const learnerCell = (entry: RosterEntry) => (
    <th scope="row" className="text-start font-medium">
      {entry.learner.name}
    </th>
  );
  const ageCell = (entry: RosterEntry) => <td className="text-end">{format.number(entry.learner.age)}</td>;
  const contactCell = (entry: RosterEntry) => (
    <td>
      {entry.guardians.length === 0 ? (
        <span className="text-slate-600">{t("roster.adult")}</span>
      ) : (
        <ul>
          {entry.guardians.map((g) => (
            <li key={g.id}>
              {g.name} · <a href={`mailto:${g.email}`} className="text-brand-700 underline">{g.email}</a>
              {g.phone && <span dir="ltr"> · {g.phone}</span>}
            </li>
          ))}
        </ul>
      )}
    </td>
  );

  return (
    <div className="space-y-8">
      <PageHeading title={title} lead={t("section.lead", { code: section.code, level: section.course.level })} />
      {markedDate && <FormAlert tone="success" message={t("section.marked", { date: format.calendarDate(markedDate) })} />}
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white p-6 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("fields.term")}</dt>
        <dd>{format.dateTimeRange(section.termStart, section.termEnd, { date: "medium" })}</dd>
        <dt className="font-semibold">{t("fields.weekly")}</dt>
        <dd>{format.list(section.meetings.map((m) => `${tAll(`weekdays.${m.weekday}`)} ${meetingTimes(format, m)}`))}</dd>
        <dt className="font-semibold">{t("fields.place")}</dt>
        <dd>{section.room ? translated(section.room, "name", locale as Locale) : t("online")}</dd>
        <dt className="font-semibold">{t("fields.nextMeeting")}</dt>
        <dd>{next ? occurrenceText(format, next) : t("sections.noNextMeeting")}</dd>
        <dt className="font-semibold">{t("fields.enrolled")}</dt>
        <dd>{t("fields.enrolledOf", { enrolled: section.enrolledCount, capacity: section.capacity })}</dd>
      </dl>
      <p className="text-sm text-slate-600">{t("timeZoneNote")}</p>

      <PageSection headingId="meetings-heading" title={t("section.meetings")}>
        {upToToday.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("section.noMeetingsYet")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {upToToday.map((o) => (
              <li key={`${o.date}-${o.meetingId}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <span>{occurrenceText(format, o)}</span>
                {o.cancelled ? (
                  <span className="text-slate-600">{t("section.cancelled")}</span>
                ) : (
                  <Link href={`/teach/sections/${section.id}/attendance/${o.date}`} className="font-semibold text-brand-700 underline">
                    {maysMark ? t("section.takeAttendance") : t("section.viewAttendance")}
                    <span className="sr-only"> {format.calendarDate(o.date)}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection headingId="roster-heading" title={t("roster.title")}>
        {enrolled.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("roster.empty")}</p>
        ) : (
          <DataTable caption={t("roster.caption")} className="mt-3">
            <TableHead>
              <HeaderCell>{t("fields.learner")}</HeaderCell>
              <HeaderCell align="end">{t("fields.age")}</HeaderCell>
              <HeaderCell>{t("fields.contact")}</HeaderCell>
              <HeaderCell>{t("fields.payment")}</HeaderCell>
              <HeaderCell align="end">{t("fields.attendance")}</HeaderCell>
            </TableHead>
            <tbody>
              {enrolled.map((entry) => (
                <tr key={entry.enrollmentId} className="border-t border-slate-100" data-testid={`roster-${entry.enrollmentId}`}>
                  {learnerCell(entry)}
                  {ageCell(entry)}
                  {contactCell(entry)}
                  <td>{t(`payment.${entry.paymentStatus}`)}</td>
                  <td className="text-end" data-testid="attendance-rate">
                    {entry.attendance && entry.attendance.marked > 0
                      ? t("roster.rate", { percent: ratePercent(format, entry.attendance.rate)!, attended: entry.attendance.attended, marked: entry.attendance.marked })
                      : t("roster.noMarks")}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </PageSection>

      {offered.length > 0 && (
        <PageSection headingId="offered-heading" title={t("roster.offeredTitle")}>
          <DataTable caption={t("roster.offeredTitle")} className="mt-3">
            <TableHead>
              <HeaderCell>{t("fields.learner")}</HeaderCell>
              <HeaderCell align="end">{t("fields.age")}</HeaderCell>
              <HeaderCell>{t("fields.contact")}</HeaderCell>
              <HeaderCell>{t("fields.offerExpires")}</HeaderCell>
            </TableHead>
            <tbody>
              {offered.map((entry) => (
                <tr key={entry.enrollmentId} className="border-t border-slate-100">
                  {learnerCell(entry)}
                  {ageCell(entry)}
                  {contactCell(entry)}
                  <td>{entry.offerExpiresAt ? format.dateTime(entry.offerExpiresAt) : ""}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </PageSection>
      )}

      <PageSection headingId="waitlist-heading" title={t("roster.waitlistTitle")}>
        {waitlisted.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("roster.waitlistEmpty")}</p>
        ) : (
          <DataTable caption={t("roster.waitlistTitle")} className="mt-3">
            <TableHead>
              <HeaderCell align="end">{t("fields.position")}</HeaderCell>
              <HeaderCell>{t("fields.learner")}</HeaderCell>
              <HeaderCell align="end">{t("fields.age")}</HeaderCell>
              <HeaderCell>{t("fields.contact")}</HeaderCell>
            </TableHead>
            <tbody>
              {waitlisted.map((entry) => (
                <tr key={entry.enrollmentId} className="border-t border-slate-100">
                  <td className="text-end">{format.number(entry.position ?? 0)}</td>
                  {learnerCell(entry)}
                  {ageCell(entry)}
                  {contactCell(entry)}
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </PageSection>

      <Link href="/teach" className="inline-block text-slate-700 underline">
        {t("section.allSections")}
      </Link>
    </div>
  );
}
