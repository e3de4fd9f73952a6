/**
 * A readable diff of an audit row's before/after snapshots: one line per top-level key, marked
 * added, removed, changed or unchanged (the viewer shows the mark in words, not only in colour).
 */
export type DiffKind = "added" | "removed" | "changed" | "unchanged";

export interface DiffLine {
  key: string;
  kind: DiffKind;
  before?: string;
  after?: string;
}

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value, null, 1));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  // A snapshot that is not an object (null, a scalar) is compared as one value.
  const b = isObject(before) ? before : before == null ? {} : { value: before };
  const a = isObject(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const inBefore = key in b;
    const inAfter = key in a;
    const line: DiffLine = { key, kind: "unchanged", before: inBefore ? show(b[key]) : undefined, after: inAfter ? show(a[key]) : undefined };
    if (!inBefore) line.kind = "added";
    else if (!inAfter) line.kind = "removed";
    else if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) line.kind = "changed";
    return line;
  });
}
