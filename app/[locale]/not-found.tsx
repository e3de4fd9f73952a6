import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/layout/status-message";

/** Rendered with a 404 status for unknown pages and for records the reader may not know exist. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return <StatusMessage title={t("title")} body={t("body")} homeLabel={t("home")} />;
}
