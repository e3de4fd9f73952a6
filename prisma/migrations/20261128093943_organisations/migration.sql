-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('SCHOOL', 'BUSINESS');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('LEAD', 'MEMBER');

-- AlterTable (NOT NULL once existing bookings have their school, below)
ALTER TABLE "FieldTripBooking" ADD COLUMN     "schoolId" TEXT;

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "ip" TEXT,
ADD COLUMN     "userAgent" TEXT;

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedById" TEXT,
    "declinedAt" TIMESTAMPTZ(3),
    "declineReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("organizationId","userId")
);

-- CreateIndex
CREATE INDEX "Organization_kind_name_idx" ON "Organization"("kind", "name");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "FieldTripBooking_schoolId_createdAt_idx" ON "FieldTripBooking"("schoolId", "createdAt");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data: every school coordinator and business representative gets an organisation from the free-text
-- organisation they registered with (one per distinct name and kind), as its lead when they were first,
-- verified when their role was. Field-trip bookings move to the booking coordinator''s school.
CREATE TEMP TABLE "_org_source" AS
SELECT u."id" AS "userId",
       CASE ur."role" WHEN 'SCHOOL_COORDINATOR' THEN 'SCHOOL' ELSE 'BUSINESS' END::"OrganizationKind" AS "kind",
       COALESCE(NULLIF(btrim(u."organization"), ''), u."name") AS "name",
       ur."verifiedAt", ur."verifiedById", ur."createdAt"
  FROM "UserRole" ur JOIN "User" u ON u."id" = ur."userId"
 WHERE ur."role" IN ('SCHOOL_COORDINATOR', 'BUSINESS');

INSERT INTO "Organization" ("id", "kind", "name", "verifiedAt", "verifiedById", "createdAt", "updatedAt")
SELECT 'org_' || md5(s."kind"::text || lower(s."name")), s."kind", min(s."name"),
       max(s."verifiedAt"), (array_agg(s."verifiedById" ORDER BY s."verifiedAt" NULLS LAST))[1], min(s."createdAt"), CURRENT_TIMESTAMP
  FROM "_org_source" s
 GROUP BY s."kind", lower(s."name");

INSERT INTO "Membership" ("organizationId", "userId", "role", "verifiedAt", "verifiedById", "createdAt")
SELECT 'org_' || md5(s."kind"::text || lower(s."name")), s."userId",
       CASE WHEN row_number() OVER (PARTITION BY s."kind", lower(s."name") ORDER BY s."createdAt", s."userId") = 1 THEN 'LEAD' ELSE 'MEMBER' END::"MembershipRole",
       s."verifiedAt", s."verifiedById", s."createdAt"
  FROM "_org_source" s;

UPDATE "FieldTripBooking" b
   SET "schoolId" = m."organizationId"
  FROM "Membership" m JOIN "Organization" o ON o."id" = m."organizationId" AND o."kind" = 'SCHOOL'
 WHERE m."userId" = b."coordinatorId";

DROP TABLE "_org_source";

ALTER TABLE "FieldTripBooking" ALTER COLUMN "schoolId" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "FieldTripBooking" ADD CONSTRAINT "FieldTripBooking_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Business offers and seeks in five languages
ALTER TABLE "Business" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';
