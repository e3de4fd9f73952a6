import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-db.mjs";

// `npm start` (scripts/start.mjs) as a person runs it: its own embedded PostgreSQL in a throwaway
// data folder, the existing production build (SKIP_BUILD), no seed. Needs a build: `npm test` runs
// this suite before `build`, so a checkout that was never built skips it.
const built = fs.existsSync(path.resolve(".next/BUILD_ID"));
const dataDir = built ? fs.mkdtempSync(path.join(os.tmpdir(), "portal-start-test-")) : "";
if (built) fs.chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as the `postgres` user and must reach the folder
const pgDir = path.join(dataDir, "pg");
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) if (child.pid && alive(child.pid)) process.kill(-child.pid, "SIGKILL");
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, "SIGKILL");
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function postmasterPid(): number | undefined {
  const file = path.join(pgDir, "postmaster.pid");
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : undefined;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const until = async (what: string, check: () => boolean, timeoutMs = 60_000) => {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

/** Starts `npm start` in a process group of its own (as a terminal runs it) and waits until it serves. */
async function startPortal() {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SEED: "false", SKIP_BUILD: "true", EMBEDDED_PG_DIR: pgDir, AUTH_SECRET: "start-command-test-secret-0123456789" };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_URL;
  const child = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await until("the portal to serve", () => /Ready|Local:/.test(output) || child.exitCode !== null, 90_000);
  expect(child.exitCode, output).toBeNull();
  const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
  expect(health.status, output).toBe(200);
  return { child, exited, port, output: () => output };
}

/** The processes left in the portal's process group. */
function groupOf(leader: ChildProcess): { pid: number; args: string }[] {
  try {
    return execFileSync("ps", ["-o", "pid=,args=", "-g", String(leader.pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((line) => ({ pid: Number(line.trim().split(/\s+/)[0]), args: line.trim().replace(/^\d+\s+/, "") }));
  } catch {
    return []; // ps exits 1 when nothing matches
  }
}

/** Waits for `npm start` to exit; "still running" after 20 s. */
const exitOf = (portal: { exited: Promise<number | null> }) =>
  Promise.race([portal.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 20_000))]);

describe.skipIf(!built)("npm start", () => {
  it("stops, PostgreSQL included, when the server dies", async () => {
    const portal = await startPortal();
    const postgres = postmasterPid()!;
    expect(alive(postgres)).toBe(true);
    const server = groupOf(portal.child).find((p) => /^next-server/.test(p.args))!;
    process.kill(server.pid, "SIGKILL");
    expect(await exitOf(portal), portal.output()).not.toBe("still running");
    await until("postgres to stop", () => !alive(postgres), 10_000);
  }, 150_000);

  it("stops on Ctrl-C (SIGINT to the process group) and leaves no postgres behind", async () => {
    const portal = await startPortal();
    const postgres = postmasterPid()!;
    process.kill(-portal.child.pid!, "SIGINT");
    expect(await exitOf(portal), portal.output()).not.toBe("still running");
    await until("postgres to stop", () => !alive(postgres), 10_000);
    expect(fs.existsSync(path.join(pgDir, "postmaster.pid"))).toBe(false);
  }, 150_000);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`stops when only npm gets ${signal} (kill, a process manager) and leaves nothing running`, async () => {
      const portal = await startPortal();
      const postgres = postmasterPid()!;
      process.kill(portal.child.pid!, signal);
      await until("every process of the portal to end", () => groupOf(portal.child).every((p) => /print-demo-logins/.test(p.args)), 20_000);
      await until("postgres to stop", () => !alive(postgres), 10_000);
    }, 150_000);
  }

  it("leaves a PostgreSQL it found already running alone", async () => {
    const owner = await startEmbeddedPostgres({ dataDir: pgDir, database: "portal" });
    try {
      const postgres = postmasterPid()!;
      const portal = await startPortal();
      expect(portal.output()).toMatch(/already running/);
      process.kill(-portal.child.pid!, "SIGINT");
      expect(await exitOf(portal), portal.output()).not.toBe("still running");
      expect(alive(postgres)).toBe(true);
    } finally {
      await owner.stop();
    }
  }, 150_000);
});
