import { describe, expect, it } from "vitest";
import { FIELD_TRIP_CSV_COLUMNS, fieldTripsCsv, fieldTripsCsvFilename, type CsvBookingRow } from "./csv";

const booking = (over: Partial<CsvBookingRow> = {}): CsvBookingRow => ({
  reference: "FT-ABC234",
  status: "CONFIRMED",
  schoolName: "Islamabad Model School, F-7/2",
  gradeBand: "GRADES_6_8",
  students: 20,
  chaperones: 2,
  tourLanguage: "en",
  lunchRoom: true,
  specialNeeds: null,
  createdAt: new Date("2026-01-10T08:00:00.000Z"),
  slot: { startsAt: new Date("2026-03-02T04:30:00.000Z"), exhibition: { title: "Road to the Stars" } },
  coordinator: { name: "Nadia Rehman", email: "coordinator@demo.fc.pk" },
  ...over,
});

describe("field-trip CSV export", () => {
  it("has the agreed columns in order", () => {
    const [header] = fieldTripsCsv([]).split("\r\n");
    expect(header).toBe(
      "reference,status,exhibition,starts_at_utc,starts_at_islamabad,school,grade_band,students,chaperones,tour_language,lunch_room,special_needs,coordinator_name,coordinator_email,created_at",
    );
    expect(header.split(",")).toEqual([...FIELD_TRIP_CSV_COLUMNS]);
  });

  it("writes one row per booking, with UTC and Islamabad times", () => {
    const lines = fieldTripsCsv([booking(), booking({ reference: "FT-XYZ789", lunchRoom: false, specialNeeds: "Two wheelchair users" })]).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'FT-ABC234,CONFIRMED,Road to the Stars,2026-03-02T04:30:00.000Z,2026-03-02 09:30,"Islamabad Model School, F-7/2",GRADES_6_8,20,2,en,yes,,Nadia Rehman,coordinator@demo.fc.pk,2026-01-10T08:00:00.000Z',
    );
    expect(lines[2]).toContain(",no,Two wheelchair users,");
  });

  it("neutralises spreadsheet formulas in free text", () => {
    const [, row] = fieldTripsCsv([booking({ schoolName: '=HYPERLINK("x")' })]).split("\r\n");
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("shows Islamabad wall-clock time across the UTC date line and names the file by Center date", () => {
    const [, row] = fieldTripsCsv([booking({ slot: { startsAt: new Date("2026-03-01T20:15:00Z"), exhibition: { title: "T" } } })]).split("\r\n");
    expect(row).toContain(",2026-03-02 01:15,");
    expect(fieldTripsCsvFilename(new Date("2026-03-01T20:15:00Z"))).toBe("field-trips-2026-03-02.csv");
  });
});
