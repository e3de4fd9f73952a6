import { toCsv } from "@/lib/export/to-csv";
import { centerDateOf, centerDateTimeText } from "@/lib/time/center-time";

/** The staff export's columns, in order. Spreadsheets and scripts depend on it: append, never reorder. */
export const FIELD_TRIP_CSV_COLUMNS = [
  "reference",
  "status",
  "exhibition",
  "starts_at_utc",
  "starts_at_islamabad",
  "school",
  "grade_band",
  "students",
  "chaperones",
  "tour_language",
  "lunch_room",
  "special_needs",
  "coordinator_name",
  "coordinator_email",
  "created_at",
] as const;

/** The fields of an exported booking (`exportFieldTrips`) the CSV reads. */
export interface CsvBookingRow {
  reference: string;
  status: string;
  schoolName: string;
  gradeBand: string;
  students: number;
  chaperones: number;
  tourLanguage: string;
  lunchRoom: boolean;
  specialNeeds: string | null;
  createdAt: Date;
  slot: { startsAt: Date; exhibition: { title: string } };
  coordinator: { name: string; email: string };
}

export function fieldTripsCsv(bookings: readonly CsvBookingRow[]): string {
  return toCsv(
    FIELD_TRIP_CSV_COLUMNS,
    bookings.map((b) => [
      b.reference,
      b.status,
      b.slot.exhibition.title,
      b.slot.startsAt,
      centerDateTimeText(b.slot.startsAt),
      b.schoolName,
      b.gradeBand,
      b.students,
      b.chaperones,
      b.tourLanguage,
      b.lunchRoom ? "yes" : "no",
      b.specialNeeds,
      b.coordinator.name,
      b.coordinator.email,
      b.createdAt,
    ]),
  );
}

/** `field-trips-<Center date>.csv` */
export function fieldTripsCsvFilename(now = new Date()): string {
  return `field-trips-${centerDateOf(now)}.csv`;
}
