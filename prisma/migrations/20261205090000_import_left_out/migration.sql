-- What an import left out of the article (a comment section, say), kept so the person importing
-- and everyone after can be told. Imports before this said nothing: they get an empty list.

-- AlterTable
ALTER TABLE "DocumentImport" ADD COLUMN "leftOut" TEXT[] DEFAULT ARRAY[]::TEXT[];
