import { useTranslations } from "next-intl";
import type { OwnSession } from "@/lib/auth/list-own-sessions";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import type { Format } from "@/lib/i18n/format";
import { SubmitButton } from "@/components/ui/submit-button";

/** The person's signed-in browsers (this one marked) and the button that ends them all. */
export function SessionList({ sessions, format }: { sessions: readonly OwnSession[]; format: Format }) {
  const t = useTranslations("account.sessions");
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="account-sessions">
        {sessions.map((s, index) => (
          <li key={index} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-semibold">
                {s.browser && s.os ? t("device", { browser: s.browser, os: s.os }) : (s.browser ?? s.os ?? t("unknownDevice"))}
              </span>
              {s.current && <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">{t("current")}</span>}
            </div>
            <p className="mt-1 text-sm text-slate-600">
              {t("lastSeen", { time: format.dateTime(s.lastSeenAt) })}
              {" · "}
              {t("signedIn", { time: format.dateTime(s.createdAt) })}
              {s.ip && (
                <>
                  {" · "}
                  {t.rich("address", { ip: s.ip, addr: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      <form action={signOutEverywhereAction} className="mt-4">
        <SubmitButton pendingLabel={t("signingOut")}>{t("signOutEverywhere")}</SubmitButton>
      </form>
    </>
  );
}
