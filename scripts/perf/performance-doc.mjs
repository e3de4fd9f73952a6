// Writes a dated table into docs/performance.md under its section's marker, newest first, keeping
// the older tables below so later changes can be compared with them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PERFORMANCE_DOC = path.resolve('docs/performance.md');

/** What was measured: the commit, and whether the sources that make up the build differ from it. */
export function measuredRevision() {
  const git = (...args) => spawnSync('git', args, { encoding: 'utf8' });
  const commit = git('rev-parse', '--short', 'HEAD').stdout.trim() || 'unknown commit';
  const changed = git('status', '--porcelain', '--', 'app', 'components', 'lib', 'messages', 'prisma', 'public', 'proxy.ts', 'next.config.js').stdout.trim();
  return changed ? `${commit} + uncommitted changes` : commit;
}

/** `YYYY-MM-DD HH:MM UTC` */
export const stamp = (date = new Date()) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Inserts `body` (markdown, starting with its `###` heading) right after `<!-- marker -->`. */
export function recordInDoc(marker, body) {
  const tag = `<!-- ${marker} -->`;
  let doc = fs.existsSync(PERFORMANCE_DOC) ? fs.readFileSync(PERFORMANCE_DOC, 'utf8') : '# Performance\n';
  if (!doc.includes(tag)) doc = `${doc.trimEnd()}\n\n## ${marker}\n\n${tag}\n`;
  const at = doc.indexOf(tag) + tag.length;
  const rest = doc.slice(at).replace(/^\n*/, '');
  doc = `${doc.slice(0, at)}\n\n${body.trim()}\n${rest ? `\n${rest}` : ''}`;
  fs.mkdirSync(path.dirname(PERFORMANCE_DOC), { recursive: true });
  fs.writeFileSync(PERFORMANCE_DOC, doc);
  return PERFORMANCE_DOC;
}

/** A markdown table from a header row and rows of cells. */
export function markdownTable(header, rows, align = []) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
