-- Evidence: the workspace source library, uploaded source files, evidence on claims and archived
-- snapshots of URL sources.

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('OFFICIAL_RECORD', 'STATEMENT', 'NEWS_REPORT', 'ACADEMIC_WORK', 'DATASET', 'SOCIAL_MEDIA_POST', 'INTERVIEW', 'OTHER');
CREATE TYPE "EvidenceStance" AS ENUM ('SUPPORTS', 'REFUTES', 'CONTEXT');
CREATE TYPE "SnapshotStatus" AS ENUM ('PENDING', 'OK', 'FAILED');

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "url" TEXT,
    "normalizedUrl" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "author" TEXT,
    "publishedAt" DATE,
    "type" "SourceType" NOT NULL DEFAULT 'OTHER',
    "reliabilityNote" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SourceFile" (
    "sourceId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceFile_pkey" PRIMARY KEY ("sourceId")
);

CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "stance" "EvidenceStance" NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "excerptFound" BOOLEAN,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SourceSnapshot" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "status" "SnapshotStatus" NOT NULL DEFAULT 'PENDING',
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "contentHash" TEXT,
    "byteSize" INTEGER,
    "title" TEXT,
    "text" TEXT,
    "html" TEXT,
    "changed" BOOLEAN,
    "errorCode" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "archiveUrl" TEXT,
    "requestedById" UUID,
    "fetchedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_workspaceId_normalizedUrl_key" ON "Source"("workspaceId", "normalizedUrl");
CREATE INDEX "Source_workspaceId_createdAt_idx" ON "Source"("workspaceId", "createdAt");
CREATE INDEX "Source_workspaceId_title_idx" ON "Source"("workspaceId", "title");
CREATE INDEX "SourceFile_workspaceId_idx" ON "SourceFile"("workspaceId");
CREATE INDEX "Evidence_claimId_position_idx" ON "Evidence"("claimId", "position");
CREATE INDEX "Evidence_sourceId_idx" ON "Evidence"("sourceId");
CREATE INDEX "Evidence_workspaceId_idx" ON "Evidence"("workspaceId");
CREATE INDEX "SourceSnapshot_sourceId_createdAt_idx" ON "SourceSnapshot"("sourceId", "createdAt");
CREATE INDEX "SourceSnapshot_workspaceId_idx" ON "SourceSnapshot"("workspaceId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Source" ADD CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SourceFile" ADD CONSTRAINT "SourceFile_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SourceFile" ADD CONSTRAINT "SourceFile_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
