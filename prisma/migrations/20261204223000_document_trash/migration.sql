-- Document trash: who moved a document to the trash (deletedAt already says when), and indexes for
-- the trash page and the purge job.

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "deletedById" UUID;

-- CreateIndex
CREATE INDEX "Document_workspaceId_deletedAt_idx" ON "Document"("workspaceId", "deletedAt");
CREATE INDEX "Document_deletedAt_idx" ON "Document"("deletedAt");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
