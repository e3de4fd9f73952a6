import { toCsv } from "@/lib/export/to-csv";
import { centerDateOf } from "@/lib/time/center-time";
import { ageInYear } from "../rules";

/** The roster export's columns, in order. Spreadsheets and scripts depend on it: append, never reorder. */
export const ROSTER_CSV_COLUMNS = [
  "section",
  "queue_number",
  "status",
  "waitlist_position",
  "learner",
  "birth_year",
  "age",
  "learner_email",
  "guardians",
  "guardian_emails",
  "guardian_phones",
  "payment_status",
  "receipt_reference",
  "offer_expires_at_utc",
  "enrolled_by",
  "created_at_utc",
] as const;

interface Contact {
  id: string;
  name: string;
  email: string;
  phone: string | null;
}

/** The fields of an exported roster row (`exportSectionRoster`) the CSV reads. */
export interface CsvRosterRow {
  queueNumber: number;
  status: string;
  position: number | null;
  paymentStatus: string;
  receiptReference: string | null;
  offerExpiresAt: Date | null;
  createdAt: Date;
  learner: { name: string; birthYear: number; user: Contact | null; guardians: { user: Contact }[] };
  enrolledBy: Contact;
}

/** Several people in one cell: "; " keeps the cell readable and splits cleanly. */
const list = (values: readonly (string | null)[]) => values.filter(Boolean).join("; ");

/** A section's roster and waitlist as CSV; ages as reached in the Center's current year. */
export function rosterCsv(sectionCode: string, rows: readonly CsvRosterRow[], now = new Date()): string {
  const year = Number(centerDateOf(now).slice(0, 4));
  return toCsv(
    ROSTER_CSV_COLUMNS,
    rows.map((row) => {
      // A self-learner's own account is the contact; a child's are its guardians.
      const guardians = row.learner.guardians.map((g) => g.user).filter((user) => user.id !== row.learner.user?.id);
      return [
        sectionCode,
        row.queueNumber,
        row.status,
        row.position,
        row.learner.name,
        row.learner.birthYear,
        ageInYear(row.learner.birthYear, year),
        row.learner.user?.email,
        list(guardians.map((g) => g.name)),
        list(guardians.map((g) => g.email)),
        list(guardians.map((g) => g.phone)),
        row.paymentStatus,
        row.receiptReference,
        row.offerExpiresAt,
        row.enrolledBy.name,
        row.createdAt,
      ];
    }),
  );
}

/** `roster-<section code>-<Center date>.csv` */
export function rosterCsvFilename(sectionCode: string, now = new Date()): string {
  return `roster-${sectionCode.replace(/[^A-Za-z0-9_-]+/g, "_")}-${centerDateOf(now)}.csv`;
}
