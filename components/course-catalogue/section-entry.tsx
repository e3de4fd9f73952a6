import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SectionState } from "@/lib/courses/policy";

const linkClass = "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

/**
 * What a course page offers for one section, by its state: "Enroll" while places are left, "Join the
 * waitlist" when full, nothing but the state when closed. Visitors go through sign-in and come back
 * to the enrollment page of this section.
 */
export function SectionEntry({
  courseSlug,
  section,
  signedIn,
  locale,
}: {
  courseSlug: string;
  section: { id: string; code: string; state: SectionState };
  signedIn: boolean;
  locale: string;
}) {
  const t = useTranslations("courses.section");
  if (section.state === "closed") return <span className="text-slate-700">{t("closedNote")}</span>;
  const action = section.state === "open" ? "enroll" : "joinWaitlist";
  const enroll = { pathname: `/courses/${courseSlug}/enroll`, query: { section: section.id } };
  const href = signedIn ? enroll : { pathname: "/sign-in", query: { callbackUrl: `/${locale}/courses/${courseSlug}/enroll?section=${section.id}` } };
  return (
    <Link href={href} className={linkClass} data-testid="section-entry">
      {t(action)}
      <span className="sr-only">
        {": "}
        {t("title", { code: section.code })}
      </span>
    </Link>
  );
}
