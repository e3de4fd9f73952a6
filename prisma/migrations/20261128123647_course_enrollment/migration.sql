-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('UNPAID', 'PAID', 'WAIVED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'LATE', 'EXCUSED');

-- DropForeignKey
ALTER TABLE "Learner" DROP CONSTRAINT "Learner_guardianId_fkey";

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "CourseSection" ADD COLUMN     "autoEnroll" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "instructionLanguage" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "offerHours" INTEGER NOT NULL DEFAULT 48,
ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);

-- CreateTable (before the guardian column goes: existing learners keep their guardian)
CREATE TABLE "LearnerGuardian" (
    "learnerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnerGuardian_pkey" PRIMARY KEY ("learnerId","userId")
);

ALTER TABLE "Learner" ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "userId" TEXT;

INSERT INTO "LearnerGuardian" ("learnerId", "userId") SELECT "id", "guardianId" FROM "Learner";

-- A learner who was the account holder becomes that account's own learner (the first one, if several).
UPDATE "Learner" l SET "userId" = l."guardianId"
WHERE l."isSelf" AND l."id" = (SELECT min(o."id") FROM "Learner" o WHERE o."guardianId" = l."guardianId" AND o."isSelf");

UPDATE "Learner" SET "birthYear" = 1990 WHERE "birthYear" IS NULL;

ALTER TABLE "Learner" DROP COLUMN "guardianId",
DROP COLUMN "isSelf",
ALTER COLUMN "birthYear" SET NOT NULL;

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "paymentStatus" "PaymentStatus" NOT NULL DEFAULT 'UNPAID',
ADD COLUMN     "queueNumber" SERIAL NOT NULL,
ADD COLUMN     "receiptReference" TEXT;

-- AlterTable (present becomes PRESENT, absent ABSENT)
ALTER TABLE "Attendance" ADD COLUMN     "markedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "markedById" TEXT,
ADD COLUMN     "status" "AttendanceStatus";
UPDATE "Attendance" SET "status" = CASE WHEN "present" THEN 'PRESENT'::"AttendanceStatus" ELSE 'ABSENT'::"AttendanceStatus" END;
ALTER TABLE "Attendance" DROP COLUMN "present",
ALTER COLUMN "status" SET NOT NULL;

-- CreateTable
CREATE TABLE "MeetingCancellation" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "reason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingCancellation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingCancellation_meetingId_date_key" ON "MeetingCancellation"("meetingId", "date");

-- CreateIndex
CREATE INDEX "LearnerGuardian_userId_idx" ON "LearnerGuardian"("userId");

-- CreateIndex
CREATE INDEX "SectionMeeting_sectionId_idx" ON "SectionMeeting"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Learner_userId_key" ON "Learner"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_queueNumber_key" ON "Enrollment"("queueNumber");

-- CreateIndex
CREATE INDEX "Enrollment_status_offerExpiresAt_idx" ON "Enrollment"("status", "offerExpiresAt");

-- AddForeignKey
ALTER TABLE "MeetingCancellation" ADD CONSTRAINT "MeetingCancellation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "SectionMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCancellation" ADD CONSTRAINT "MeetingCancellation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Learner" ADD CONSTRAINT "Learner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerGuardian" ADD CONSTRAINT "LearnerGuardian_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerGuardian" ADD CONSTRAINT "LearnerGuardian_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Guards Prisma cannot express
ALTER TABLE "CourseSection"
  ADD CONSTRAINT "CourseSection_offer_hours_range" CHECK ("offerHours" BETWEEN 1 AND 336),
  ADD CONSTRAINT "CourseSection_capacity_positive" CHECK ("capacity" > 0),
  ADD CONSTRAINT "CourseSection_fee_not_negative" CHECK ("feePkr" >= 0);
ALTER TABLE "Learner"
  ADD CONSTRAINT "Learner_birth_year_range" CHECK ("birthYear" BETWEEN 1900 AND 2100);
-- An offered place always has a deadline, and only an offered place has one.
UPDATE "Enrollment" SET "offerExpiresAt" = NULL WHERE "status" <> 'OFFERED';
UPDATE "Enrollment" SET "offerExpiresAt" = now() + interval '48 hours' WHERE "status" = 'OFFERED' AND "offerExpiresAt" IS NULL;
ALTER TABLE "Enrollment"
  ADD CONSTRAINT "Enrollment_offer_deadline" CHECK (("status" = 'OFFERED') = ("offerExpiresAt" IS NOT NULL));
