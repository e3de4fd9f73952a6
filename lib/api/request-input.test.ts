import { describe, expect, it } from "vitest";
import { searchParamsOf, withPathParams } from "./request-input";

describe("API request input", () => {
  it("takes ids from the path, whatever the body says", () => {
    expect(withPathParams({ students: 20, bookingId: "other" }, { bookingId: "b1" })).toEqual({ students: 20, bookingId: "b1" });
    expect(withPathParams(["x"], { bookingId: "b1" })).toEqual({ bookingId: "b1" });
    expect(withPathParams(null, { bookingId: "b1" })).toEqual({ bookingId: "b1" });
  });

  it("reads the query string as a plain object, the last of repeated keys winning", () => {
    expect(searchParamsOf(new Request("http://localhost/api/v1/x?a=1&b=2&a=3"))).toEqual({ a: "3", b: "2" });
  });
});
