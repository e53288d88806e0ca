-- How a workspace appears on its public pages.

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "publicProfile" JSONB;
