// Applies committed migrations with Prisma's own migrate machinery (through the offline schema-engine shim).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function migrateDeploy(databaseUrl) {
  const prisma = path.resolve('node_modules/.bin/prisma');
  const result = spawnSync(prisma, ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`prisma migrate deploy failed (exit ${result.status})`);
  }
  const applied = result.stdout.match(/following migration\(s\) have been applied/) ? 'applied new migrations' : 'up to date';
  return applied;
}

export function seed(databaseUrl) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['prisma/seed.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`seed failed (exit ${result.status})`);
}
