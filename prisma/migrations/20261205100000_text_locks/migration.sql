-- Text locks (a document's text frozen once import clean-up is done) and the original article text.

-- AlterTable
ALTER TABLE "DocumentImport" ADD COLUMN "articleText" TEXT;

-- A document never stored since its import (version 0: no collab store, no claim mark) still holds
-- exactly the text the importer made; documents edited since get no article text (it is gone).
UPDATE "DocumentImport" AS di SET "articleText" = d."text"
FROM "Document" AS d
WHERE d."id" = di."documentId" AND d."version" = 0;

-- CreateEnum
CREATE TYPE "TextLockScope" AS ENUM ('DOCUMENT');

-- CreateTable
CREATE TABLE "TextLock" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "scope" "TextLockScope" NOT NULL,
    "lockedById" UUID,
    "lockedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TextLock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TextLock_documentId_idx" ON "TextLock"("documentId");
CREATE INDEX "TextLock_workspaceId_idx" ON "TextLock"("workspaceId");

-- AddForeignKey
ALTER TABLE "TextLock" ADD CONSTRAINT "TextLock_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TextLock" ADD CONSTRAINT "TextLock_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TextLock" ADD CONSTRAINT "TextLock_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
