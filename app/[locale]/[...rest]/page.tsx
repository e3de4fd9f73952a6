import { notFound } from "next/navigation";

/** Per request (ADR 0007). */
export const dynamic = "force-dynamic";

/**
 * Unknown addresses under a language render this language's not-found page inside the layout, per
 * request, instead of Next's prerendered English 404 (which has no CSP nonce, so its scripts would be
 * blocked; ADR 0005).
 */
export default function UnknownPage() {
  notFound();
}
