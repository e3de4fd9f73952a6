import Bowser from "bowser";

/** Browser and operating system named by a user agent, for a person recognising their own sessions. */
export function describeDevice(userAgent: string | null | undefined): { browser?: string; os?: string } {
  if (!userAgent) return {};
  const { browser, os } = Bowser.parse(userAgent);
  return { browser: browser.name || undefined, os: os.name || undefined };
}
