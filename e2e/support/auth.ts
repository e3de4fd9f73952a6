import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo-Password-2026";
export const DEMO = {
  admin: "admin@demo.fc.pk",
  staff: "staff@demo.fc.pk",
  member: "member@demo.fc.pk",
  coordinator: "coordinator@demo.fc.pk",
  pendingCoordinator: "pending.coordinator@demo.fc.pk",
  teacher: "teacher@demo.fc.pk",
  business: "business@demo.fc.pk",
} as const;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { callbackUrl }: { callbackUrl?: string } = {}) {
  await page.goto(`/en/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}
