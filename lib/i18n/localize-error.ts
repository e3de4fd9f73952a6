import { fromBadValueError, isDomainError, type DomainError } from "@/lib/errors";

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface LocalizedError {
  code: DomainError["code"] | "internal";
  message: string;
  fieldErrors: Record<string, string>;
}

/** The one place a domain error becomes words in the user's language (UI and API alike). */
export function localizeError(thrown: unknown, t: Translate): LocalizedError {
  const error = fromBadValueError(thrown) ?? thrown;
  if (!isDomainError(error)) return { code: "internal", message: t("errors.unexpected"), fieldErrors: {} };
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path || "_"] ??= t(issue.messageKey, issue.params);
  return { code: error.code, message: t(error.messageKey, error.params), fieldErrors };
}
