import type { MetadataRoute } from "next";
import { defaultLocale } from "@/lib/i18n/locales";

/** The web app manifest (/manifest.webmanifest): installable, opening on the default-language home page. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Russian–Pakistani Friendship Center",
    short_name: "Friendship Center",
    description: "Field trips, Russian classes, conference rooms, cultural events and business partners in Islamabad.",
    start_url: `/${defaultLocale}`,
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1e40af",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
