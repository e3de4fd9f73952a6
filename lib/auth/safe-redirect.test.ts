import { describe, expect, it } from "vitest";
import { authOptions } from "./auth-options";
import { safeRedirectPath } from "./safe-redirect";

const ORIGIN = "https://portal.example";

describe("where sign-in may send a person afterwards", () => {
  it.each([
    ["/\\evil.example"], // the issue's %2F%5Cevil.example
    ["/\t/evil.example"], // the issue's %2F%09%2Fevil.example
    ["//evil.example"],
    ["\\\\evil.example"],
    ["https://evil.example/en"],
    ["javascript:alert(1)"],
    ["/en/../..//evil.example"],
    ["http://portal.example/en"], // another scheme is another origin
  ])("refuses %j", (target) => {
    expect(safeRedirectPath(target, "/en", ORIGIN)).toBe("/en");
  });

  it("keeps paths on the portal's own origin, query and fragment included", () => {
    expect(safeRedirectPath("/en/admin?tab=slots#today", "/en", ORIGIN)).toBe("/en/admin?tab=slots#today");
    expect(safeRedirectPath("https://portal.example/ru/my", "/en", ORIGIN)).toBe("/ru/my");
    expect(safeRedirectPath(undefined, "/en", ORIGIN)).toBe("/en");
  });

  it("is what next-auth's redirect callback uses", async () => {
    const callback = authOptions.callbacks!.redirect!;
    const redirect = (params: { url: string; baseUrl: string }) => Promise.resolve(callback(params));
    await expect(redirect({ url: "/\\evil.example", baseUrl: ORIGIN })).resolves.toBe(`${ORIGIN}/`);
    await expect(redirect({ url: "/\t/evil.example", baseUrl: ORIGIN })).resolves.toBe(`${ORIGIN}/`);
    await expect(redirect({ url: "https://evil.example/x", baseUrl: ORIGIN })).resolves.toBe(`${ORIGIN}/`);
    await expect(redirect({ url: "/en/admin", baseUrl: ORIGIN })).resolves.toBe(`${ORIGIN}/en/admin`);
  });
});
