import { describe, expect, it } from "vitest";
import { checkResponse, findOperation } from "./support/response-contract";

// The response check the API tests rely on: it must fail on anything the document does not declare.

const booking = {
  id: "b1",
  reference: "FT-ABC234",
  status: "PENDING",
  declineReason: null,
  slotId: "s1",
  schoolId: "o1",
  schoolName: "Islamabad Model School",
  gradeBand: "GRADES_6_8",
  students: 20,
  chaperones: 2,
  tourLanguage: "en",
  specialNeeds: null,
  lunchRoom: false,
  createdAt: "2026-01-10T08:00:00.000Z",
  updatedAt: "2026-01-10T08:00:00.000Z",
  slot: { id: "s1", startsAt: "2026-03-02T04:30:00.000Z", endsAt: "2026-03-02T06:00:00.000Z", exhibition: { id: "e1", slug: "x", title: "X" } },
  actions: ["cancel"],
};
const JSON_TYPE = "application/json";

describe("response contract", () => {
  it("finds the operation of a concrete URL, with its path parameters", () => {
    const api = findOperation("POST", "/api/v1/field-trips/abc123/no-show?locale=ru");
    expect(api).toMatchObject({ method: "post", template: "/api/v1/field-trips/{id}/no-show", params: { id: "abc123" } });
    expect(findOperation("get", "/api/v1/field-trips/abc/calendar.ics").template).toBe("/api/v1/field-trips/{id}/calendar.ics");
    expect(() => findOperation("GET", "/api/v1/nothing-here")).toThrow(/no path/);
    expect(() => findOperation("DELETE", "/api/v1/field-trips/abc")).toThrow(/not in the OpenAPI document/);
  });

  it("accepts a body that matches the declared schema and returns it parsed", () => {
    const api = findOperation("GET", "/api/v1/field-trips/b1");
    expect(checkResponse(api, 200, "application/json; charset=utf-8", JSON.stringify(booking))).toEqual(booking);
    const error = { error: { code: "not_found", message: "Not found.", fieldErrors: {} } };
    expect(checkResponse(api, 404, JSON_TYPE, JSON.stringify(error))).toEqual(error);
  });

  it("refuses an undeclared field, a missing one, an undocumented status or media type", () => {
    const api = findOperation("GET", "/api/v1/field-trips/b1");
    expect(() => checkResponse(api, 200, JSON_TYPE, JSON.stringify({ ...booking, coordinatorId: "u1" }))).toThrow(/breaks its schema/);
    expect(() => checkResponse(api, 200, JSON_TYPE, JSON.stringify({ ...booking, actions: undefined }))).toThrow(/actions/);
    expect(() => checkResponse(api, 200, JSON_TYPE, JSON.stringify({ ...booking, createdAt: "yesterday" }))).toThrow(/createdAt/);
    expect(() => checkResponse(api, 500, JSON_TYPE, "{}")).toThrow(/status not documented/);
    expect(() => checkResponse(api, 200, "text/csv", "a,b")).toThrow(/text\/csv not documented/);
    expect(() => checkResponse(api, 200, JSON_TYPE, "<html>")).toThrow(/not JSON/);
  });
});
