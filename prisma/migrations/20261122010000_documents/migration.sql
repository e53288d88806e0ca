-- Documents: the editable article (Y.js state + derived Tiptap JSON and plain text) and its immutable original import.

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('TEXT', 'HTML', 'MARKDOWN', 'DOCX', 'URL');

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publisher" TEXT,
    "author" TEXT,
    "publishedAt" DATE,
    "content" JSONB NOT NULL,
    "ydoc" BYTEA,
    "text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentImport" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "sourceName" TEXT,
    "mimeType" TEXT,
    "byteSize" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedById" UUID,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Document_workspaceId_lastActivityAt_idx" ON "Document"("workspaceId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Document_workspaceId_title_idx" ON "Document"("workspaceId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentImport_documentId_key" ON "DocumentImport"("documentId");

-- CreateIndex
CREATE INDEX "DocumentImport_workspaceId_idx" ON "DocumentImport"("workspaceId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentImport" ADD CONSTRAINT "DocumentImport_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentImport" ADD CONSTRAINT "DocumentImport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentImport" ADD CONSTRAINT "DocumentImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
