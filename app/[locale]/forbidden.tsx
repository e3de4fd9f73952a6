import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Rendered with a 403 status when a signed-in person lacks the rights for a page. */
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <section className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-8 text-center" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t("home")}
      </Link>
    </section>
  );
}
