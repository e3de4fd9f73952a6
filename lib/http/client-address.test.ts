import { afterEach, describe, expect, it } from "vitest";
import { clientOf } from "@/lib/auth/load-actor";
import { clientAddress, trustedProxyHops } from "./client-address";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the client address (one rule for sign-in throttling and the audit log)", () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY_HOPS;
  });

  it("with no trusted proxy, takes the address next start set from the socket, not what the client put in front", () => {
    expect(clientAddress(forwarded("203.0.113.7"), 0)).toBe("203.0.113.7");
    // Whatever a client writes to the left of the last entry is ignored: rotating it changes nothing.
    expect(clientAddress(forwarded("6.6.6.6, 203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(forwarded("7.7.7.7, 203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("behind N trusted proxies, takes the N-th entry from the right (what the outermost proxy saw)", () => {
    const chain = "6.6.6.6, 198.51.100.23, 10.0.0.2";
    expect(clientAddress(forwarded(chain), 1)).toBe("10.0.0.2");
    expect(clientAddress(forwarded(chain), 2)).toBe("198.51.100.23");
    // More proxies configured than entries present: no address rather than a client-written one.
    expect(clientAddress(forwarded("198.51.100.23"), 2)).toBeUndefined();
  });

  it("accepts only IP addresses, unwrapping IPv4-mapped IPv6", () => {
    expect(clientAddress(forwarded("::ffff:10.1.2.3"), 0)).toBe("10.1.2.3");
    expect(clientAddress(forwarded("2001:DB8::1"), 0)).toBe("2001:db8::1");
    expect(clientAddress(forwarded("evil.example"), 0)).toBeUndefined();
    expect(clientAddress(forwarded("' OR 1=1 --"), 0)).toBeUndefined();
    expect(clientAddress(new Headers(), 0)).toBeUndefined();
    // next-auth hands `authorize` the headers as a plain object.
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }, 0)).toBe("203.0.113.7");
  });

  it("reads TRUSTED_PROXY_HOPS, falling back to 0 on nonsense", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("many")).toBe(0);
  });

  it("is the address the audit log records, ignoring X-Real-IP and client-written hops", () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-real-ip": "5.5.5.5", "user-agent": "test" });
    expect(clientOf(headers)).toEqual({ ip: "203.0.113.7", userAgent: "test" });
  });
});
