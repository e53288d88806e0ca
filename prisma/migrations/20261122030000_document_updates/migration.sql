-- Collab write-ahead log: Y.js updates appended before the server acknowledges them, folded into "Document"."ydoc" by the debounced store.

-- CreateTable
CREATE TABLE "DocumentUpdate" (
    "seq" BIGSERIAL NOT NULL,
    "documentId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "update" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentUpdate_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "DocumentUpdate_documentId_seq_idx" ON "DocumentUpdate"("documentId", "seq");

-- AddForeignKey
ALTER TABLE "DocumentUpdate" ADD CONSTRAINT "DocumentUpdate_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
