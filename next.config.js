import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // The catalogs are compiled at build time, so browsers get messages ready to format and no ICU
    // parser (16 KB gzip on every page; ADR 0007).
    messages: { path: "./messages", format: "json", locales: ["en", "ru", "ur", "zh", "fa"], precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Packages with native bindings stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // JSON, calendars and next-auth's fallback pages run no script of ours. Pages get their
        // policy (with a per-request nonce) from proxy.ts; see ADR 0005.
        source: "/api/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
  experimental: {
    // forbidden() renders app/[locale]/forbidden.tsx with a 403 status.
    authInterrupts: true,
    // Integrity hashes on the scripts Next boots from, which prerendered pages (no nonce) load.
    // Works with Turbopack builds; Next 16.4 leaves client-component chunks without (ADR 0005).
    sri: { algorithm: "sha384" },
  },
};

export default withNextIntl(nextConfig);
