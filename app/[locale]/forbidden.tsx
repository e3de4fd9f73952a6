import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/layout/status-message";

/** Rendered with a 403 status when a signed-in person lacks the rights for a page. */
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return <StatusMessage title={t("title")} body={t("body")} homeLabel={t("home")} />;
}
