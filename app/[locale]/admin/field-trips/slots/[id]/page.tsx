import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { can } from "@/lib/auth/authorize";
import { orNotFound } from "@/lib/http/or-not-found";
import { AUDIT_PERMISSIONS, auditHistoryHref } from "@/lib/audit/policy";
import { FIELD_TRIP_PERMISSIONS } from "@/lib/field-trips/policy";
import { getVisitSlot } from "@/lib/field-trips/manage-slots";
import { centerDateTimeText } from "@/lib/time/center-time";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { LocalizedText } from "@/components/ui/localized-text";
import { SlotEditForm } from "@/components/admin/slot-edit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.fieldTrips.slots");
  return { title: t("editTitle") };
}

/** Staff change one slot's time and capacity. */
export default async function EditVisitSlotPage({ params }: PageProps<"/[locale]/admin/field-trips/slots/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageSlots, `/admin/field-trips/slots/${id}`);
  const slot = await orNotFound(getVisitSlot(getDb(), actor, id));
  const t = await getTranslations("admin.fieldTrips.slots");
  const tAll = await getTranslations();
  const format = formatFor(locale);
  const [date, time] = centerDateTimeText(slot.startsAt).split(" ");

  return (
    <section aria-labelledby="edit-slot-title" className="space-y-4">
      <h1 id="edit-slot-title" className="text-2xl font-bold">
        {t("editTitle")}
      </h1>
      <p className="text-slate-700">
        <LocalizedText record={slot.exhibition} field="title" /> · <time dateTime={slot.startsAt.toISOString()}>{format.dateTime(slot.startsAt)}</time> ·{" "}
        {t("bookedValue", { booked: slot.bookedCount, capacity: slot.capacity })}
      </p>
      <p className="text-sm text-slate-600">{tAll("fieldTrips.timeZoneNote")}</p>
      <div className="rounded-xl border border-slate-200 bg-white p-6">
        <SlotEditForm slot={{ id: slot.id, date, time, capacity: slot.capacity, bookedCount: slot.bookedCount }} />
      </div>
      <div className="flex gap-4">
        <Link href="/admin/field-trips/slots" className="text-slate-700 underline">
          {t("allSlots")}
        </Link>
        {can(actor, AUDIT_PERMISSIONS.read) && (
          <Link href={auditHistoryHref("VisitSlot", slot.id)} className="text-slate-700 underline">
            {tAll("admin.audit.history")}
          </Link>
        )}
      </div>
    </section>
  );
}
