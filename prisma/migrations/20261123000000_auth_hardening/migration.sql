-- Auth hardening: proven emails (OAuth pre-hijacking), known-device sign-in throttling,
-- the sign-up limit and read-only personal access tokens.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "emailVerifiedAt" TIMESTAMPTZ(3);

-- Every OAuth identity was linked or created through a provider-verified email equal to the
-- user's: those emails are proven since the identity's first link.
UPDATE "User" u SET "emailVerifiedAt" = o.first
FROM (SELECT "userId", min("createdAt") AS first FROM "OAuthAccount" GROUP BY "userId") o
WHERE o."userId" = u."id";

-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN "device" TEXT;

-- CreateIndex
CREATE INDEX "LoginAttempt_device_createdAt_idx" ON "LoginAttempt"("device", "createdAt");

-- CreateTable
CREATE TABLE "SignUpAttempt" (
    "id" BIGSERIAL NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignUpAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignUpAttempt_ip_createdAt_idx" ON "SignUpAttempt"("ip", "createdAt");

-- CreateEnum
CREATE TYPE "ApiTokenAccess" AS ENUM ('READ_WRITE', 'READ_ONLY');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN "access" "ApiTokenAccess" NOT NULL DEFAULT 'READ_WRITE';
