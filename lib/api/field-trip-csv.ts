import { toCsv } from "@/lib/export/to-csv";
import { CENTER_UTC_OFFSET_MINUTES, centerDateOf } from "@/lib/time/center-time";

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

/** The fields of a staff queue row (`listFieldTripBookings`) the export reads. */
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

/** "YYYY-MM-DD HH:MM" on the Center's wall clock (Asia/Karachi, UTC+05:00 all year). */
export function centerDateTimeText(instant: Date): string {
  return new Date(instant.getTime() + CENTER_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16).replace("T", " ");
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
