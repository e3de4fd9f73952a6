import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requireActor } from "@/lib/auth/session.server";
import { listTeachingSections } from "@/lib/courses/list-teaching-sections";
import { mayReadRosters } from "@/lib/courses/policy";
import { TeachingSectionsQuerySchema } from "@/lib/courses/teaching-schemas";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { withQueryFallback } from "@/lib/http/query-fallback";
import { parseInput } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { FormAlert } from "@/components/ui/form-alert";
import { DataTable, HeaderCell, SortableHeaderCell, TableHead } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import type { ListLocation } from "@/components/ui/list-query";
import { LocalizedText } from "@/components/ui/localized-text";
import { meetingTimes, occurrenceText } from "@/components/teaching/meeting-text";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

const PATHNAME = "/teach";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teaching.sections");
  return { title: t("title") };
}

/** A teacher's sections (staff: every teacher's), current or past, each with its next meeting. */
export default async function TeachPage({ params, searchParams }: PageProps<"/[locale]/teach">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(PATHNAME);
  if (!mayReadRosters(actor)) forbidden();
  const t = await getTranslations("teaching");
  const tAll = await getTranslations();
  const format = formatFor(locale);

  const raw = await searchParams;
  const { result: query, invalidQuery } = await withQueryFallback(
    async () => parseInput(TeachingSectionsQuerySchema, raw),
    async () => parseInput(TeachingSectionsQuerySchema, {}),
  );
  const now = new Date();
  const sections = await listTeachingSections(getDb(), actor, query, now);
  const list: ListLocation = { pathname: PATHNAME, query: raw, sort: query.sort, dir: query.dir };
  const tab = (when: "current" | "past") => (
    <Link
      href={{ pathname: PATHNAME, query: when === "past" ? { when } : {} }}
      aria-current={query.when === when ? "page" : undefined}
      className={`rounded px-3 py-1.5 font-medium ${query.when === when ? "bg-brand-700 text-white" : "border border-slate-400 bg-white text-slate-800 underline"}`}
    >
      {t(`sections.${when}`)}
    </Link>
  );

  return (
    <div className="space-y-6">
      <PageHeading title={t("sections.title")} lead={t("sections.lead")} />
      <p className="text-sm text-slate-600">{t("timeZoneNote")}</p>
      {invalidQuery && <FormAlert message={t("sections.invalidFilter")} />}
      <nav aria-label={t("sections.whenLabel")} className="flex gap-2">
        {tab("current")}
        {tab("past")}
      </nav>
      {sections.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t(query.when === "past" ? "sections.emptyPast" : "sections.empty")}</p>
      ) : sections.rows.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{tAll("paging.emptyPage")}</p>
      ) : (
        <DataTable caption={t("sections.caption", { page: sections.page, pageCount: sections.pageCount })} density="comfortable">
          <TableHead>
            <SortableHeaderCell column="code" list={list}>
              {t("fields.section")}
            </SortableHeaderCell>
            <SortableHeaderCell column="termStart" list={list}>
              {t("fields.term")}
            </SortableHeaderCell>
            <HeaderCell>{t("fields.weekly")}</HeaderCell>
            <HeaderCell>{t("fields.nextMeeting")}</HeaderCell>
            <HeaderCell align="end">{t("fields.enrolled")}</HeaderCell>
          </TableHead>
          <tbody>
            {sections.rows.map((section) => (
              <tr key={section.id} className="border-t border-slate-100">
                <th scope="row" className="text-start">
                  <Link href={`/teach/sections/${section.id}`} className="font-semibold text-brand-700 underline">
                    <LocalizedText record={section.course} field="title" />
                  </Link>
                  <span className="block text-slate-600">{section.code}</span>
                </th>
                <td>{format.dateTimeRange(section.termStart, section.termEnd, { date: "medium" })}</td>
                <td>
                  <ul>
                    {section.meetings.map((m) => (
                      <li key={m.id}>{`${tAll(`weekdays.${m.weekday}`)} ${meetingTimes(format, m)}`}</li>
                    ))}
                  </ul>
                </td>
                <td>{section.nextMeeting ? occurrenceText(format, section.nextMeeting) : t("sections.noNextMeeting")}</td>
                <td className="text-end">{t("fields.enrolledOf", { enrolled: section.enrolledCount, capacity: section.capacity })}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {sections.total > 0 && (
        <Pagination id="teach-sections" page={sections} pathname={PATHNAME} query={raw} label={t("sections.pagesLabel")} totalLabel={t("sections.count", { count: sections.total })} />
      )}
    </div>
  );
}
