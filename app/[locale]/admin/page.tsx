import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { listPendingVerifications } from "@/lib/accounts/verify-role";
import { getDashboardCounts } from "@/lib/back-office/dashboard-counts";
import { VerifyRoleButton } from "@/components/admin/verify-role-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminDashboardPage({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = await getFormatter();
  const db = getDb();
  const actor = await requirePagePermission("read:backOffice:any", "/admin");
  const [counts, pending] = await Promise.all([getDashboardCounts(db, actor), listPendingVerifications(db, actor)]);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="sr-only">
          {t("admin.countsHeading")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {Object.entries(counts).map(([key, value]) => (
            <div key={key} className="rounded-xl border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{t(`admin.counts.${key}`)}</dt>
              <dd className="mt-1 text-3xl font-bold">{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="verify-heading" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="verify-heading" className="text-xl font-semibold">
          {t("admin.verifications.title")}
        </h2>
        {pending.length === 0 ? (
          <p className="mt-3 text-slate-600">{t("admin.verifications.empty")}</p>
        ) : (
          <table className="mt-4 w-full text-start text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 text-start">{t("admin.verifications.person")}</th>
                <th scope="col" className="py-2 text-start">{t("admin.verifications.role")}</th>
                <th scope="col" className="py-2 text-start">{t("admin.verifications.organization")}</th>
                <th scope="col" className="py-2 text-start">{t("admin.verifications.since")}</th>
                <th scope="col" className="py-2 text-start"><span className="sr-only">{t("admin.verifications.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {pending.map((row) => (
                <tr key={`${row.userId}:${row.role}`} className="border-b border-slate-100">
                  <td className="py-2">
                    {row.user.name}
                    <span className="block text-slate-600">{row.user.email}</span>
                  </td>
                  <td className="py-2">{t(`roles.${row.role}`)}</td>
                  <td className="py-2">{row.user.organization}</td>
                  <td className="py-2">{format.dateTime(row.createdAt, { dateStyle: "medium" })}</td>
                  <td className="py-2">
                    <VerifyRoleButton userId={row.userId} role={row.role} label={t("admin.verifications.verifyShort")} accessibleLabel={t("admin.verifications.verify", { name: row.user.name })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
