import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { listRooms } from "@/lib/rooms/list-rooms";
import { translated } from "@/lib/i18n/translated";
import type { Locale } from "@/lib/i18n/locales";
import { PageHeading } from "@/components/catalogue/page-heading";
import { minutesToTime } from "@/lib/time/center-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rooms");
  return { title: t("title") };
}

export default async function RoomsPage({ params }: PageProps<"/[locale]/rooms">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("rooms");
  const format = await getFormatter();
  const rooms = await listRooms(getDb());
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ul className="grid gap-6 md:grid-cols-2">
        {rooms.map((room) => (
          <li key={room.id} className="rounded-xl border border-slate-200 bg-white p-6">
            <h2 className="text-lg font-semibold">{translated(room, "name", locale as Locale)}</h2>
            <p className="mt-2 text-slate-700">{translated(room, "description", locale as Locale)}</p>
            <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
              <dt className="text-slate-600">{t("capacity")}</dt>
              <dd>{t("people", { count: room.capacity })}</dd>
              <dt className="text-slate-600">{t("hours")}</dt>
              <dd dir="ltr" className="text-start">{minutesToTime(room.opensAtMinute)}–{minutesToTime(room.closesAtMinute)}</dd>
              <dt className="text-slate-600">{t("rate")}</dt>
              <dd>{t("ratePerHour", { amount: format.number(room.hourlyRatePkr) })}</dd>
              <dt className="text-slate-600">{t("equipment")}</dt>
              <dd>{room.equipment.join(", ")}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
