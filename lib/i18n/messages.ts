import type { Locale } from "./locales";

/**
 * UI strings live beside their area: `messages/<area>/<locale>.json`. An area may add to a shared
 * namespace (field trips add `admin.fieldTrips` and `notifications.fieldTrip`), so the files are
 * deep-merged; two files defining the same key is an error (tests/i18n/messages.test.ts).
 * A new area adds its folder here.
 */
export const MESSAGE_AREAS = ["core", "field-trips", "courses", "course-enrollment", "course-learner", "course-teaching", "course-admin", "course-rosters", "rooms", "events", "businesses", "back-office"] as const;

export type Catalog = { [key: string]: string | Catalog };

/**
 * A message, as opposed to a group of messages. In the production build next-intl's plugin
 * precompiles the catalogs (next.config.js): a message with arguments then arrives as an array
 * (icu-minify's compiled form), so arrays are messages too.
 */
const isMessage = (value: unknown) => typeof value === "string" || Array.isArray(value);

/** Merges `source` into `target`; a key both define as a message is a clash, reported with its path. */
export function mergeCatalogs(target: Catalog, source: Catalog, onClash: (key: string) => void = () => {}, prefix = ""): Catalog {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = target[key];
    if (existing === undefined) target[key] = isMessage(value) ? value : mergeCatalogs({}, value as Catalog, onClash, path);
    else if (isMessage(existing) || isMessage(value)) onClash(path);
    else mergeCatalogs(existing as Catalog, value as Catalog, onClash, path);
  }
  return target;
}

const cache = new Map<Locale, Promise<Catalog>>();

/** Every area's messages for one locale, merged (cached per process: the files are part of the build). */
export function loadMessages(locale: Locale): Promise<Catalog> {
  let loaded = cache.get(locale);
  if (!loaded) {
    loaded = Promise.all(MESSAGE_AREAS.map((area) => import(`../../messages/${area}/${locale}.json`).then((m) => m.default as Catalog))).then(
      (catalogs) => catalogs.reduce<Catalog>((merged, catalog) => mergeCatalogs(merged, catalog), {}),
    );
    cache.set(locale, loaded);
  }
  return loaded;
}
