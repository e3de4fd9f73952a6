import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/locales";

/** Public catalogues may be indexed; private and signed-in pages, the back office and the API may not. */
export default function robots(): MetadataRoute.Robots {
  const privatePaths = ["admin", "my", "account", "sign-in", "register"];
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...locales.flatMap((locale) => privatePaths.map((path) => `/${locale}/${path}`))],
    },
  };
}
