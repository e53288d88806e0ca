import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { documentSummarySelect, toDocumentSummary } from "./to-document-dto";

const optionalText = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(200, `Keep the ${label.toLowerCase()} under 200 characters.`)
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v));

export const ZUpdateDocumentMetadataInput = z
  .object({
    workspaceSlug: z.string(),
    documentId: z.string(),
    title: z.string({ error: "Title must be text." }).trim().min(1, "Give the document a title.").max(200, "Keep the title under 200 characters.").optional(),
    publisher: optionalText("Publisher"),
    author: optionalText("Author"),
    sourceUrl: z
      .string({ error: "Source URL must be text." })
      .trim()
      .max(2000, "That address is too long.")
      .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), "The source URL must start with http:// or https://.")
      .nullable()
      .optional()
      .transform((v) => (v === "" ? null : v)),
    publishedAt: z
      .string({ error: "Publication date must be a date (YYYY-MM-DD)." })
      .trim()
      .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), "Publication date must be a date (YYYY-MM-DD).")
      .nullable()
      .optional()
      .transform((v) => (v === "" ? null : v)),
  })
  .strict();
export type TUpdateDocumentMetadataInput = z.input<typeof ZUpdateDocumentMetadataInput>;

const FIELDS = ["title", "publisher", "author", "sourceUrl", "publishedAt"] as const;

/** Edits title, publisher, author, source URL and publication date. The text itself changes only through the editor. */
export async function updateDocumentMetadata({ actor, ...input }: { actor: TActor } & TUpdateDocumentMetadataInput) {
  const { workspaceSlug, documentId, ...fields } = ZUpdateDocumentMetadataInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
    const current = await tx.document.findFirst({ where: { id: documentId, workspaceId: workspace.id, deletedAt: null }, select: { id: true } });
    if (!current) throw new AppError("NOT_FOUND", "Document not found.");
    const data: Prisma.DocumentUpdateInput = {};
    const changed: string[] = [];
    for (const key of FIELDS) {
      const v = fields[key];
      if (v === undefined) continue;
      changed.push(key);
      if (key === "publishedAt") data.publishedAt = v ? new Date(`${v}T00:00:00Z`) : null;
      else (data as Record<string, unknown>)[key] = v;
    }
    if (changed.length === 0) throw new AppError("BAD_REQUEST", "Nothing to change: send title, publisher, author, sourceUrl or publishedAt.");
    data.lastActivityAt = new Date();
    const row = await tx.document.update({ where: { id: current.id }, data, select: documentSummarySelect });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "document.metadata_updated",
      targetType: "document",
      targetId: current.id,
      data: { fields: changed },
    });
    return toDocumentSummary(row);
  });
}
