import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/session.server";
import { COURSE_PERMISSIONS } from "@/lib/courses/policy";
import { Link } from "@/lib/i18n/navigation";
import { CourseForm } from "@/components/admin/courses/course-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("courseAdmin");
  return { title: t("newTitle") };
}

/** Staff create a course (unpublished unless they tick it). */
export default async function NewCoursePage({ params }: PageProps<"/[locale]/admin/courses/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission(COURSE_PERMISSIONS.manageCatalogue, "/admin/courses/new");
  const t = await getTranslations("courseAdmin");
  return (
    <section aria-labelledby="new-course-title" className="space-y-4">
      <h1 id="new-course-title" className="text-2xl font-bold">
        {t("newTitle")}
      </h1>
      <p className="text-slate-700">{t("newLead")}</p>
      <div className="rounded-xl border border-slate-200 bg-white p-6">
        <CourseForm />
      </div>
      <Link href="/admin/courses" className="text-slate-700 underline">
        {t("allCourses")}
      </Link>
    </section>
  );
}
