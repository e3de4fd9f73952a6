// Whether `.next` is missing or older than the sources it is built from: `npm start`, `npm run bench`
// and `npm run lighthouse` build only then.
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'messages', 'public', 'proxy.ts', 'next.config.js', 'package.json'];

export function needsBuild() {
  const buildId = path.resolve('.next/BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newest = (dir) => {
    let max = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'generated' || entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }
    return max;
  };
  return SOURCES.filter((p) => fs.existsSync(p)).some((p) => (fs.statSync(p).isDirectory() ? newest(p) : fs.statSync(p).mtimeMs) > builtAt);
}
