import type { Metadata } from "next";
import type { CatalogueViewProps } from "@/lib/http/catalogue-views";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { ROOM_SORTS, RoomListQuerySchema, listRooms } from "@/lib/rooms/list-rooms";
import { formatFor } from "@/lib/i18n/format";
import { defaultLocale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/validation";
import { PageHeading } from "@/components/catalogue/page-heading";
import { SortForm } from "@/components/catalogue/sort-form";
import { LocalizedText } from "@/components/ui/localized-text";
import { Pagination } from "@/components/ui/pagination";

const PATHNAME = "/rooms";
const MINUTE = 60_000;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rooms");
  return { title: t("title") };
}

/** The catalogue as one component: the static page shows it unfiltered, the filtered view (catalogue-views.ts) with a query. */
export async function RoomsCatalogue({ locale, searchParams }: CatalogueViewProps) {
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = formatFor(locale);
  // Opening hours are wall-clock minutes: read them as a UTC clock so no zone shifts them.
  const wallClock = formatFor(locale, "UTC");
  const raw = searchParams;
  const query = parseInput(RoomListQuerySchema, raw);
  const rooms = await listRooms(getDb(), format.locale, query);
  const count = t("rooms.count", { count: rooms.total });
  // Equipment is listed in English only (no translations yet): say so to screen readers and keep its punctuation.
  const english = format.locale === defaultLocale ? undefined : defaultLocale;

  return (
    <div>
      <PageHeading title={t("rooms.title")} lead={t("rooms.lead")} />
      {rooms.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("rooms.empty")}</p>
      ) : (
        <>
          <SortForm
            id="rooms"
            label={t("rooms.sortLabel")}
            sort={query.sort}
            dir={query.dir}
            options={ROOM_SORTS.map((value) => ({ value, label: t(`rooms.sort.${value}`) }))}
            query={raw}
          />
          <p className="mb-4 text-sm text-slate-600" data-testid="list-total">
            {count}
          </p>
          {rooms.rows.length === 0 ? (
            <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("paging.emptyPage")}</p>
          ) : (
            <ul className="grid gap-6 md:grid-cols-2">
              {rooms.rows.map((room) => (
                <li key={room.id} className="rounded-xl border border-slate-200 bg-white p-6">
                  <h2 className="text-lg font-semibold">
                    <LocalizedText record={room} field="name" />
                  </h2>
                  <p className="mt-2 text-slate-700">
                    <LocalizedText record={room} field="description" />
                  </p>
                  <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
                    <dt className="text-slate-600">{t("rooms.capacity")}</dt>
                    <dd>{t("rooms.people", { count: room.capacity })}</dd>
                    <dt className="text-slate-600">{t("rooms.hours")}</dt>
                    <dd>{wallClock.dateTimeRange(new Date(room.opensAtMinute * MINUTE), new Date(room.closesAtMinute * MINUTE), { time: "short" })}</dd>
                    <dt className="text-slate-600">{t("rooms.rate")}</dt>
                    <dd>{t("rooms.ratePerHour", { amount: format.number(room.hourlyRatePkr) })}</dd>
                    <dt className="text-slate-600">{t("rooms.equipment")}</dt>
                    <dd lang={english} dir="auto">
                      {formatFor(defaultLocale).list(room.equipment)}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}
          <Pagination id="rooms" page={rooms} pathname={PATHNAME} query={raw} label={t("rooms.pagesLabel")} totalLabel={count} />
        </>
      )}
    </div>
  );
}
