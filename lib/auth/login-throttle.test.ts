import { describe, expect, it } from "vitest";
import { db, uniq } from "@/tests/support/factories";
import type { DomainError } from "@/lib/errors";
import { registerAccount } from "@/lib/accounts/register-account";
import { authOptions } from "./auth-options";
import { SIGN_IN_THROTTLE, pairDelaySeconds, recordLoginFailure } from "./login-throttle";
import { signInWithPassword } from "./sign-in-with-password";

const PASSWORD = "granite lantern orchard";
const OWNER_HOME = "10.20.30.40";
const STRANGER = "203.0.113.66";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (actor) => (actor ? "signed in" : "refused"),
    (e: DomainError) => (e.code === "rate_limited" ? "throttled" : Promise.reject(e)),
  );
const attempt = (email: string, password: string, address: string | undefined) => outcome(signInWithPassword(db, { email, password }, address));

async function owner() {
  const email = `owner.${uniq()}@test.example`;
  await registerAccount(db, { name: "Mehreen Baig", email, password: PASSWORD, role: "MEMBER" });
  return email;
}

/** Moves this account's throttle rows `seconds` into the past, as if that much time had passed. */
async function elapse(email: string, seconds: number) {
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET "windowStart" = "windowStart" - make_interval(secs => ${seconds}),
                               "lockedUntil" = "lockedUntil" - make_interval(secs => ${seconds})
    WHERE "key" LIKE ${`%${email}%`}`;
}

async function pairLockSeconds(email: string, address: string) {
  const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `pair:${email}|${address}` } });
  return row.lockedUntil ? Math.round((row.lockedUntil.getTime() - Date.now()) / 1000) : 0;
}

describe("sign-in throttling that a stranger cannot turn against the owner (PostgreSQL)", () => {
  it("a stranger's failures slow down only the stranger: the owner still signs in from home", async () => {
    const email = await owner();
    expect(await attempt(email, PASSWORD, OWNER_HOME)).toBe("signed in");
    const stranger: string[] = [];
    for (let i = 0; i < 20; i++) stranger.push(await attempt(email, `guess ${i}`, STRANGER));
    const { freeFailures } = SIGN_IN_THROTTLE.pair;
    // Three free guesses, a fourth that starts the delay, then the stranger waits.
    expect(stranger.slice(0, freeFailures + 1)).toEqual(Array(freeFailures + 1).fill("refused"));
    expect(stranger.slice(freeFailures + 1)).toEqual(Array(20 - freeFailures - 1).fill("throttled"));
    // Even the right password waits at the stranger's address…
    expect(await attempt(email, PASSWORD, STRANGER)).toBe("throttled");
    // …while the owner, at their own address (and at a new one), is not held up at all.
    expect(await attempt(email, PASSWORD, OWNER_HOME)).toBe("signed in");
    expect(await attempt(email, PASSWORD, "198.51.100.5")).toBe("signed in");
  });

  it("each further failure of one (account, address) pair doubles the wait, up to a ceiling", async () => {
    const email = await owner();
    const waits: number[] = [];
    for (let failure = 1; failure <= 10; failure++) {
      expect(await attempt(email, "a typo", OWNER_HOME)).toBe("refused");
      waits.push(await pairLockSeconds(email, OWNER_HOME));
      await elapse(email, waits.at(-1)! + 1); // wait it out
    }
    expect(waits.map((s) => Math.round(s / 10) * 10)).toEqual([0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
    expect(waits.map((_, i) => pairDelaySeconds(i + 1))).toEqual([0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
    // Waited out, the right password works and the pair starts afresh.
    expect(await attempt(email, PASSWORD, OWNER_HOME)).toBe("signed in");
    expect(await db.loginThrottle.count({ where: { key: `pair:${email}|${OWNER_HOME}` } })).toBe(0);
  });

  it("one address guessing across many accounts spends its budget; other addresses are unaffected", async () => {
    const address = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const victim = await owner();
    for (let i = 0; i < SIGN_IN_THROTTLE.address.failures; i++) {
      await recordLoginFailure(db, { email: `nobody.${i}.${uniq()}@test.example`, address });
    }
    expect(await attempt(victim, PASSWORD, address)).toBe("throttled");
    expect(await attempt(victim, PASSWORD, OWNER_HOME)).toBe("signed in");
  });

  it("guessing one account from many addresses: past the account's budget only the owner's known addresses get through", async () => {
    const email = await owner();
    expect(await attempt(email, PASSWORD, OWNER_HOME)).toBe("signed in");
    for (let i = 0; i < SIGN_IN_THROTTLE.account.failures; i++) {
      await recordLoginFailure(db, { email, address: `100.64.${Math.floor(i / 250)}.${i % 250}` });
    }
    expect(await attempt(email, PASSWORD, "100.65.0.1")).toBe("throttled");
    expect(await attempt(email, PASSWORD, OWNER_HOME)).toBe("signed in");
    // The budget is per hour: an hour later, new addresses may try again.
    await elapse(email, SIGN_IN_THROTTLE.account.windowMinutes * 60 + 1);
    expect(await attempt(email, PASSWORD, "100.65.0.1")).toBe("signed in");
  });

  it("next-auth's authorize takes the address from the trusted hop: rotating X-Forwarded-For does not reset the count", async () => {
    const email = await owner();
    const authorize = (authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } }).options.authorize;
    const results: string[] = [];
    for (let i = 0; i < 8; i++) {
      const req = { headers: { "x-forwarded-for": `6.6.6.${i}, ${STRANGER}` } };
      results.push(await authorize({ email, password: `guess ${i}` }, req).then((u) => (u ? "signed in" : "refused"), (e: Error) => e.message));
    }
    expect(results.slice(SIGN_IN_THROTTLE.pair.freeFailures + 1)).toEqual(Array(8 - SIGN_IN_THROTTLE.pair.freeFailures - 1).fill("errors.loginThrottled"));
  });
});
