import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

/** Every "use client" file under these folders, with the namespaces its `useTranslations` calls name. */
function clientNamespaces(dir: string, found = new Map<string, string[]>()): Map<string, string[]> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) clientNamespaces(file, found);
    else if (/\.tsx?$/.test(entry.name)) {
      const source = fs.readFileSync(file, "utf8");
      if (!/^\s*["']use client["']/.test(source)) continue;
      // Every quoted name inside the call, so `useTranslations(cond ? "a" : "b")` counts both.
      const names = [...source.matchAll(/useTranslations\(([^)]*)\)/g)].flatMap((m) => [...m[1].matchAll(/["']([^"']+)["']/g)].map((q) => q[1]));
      if (names.length) found.set(path.relative(process.cwd(), file), names);
    }
  }
  return found;
}

describe("client messages", () => {
  it("send every namespace a client component translates with", () => {
    const covered = (namespace: string) => CLIENT_NAMESPACES.some((sent) => namespace === sent || namespace.startsWith(`${sent}.`));
    const missing = [...["app", "components"].flatMap((dir) => [...clientNamespaces(path.join(process.cwd(), dir))])].flatMap(([file, names]) =>
      names.filter((name) => !covered(name)).map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
