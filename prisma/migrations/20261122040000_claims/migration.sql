-- Claims: checkable statements marked in a document (a `claim` mark in the Y.js state carries the id).

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'RESEARCHING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'CORRECTED');

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "quoteExact" TEXT NOT NULL,
    "quotePrefix" TEXT NOT NULL DEFAULT '',
    "quoteSuffix" TEXT NOT NULL DEFAULT '',
    "positionStart" INTEGER NOT NULL,
    "positionEnd" INTEGER NOT NULL,
    "detachedAt" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL,
    "claimant" TEXT,
    "claimDate" DATE,
    "appearanceUrl" TEXT,
    "checkworthiness" INTEGER,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "assigneeId" UUID,
    "dueDate" DATE,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id"),
    -- Belt and braces under the zod validation: a range is never empty or inverted, a rating 1-5.
    CONSTRAINT "Claim_position_check" CHECK ("positionStart" >= 0 AND "positionEnd" > "positionStart"),
    CONSTRAINT "Claim_checkworthiness_check" CHECK ("checkworthiness" IS NULL OR "checkworthiness" BETWEEN 1 AND 5)
);

-- CreateIndex
CREATE INDEX "Claim_documentId_positionStart_idx" ON "Claim"("documentId", "positionStart");
CREATE INDEX "Claim_workspaceId_createdAt_idx" ON "Claim"("workspaceId", "createdAt");
CREATE INDEX "Claim_workspaceId_status_idx" ON "Claim"("workspaceId", "status");
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
