import fs from "node:fs";
import path from "node:path";
import { MESSAGE_AREAS, mergeCatalogs, type Catalog } from "../../lib/i18n/messages";

/** A locale's UI strings as the app merges them, for journeys that find texts in other languages. */
export function catalog<T = Catalog>(locale: string): T {
  const read = (area: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", area, `${locale}.json`), "utf8")) as Catalog;
  return MESSAGE_AREAS.reduce<Catalog>((all, area) => mergeCatalogs(all, read(area)), {}) as T;
}
