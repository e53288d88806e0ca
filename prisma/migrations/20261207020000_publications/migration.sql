-- Public verdict pages: immutable publication versions and every public slug a claim has had.

-- CreateEnum
CREATE TYPE "PublicationKind" AS ENUM ('PUBLISH', 'CORRECTION', 'RETRACTION');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "publicSlug" TEXT;

-- CreateTable
CREATE TABLE "Publication" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "PublicationKind" NOT NULL,
    "verdictId" UUID,
    "signOffHash" TEXT,
    "content" JSONB NOT NULL,
    "note" TEXT,
    "publishedById" UUID,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicSlug" (
    "workspaceId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "claimId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicSlug_pkey" PRIMARY KEY ("workspaceId","slug")
);

-- CreateIndex
CREATE UNIQUE INDEX "Claim_workspaceId_publicSlug_key" ON "Claim"("workspaceId", "publicSlug");

-- CreateIndex
CREATE INDEX "Publication_workspaceId_publishedAt_idx" ON "Publication"("workspaceId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_claimId_version_key" ON "Publication"("claimId", "version");

-- CreateIndex
CREATE INDEX "PublicSlug_claimId_idx" ON "PublicSlug"("claimId");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicSlug" ADD CONSTRAINT "PublicSlug_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicSlug" ADD CONSTRAINT "PublicSlug_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A publication is the public record: it is never rewritten. (Rows go only with their claim or
-- workspace, by cascade; the publisher's id is set null when that account is deleted.)
CREATE FUNCTION "publication_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."id" IS DISTINCT FROM OLD."id" OR NEW."workspaceId" IS DISTINCT FROM OLD."workspaceId" OR NEW."claimId" IS DISTINCT FROM OLD."claimId"
     OR NEW."version" IS DISTINCT FROM OLD."version" OR NEW."kind" IS DISTINCT FROM OLD."kind" OR NEW."verdictId" IS DISTINCT FROM OLD."verdictId"
     OR NEW."signOffHash" IS DISTINCT FROM OLD."signOffHash" OR NEW."content" IS DISTINCT FROM OLD."content" OR NEW."note" IS DISTINCT FROM OLD."note"
     OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt" OR (NEW."publishedById" IS DISTINCT FROM OLD."publishedById" AND NEW."publishedById" IS NOT NULL) THEN
    RAISE EXCEPTION 'a publication is immutable: publish a correction instead' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "publication_immutable" BEFORE UPDATE ON "Publication" FOR EACH ROW EXECUTE FUNCTION "publication_immutable"();
