import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db.server";
import { requireActor } from "@/lib/auth/session.server";
import { getOwnAccount } from "@/lib/accounts/get-own-account";
import { endonymOf } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor("/account");
  const account = await getOwnAccount(getDb(), actor);
  const t = await getTranslations();
  const format = await getFormatter();

  return (
    <section className="mx-auto max-w-2xl rounded-xl border border-slate-200 bg-white p-8" aria-labelledby="account-title">
      <h1 id="account-title" className="text-2xl font-bold">
        {t("account.title")}
      </h1>
      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("auth.name")}</dt>
        <dd>{account.name}</dd>
        <dt className="font-semibold">{t("auth.email")}</dt>
        <dd>{account.email}</dd>
        {account.organization && (
          <>
            <dt className="font-semibold">{t("account.organization")}</dt>
            <dd>{account.organization}</dd>
          </>
        )}
        <dt className="font-semibold">{t("account.language")}</dt>
        <dd lang={account.locale}>{endonymOf(account.locale)}</dd>
        <dt className="font-semibold">{t("account.memberSince")}</dt>
        <dd>{format.dateTime(account.createdAt, { dateStyle: "long" })}</dd>
      </dl>
      <h2 className="mt-8 text-lg font-semibold">{t("account.roles")}</h2>
      <ul className="mt-3 space-y-2" data-testid="account-roles">
        {account.roles.map(({ role }) => (
          <li key={role} className="flex flex-wrap items-center gap-3">
            <span className="font-medium">{t(`roles.${role}`)}</span>
            {account.pendingRoles.includes(role) ? (
              <span className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">{t("account.awaitingVerification")}</span>
            ) : (
              <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">{t("account.active")}</span>
            )}
          </li>
        ))}
      </ul>
      {account.pendingRoles.length > 0 && <p className="mt-4 text-slate-700">{t("errors.verificationPending")}</p>}
    </section>
  );
}
