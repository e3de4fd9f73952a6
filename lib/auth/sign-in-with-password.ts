import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { parseInput } from "@/lib/validation";
import { ACTOR_INCLUDE, toActor, type Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";
import { assertNotThrottled, clearLoginFailures, recordLoginFailure, type ThrottleKey } from "./login-throttle";

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

/** Returns the actor for valid credentials, null otherwise; throws rate_limited while throttled. */
export async function signInWithPassword(db: Db, input: unknown, clientAddress: string | undefined): Promise<Actor | null> {
  const { email, password } = parseInput(CredentialsSchema, input);
  const keys: ThrottleKey[] = [{ kind: "email", value: email }];
  if (clientAddress) keys.push({ kind: "ip", value: clientAddress });
  await assertNotThrottled(db, keys);

  const user = await db.user.findUnique({ where: { email }, include: ACTOR_INCLUDE });
  // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabledAt) {
    await recordLoginFailure(db, keys);
    return null;
  }
  await clearLoginFailures(db, keys[0]);
  return toActor(user);
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword("no-such-account"));
