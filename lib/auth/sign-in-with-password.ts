import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { parseInput } from "@/lib/validation";
import { ACTOR_INCLUDE, toActor, type Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";
import { assertNotThrottled, recordLoginFailure, recordLoginSuccess, type SignInAttempt } from "./login-throttle";

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

/**
 * Returns the actor for valid credentials, null otherwise; throws rate_limited while this
 * (account, address) must wait. `clientAddress` comes from lib/http/client-address.
 */
export async function signInWithPassword(db: Db, input: unknown, clientAddress: string | undefined): Promise<Actor | null> {
  const { email, password } = parseInput(CredentialsSchema, input);
  const attempt: SignInAttempt = { email, address: clientAddress };
  await assertNotThrottled(db, attempt);

  const user = await db.user.findUnique({ where: { email }, include: ACTOR_INCLUDE });
  // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabledAt) {
    await recordLoginFailure(db, attempt);
    return null;
  }
  await recordLoginSuccess(db, attempt);
  return toActor(user);
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword("no-such-account"));
