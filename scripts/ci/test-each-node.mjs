#!/usr/bin/env node
// CI's test run over several Nodes: the README's test command (every suite) on the Node running this
// script, then integration, build and e2e again on each Node named (lint and typecheck read the code,
// not the runtime, so once is enough). Closes with one line "N passed, N failed" summing every run.
//   node scripts/ci/test-each-node.mjs 22 24
// A Node whose binary cannot be installed counts as a failure; on a platform without one it is skipped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { installNode, matches } from './install-node.mjs';

const ON_EACH_NODE = ['integration', 'build', 'e2e'];
const REPORTS = path.resolve('.data/test-reports');
fs.mkdirSync(REPORTS, { recursive: true });

const runs = [];
const skipped = [];
const since = (started) => Math.round((Date.now() - started) / 1000);

async function testOn(nodeBin, name, suites) {
  const file = path.join(REPORTS, `results-${name}.json`);
  fs.rmSync(file, { force: true });
  // Each Node builds afresh: no output or compiler cache of another Node's build is reused.
  fs.rmSync('.next', { recursive: true, force: true });
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(nodeBin, ['scripts/test.mjs', ...suites], { stdio: 'inherit', env: { ...process.env, TEST_RESULTS_FILE: file } });
    child.on('error', () => resolve(1));
    child.on('exit', (exit) => resolve(exit ?? 1));
  });
  const seconds = since(started);
  if (!fs.existsSync(file)) {
    runs.push({ node: name, results: [], passed: 0, failed: 1, seconds, note: `scripts/test.mjs stopped (exit ${code}) before its summary` });
    return;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const failed = report.failed + (code !== 0 && report.failed === 0 ? 1 : 0);
  runs.push({ node: `Node ${report.node}`, results: report.results, passed: report.passed, failed, seconds });
}

console.log(`[ci] every suite on this machine's Node ${process.version}`);
await testOn(process.execPath, `node-${process.versions.node}`, []);

for (const spec of process.argv.slice(2)) {
  if (matches(process.version, spec)) {
    console.log(`[ci] Node ${spec}: this machine's Node ${process.version} already ran every suite`);
    continue;
  }
  let node;
  try {
    node = installNode(spec);
  } catch (error) {
    console.error(`[ci] Node ${spec}: ${error.message}`);
    runs.push({ node: `Node ${spec}`, results: [], passed: 0, failed: 1, seconds: 0, note: 'could not be installed' });
    continue;
  }
  if (node.skipped) {
    console.log(`[ci] Node ${spec} skipped: ${node.skipped}`);
    skipped.push(`Node ${spec} skipped: ${node.skipped}`);
    continue;
  }
  console.log(`\n[ci] ${ON_EACH_NODE.join(', ')} on Node ${node.version} (${node.reused ? 'reused' : 'installed'}: ${node.bin})`);
  await testOn(node.bin, `node-${node.version.slice(1)}`, ON_EACH_NODE);
}

console.log('\n[ci] summary');
for (const run of runs) {
  for (const r of run.results)
    console.log(`  ${run.node.padEnd(16)} ${r.suite.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s`);
  console.log(`  ${run.node.padEnd(16)} ${'all'.padEnd(12)} ${String(run.passed).padStart(4)} passed ${String(run.failed).padStart(3)} failed  ${run.seconds}s${run.note ? `  (${run.note})` : ''}`);
}
for (const line of skipped) console.log(`  ${line}`);
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
