/**
 * Whether the portal is served over https, read from its public URL (`NEXTAUTH_URL`) at run time,
 * not build time: one build can serve http locally and https in production. next-auth reads the
 * same variable to choose `__Secure-`/`__Host-` cookie names, so cookies, HSTS and the CSP upgrade
 * directive all switch together (ADR 0005).
 */
export function servedOverHttps(publicUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return publicUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

/** One year, subdomains included: browsers then refuse plain http for the portal's host. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
