import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requirePagePermission } from "@/lib/auth/session.server";
import type { Actor } from "@/lib/auth/actor";
import { getFieldTrip } from "@/lib/field-trips/find-field-trips";
import { FIELD_TRIP_PERMISSIONS, allowedActions } from "@/lib/field-trips/policy";
import { Link } from "@/lib/i18n/navigation";
import { can } from "@/lib/auth/authorize";
import { AUDIT_PERMISSIONS, auditHistoryHref } from "@/lib/audit/policy";
import { CardSection } from "@/components/ui/section";
import { PrintButton } from "@/components/field-trips/print-button";
import { HeadcountForm } from "@/components/field-trips/headcount-form";
import { CancelBookingForm } from "@/components/field-trips/cancel-booking-form";
import { ReviewBookingActions } from "@/components/field-trips/review-booking-actions";
import { BookingCard } from "@/components/field-trips/booking-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fieldTrips.staffBooking");
  return { title: t("title") };
}

const loadBooking = (actor: Actor, id: string) => orNotFound(getFieldTrip(getDb(), actor, id));

/** One booking in the back office: every detail, the coordinator's contact, and the actions the policy allows staff now. */
export default async function StaffFieldTripPage({ params }: PageProps<"/[locale]/admin/field-trips/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission(FIELD_TRIP_PERMISSIONS.manageAny, `/admin/field-trips/${id}`);
  const booking = await loadBooking(actor, id);
  const t = await getTranslations();
  const actions = allowedActions(actor, booking, new Date());
  const decisions = actions.filter((action) => action !== "changeHeadcount" && action !== "cancel");

  return (
    <div className="space-y-8">
      <BookingCard booking={booking} view="staff">
        <PrintButton label={t("fieldTrips.confirmation.print")} />
        <a href={`/api/v1/field-trips/${booking.id}/calendar.ics`} className="font-semibold text-brand-700 underline hover:text-brand-800">
          {t("fieldTrips.confirmation.downloadIcs")}
        </a>
        <Link href="/admin/field-trips" className="text-slate-700 underline">
          {t("fieldTrips.staffBooking.allBookings")}
        </Link>
        {can(actor, AUDIT_PERMISSIONS.read) && (
          <Link href={auditHistoryHref("FieldTripBooking", booking.id)} className="text-slate-700 underline">
            {t("admin.audit.history")}
          </Link>
        )}
      </BookingCard>

      <div className="no-print grid gap-6 md:grid-cols-2">
        <CardSection headingId="decision-heading" title={t("fieldTrips.staffBooking.decisionTitle")}>
          {decisions.length > 0 ? (
            <ReviewBookingActions bookingId={booking.id} reference={booking.reference} actions={decisions} />
          ) : (
            <p className="text-slate-700">{t("fieldTrips.staffBooking.noDecision")}</p>
          )}
        </CardSection>
        {actions.includes("changeHeadcount") && (
          <CardSection headingId="headcount-heading" title={t("fieldTrips.my.headcountTitle")} lead={t("fieldTrips.staffBooking.headcountHelp")}>
            <HeadcountForm bookingId={booking.id} students={booking.students} chaperones={booking.chaperones} />
          </CardSection>
        )}
        {actions.includes("cancel") && (
          <CardSection headingId="cancel-heading" title={t("fieldTrips.my.cancelTitle")}>
            <CancelBookingForm bookingId={booking.id} />
          </CardSection>
        )}
      </div>
    </div>
  );
}
