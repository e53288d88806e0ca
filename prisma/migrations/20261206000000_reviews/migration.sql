-- Verdicts and sign-off: rating scales, claim priority and requested reviewers, verdict versions,
-- reviews bound to the hash of what they approved, claim-held text locks, and an append-only audit log.

-- Workspace rating scale (null: the default scale)
ALTER TABLE "Workspace" ADD COLUMN "ratingScale" JSONB;
ALTER TABLE "Workspace" ADD COLUMN "ratingScaleVersion" INTEGER NOT NULL DEFAULT 1;

-- Claim priority
CREATE TYPE "ClaimPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');
ALTER TABLE "Claim" ADD COLUMN "priority" "ClaimPriority" NOT NULL DEFAULT 'NORMAL';

-- Text locks held by a claim in review
ALTER TYPE "TextLockScope" ADD VALUE 'CLAIM_REVIEW';
ALTER TABLE "TextLock" ADD COLUMN "claimId" UUID;
CREATE UNIQUE INDEX "TextLock_claimId_key" ON "TextLock"("claimId");
ALTER TABLE "TextLock" ADD CONSTRAINT "TextLock_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('APPROVE', 'REQUEST_CHANGES', 'OVERRIDE');

-- CreateTable
CREATE TABLE "ClaimReviewer" (
    "claimId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "requestedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimReviewer_pkey" PRIMARY KEY ("claimId","userId")
);

CREATE TABLE "Verdict" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "authorId" UUID,
    "ratingLabel" TEXT NOT NULL,
    "ratingValue" INTEGER,
    "ratingColor" TEXT NOT NULL,
    "ratingDescription" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "rationale" JSONB NOT NULL,
    "rationaleText" TEXT NOT NULL,
    "evidenceIds" UUID[],
    "signOffInput" JSONB NOT NULL,
    "signOffHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "verdictId" UUID NOT NULL,
    "reviewerId" UUID,
    "kind" "ReviewKind" NOT NULL,
    "comment" TEXT,
    "signOffHash" TEXT NOT NULL,
    "signOffInput" JSONB NOT NULL,
    "voidedAt" TIMESTAMPTZ(3),
    "voidReason" TEXT,
    "voidedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimReviewer_userId_idx" ON "ClaimReviewer"("userId");
CREATE INDEX "ClaimReviewer_workspaceId_idx" ON "ClaimReviewer"("workspaceId");
CREATE UNIQUE INDEX "Verdict_claimId_version_key" ON "Verdict"("claimId", "version");
CREATE INDEX "Verdict_workspaceId_createdAt_idx" ON "Verdict"("workspaceId", "createdAt");
CREATE INDEX "Review_claimId_createdAt_idx" ON "Review"("claimId", "createdAt");
CREATE INDEX "Review_reviewerId_idx" ON "Review"("reviewerId");
CREATE INDEX "Review_workspaceId_createdAt_idx" ON "Review"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "ClaimReviewer" ADD CONSTRAINT "ClaimReviewer_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimReviewer" ADD CONSTRAINT "ClaimReviewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimReviewer" ADD CONSTRAINT "ClaimReviewer_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ClaimReviewer" ADD CONSTRAINT "ClaimReviewer_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Review" ADD CONSTRAINT "Review_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Review" ADD CONSTRAINT "Review_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Review" ADD CONSTRAINT "Review_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Review" ADD CONSTRAINT "Review_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only in the database itself: no UPDATE or DELETE, whoever asks.
-- The one exception is deleting a workspace, whose events go with it: deleteWorkspace sets
-- `factdesk.deleting_workspace` to the workspace's id (SET LOCAL, so only inside its own
-- transaction) and only that workspace's rows may then be deleted, by the cascade.
-- Deleting a user with history is refused too (the actor key's ON DELETE SET NULL is an UPDATE
-- here): an account deletion must anonymize the User row, never rewrite the log.
CREATE FUNCTION "factdesk_audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND OLD."workspaceId" IS NOT NULL
     AND OLD."workspaceId"::text = current_setting('factdesk.deleting_workspace', true) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events are never changed or deleted; only deleting their workspace removes them.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "factdesk_audit_event_append_only"();
