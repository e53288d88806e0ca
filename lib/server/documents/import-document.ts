import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/server/actor";
import type { TSafeFetchOptions } from "@/lib/server/fetch/safe-fetch";
import { importPasted } from "@/lib/server/import/import-pasted";
import { importUpload } from "@/lib/server/import/import-upload";
import { importUrl } from "@/lib/server/import/import-url";
import { withImportDetails } from "@/lib/server/import/with-import-details";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { createDocumentFromImport } from "./create-document-from-import";

const content = z.string({ error: "Paste the text to import." });
const KIND_ERROR = 'kind must be one of "text", "html", "markdown", "url" (or upload a file as multipart/form-data).';
/** A blank form field means "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && !v.trim() ? undefined : v), schema.optional());
/** What the person importing says about the article; each given field wins over what the importer reads from the text. */
const details = {
  title: optional(z.string().trim().max(200, "The title can be at most 200 characters.")),
  author: optional(z.string().trim().max(200, "The author can be at most 200 characters.")),
  sourceUrl: optional(z.string().trim().max(2000, "That address is too long.").regex(/^https?:\/\/[^\s]+$/i, "The article’s address must start with http:// or https://.")),
  publishedAt: optional(z.iso.date("The published date must be a date (YYYY-MM-DD).")),
};
const pasted = <K extends string>(kind: K) => z.object({ kind: z.literal(kind), content, ...details }).strict();

/** What a JSON request body may ask for. */
export const ZImportDocumentBody = z.discriminatedUnion(
  "kind",
  [
    pasted("text"),
    pasted("html"),
    pasted("markdown"),
    z
      .object({
        kind: z.literal("url"),
        url: z.string({ error: "Enter the address of the article." }).trim().min(1, "Enter the address of the article.").max(2000, "That address is too long."),
      })
      .strict(),
  ],
  { error: KIND_ERROR },
);

/** An upload: the file as the server read it from multipart/form-data, and the details sent as form fields beside it. */
export const ZImportFileInput = z
  .object({ kind: z.literal("file"), fileName: z.string().trim().min(1).max(500), mimeType: z.string().max(200), bytes: z.instanceof(Buffer), ...details })
  .strict();

export const ZImportDocumentInput = z.discriminatedUnion(
  "kind",
  [
    ...ZImportDocumentBody.options,
    ZImportFileInput,
  ],
  { error: KIND_ERROR },
);
export type TImportDocumentInput = z.infer<typeof ZImportDocumentInput>;

/** For tests only (a loopback fixture server, short timeouts). A positional argument, so no request body spread into the input can carry it. */
export type TImportDocumentTestOptions = { fetchOptions?: Pick<TSafeFetchOptions, "testLoopbackHosts" | "timeoutMs"> };

/**
 * Imports an article into a workspace. Authorization comes first, so a viewer or outsider cannot
 * even make us fetch a URL; then conversion (no database); then one transaction that writes it all.
 */
export async function importDocument(
  { actor, workspaceSlug, ...input }: { actor: TActor; workspaceSlug: string } & TImportDocumentInput,
  { fetchOptions }: TImportDocumentTestOptions = {},
) {
  const parsed = ZImportDocumentInput.parse(input);
  await requireMembership({ actor, workspaceSlug, capability: "content.edit" });
  const imported =
    parsed.kind === "url"
      ? await importUrl({ url: parsed.url, fetchOptions })
      : parsed.kind === "file"
        ? await importUpload({ fileName: parsed.fileName, mimeType: parsed.mimeType, bytes: parsed.bytes })
        : importPasted({ format: parsed.kind, content: parsed.content });
  return createDocumentFromImport({ actor, workspaceSlug, imported: parsed.kind === "url" ? imported : withImportDetails(imported, parsed) });
}
