#!/usr/bin/env node
// Prisma migrations offline, through Prisma's wasm schema engine (docs/decisions/0001).
//   node scripts/migrate.mjs deploy          apply committed migrations (= prisma migrate deploy)
//   node scripts/migrate.mjs create --name x write prisma/migrations/<timestamp>_x/migration.sql: the difference
//                                            between the schema now and prisma/migrations/schema-at-last-migration.prisma
//                                            (= migrate dev --create-only), then move that snapshot forward
//   node scripts/migrate.mjs status          what is applied, pending or failed
// `npm run db:migrate` / `npm run db:migration -- --name x` run these on the embedded database.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, noFilters, schemaTarget } from './db/schema-engine-wasm.mjs';

const SCHEMA = 'prisma/schema.prisma';
const MIGRATIONS = path.resolve('prisma/migrations');
// The wasm engine panics when it introspects a database (replaying history into a shadow database
// included), so `create` diffs two schema files instead: this snapshot is the schema the committed
// migrations produce. It needs no database.
const SNAPSHOT = path.join(MIGRATIONS, 'schema-at-last-migration.prisma');
const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
const [command] = positionals;
const name = values.name ?? positionals[1];
const url = process.env.DATABASE_URL;
if (!url && command !== 'create') {
  console.error('DATABASE_URL is required (npm run db:migrate sets it to the embedded database)');
  process.exit(2);
}

/** The committed migrations in the shape Prisma's CLI hands its engine. */
async function listMigrations() {
  const lockPath = 'migration_lock.toml';
  const lockContent = await fs.readFile(path.join(MIGRATIONS, lockPath), 'utf8').catch(() => null);
  const entries = await fs.readdir(MIGRATIONS, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const dir of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs
      .readFile(path.join(MIGRATIONS, dir.name, 'migration.sql'), 'utf8')
      .then((value) => ({ tag: 'ok', value }), (e) => ({ tag: 'error', value: e.message }));
    migrationDirectories.push({ path: dir.name, migrationFile: { path: 'migration.sql', content } });
  }
  return { baseDir: MIGRATIONS, lockfile: { path: lockPath, content: lockContent }, migrationDirectories, shadowDbInitScript: '' };
}

const engine = await createEngine({ schemaFiles: [SCHEMA], connectionString: command === 'create' ? undefined : url, log: (m) => process.env.DEBUG && console.error('[schema-engine]', m) });
const migrationsList = await listMigrations();
try {
  if (command === 'deploy') {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    console.log(appliedMigrationNames.length ? `Applied ${appliedMigrationNames.length} migration(s): ${appliedMigrationNames.join(', ')}` : 'No pending migrations to apply.');
  } else if (command === 'create') {
    if (!name || !/^[A-Za-z0-9_]+$/.test(name)) throw new Error('give the migration a name: --name add_something (letters, digits, _)');
    const hasSnapshot = await fs.access(SNAPSHOT).then(() => true, () => false);
    if (!hasSnapshot && migrationsList.migrationDirectories.length) throw new Error(`${path.relative(process.cwd(), SNAPSHOT)} is missing: restore it from git`);
    const from = hasSnapshot ? schemaTarget([SNAPSHOT]) : { tag: 'empty' };
    const diff = await engine.diff({ from, to: schemaTarget([SCHEMA]), script: true, exitCode: true, filters: noFilters });
    if (diff.exitCode === 0) console.log('No schema changes: nothing to write.');
    else {
      const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
      const dir = path.join(MIGRATIONS, `${stamp}_${name}`);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, 'migration.sql'), diff.stdout.endsWith('\n') ? diff.stdout : `${diff.stdout}\n`);
      await fs.copyFile(SCHEMA, SNAPSHOT);
      console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql: read it, add what Prisma cannot express, then npm run db:migrate`);
    }
  } else if (command === 'status') {
    const status = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters });
    console.log(JSON.stringify(status, null, 2));
  } else {
    console.error('usage: node scripts/migrate.mjs deploy | create --name <name> | status');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`[migrate] ${error.message}`);
  process.exitCode = 1;
}
process.exit(); // the pg pool would keep the process alive for a while
