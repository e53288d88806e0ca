import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import { cleanFileName, SOURCE_FILE_MAX_BYTES, SOURCE_FILE_TYPES_LABEL, sniffFileType, titleFromFileName } from "@/lib/domain/evidence/source-files";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { dayToDate, newSourceShape } from "./source-fields";
import { sourceSelect, toSourceDtos } from "./to-source-dto";

/** The details a file source may carry beside the file (no URL: the file is the source). */
export const ZFileSourceFields = z.object(newSourceShape).omit({ url: true }).strict();
const fileSourceFields = ZFileSourceFields.shape;

export const ZCreateFileSourceInput = z
  .object({
    workspaceSlug: z.string(),
    fileName: z.string().max(1000),
    bytes: z.instanceof(Uint8Array),
    ...fileSourceFields,
  })
  .strict();
export type TCreateFileSourceInput = z.input<typeof ZCreateFileSourceInput>;

const MB = SOURCE_FILE_MAX_BYTES / 1024 / 1024;

/**
 * Adds an uploaded file (a PDF or an image) to the workspace library as a source. Its type is
 * read from its bytes; the file is stored in PostgreSQL beside the Source row, with its hash, in
 * one transaction with the audit event. Editors, reviewers and admins.
 */
export async function createFileSource({ actor, ...input }: { actor: TActor } & TCreateFileSourceInput): Promise<{ source: TSourceDto }> {
  const { workspaceSlug, fileName: rawName, bytes, ...fields } = ZCreateFileSourceInput.parse(input);
  const fileName = cleanFileName(rawName);
  return db.$transaction(async (tx) => {
    // Authorization before looking at the file: an outsider learns nothing about what it would accept.
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (bytes.byteLength === 0) throw new AppError("BAD_REQUEST", `“${fileName}” is empty.`);
    if (bytes.byteLength > SOURCE_FILE_MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `“${fileName}” is larger than ${MB} MB.`);
    const mediaType = sniffFileType(bytes);
    if (!mediaType) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `“${fileName}” is not a ${SOURCE_FILE_TYPES_LABEL} file (judged by its content, not its name).`);
    const title = fields.title || titleFromFileName(fileName);
    const row = await tx.source.create({
      data: {
        workspaceId: workspace.id,
        title,
        publisher: fields.publisher ?? null,
        author: fields.author ?? null,
        publishedAt: dayToDate(fields.publishedAt),
        type: fields.type ?? "OTHER",
        reliabilityNote: fields.reliabilityNote ?? "",
        description: fields.description ?? "",
        createdById: actor.userId,
        file: {
          create: {
            workspaceId: workspace.id,
            fileName,
            mediaType,
            byteSize: bytes.byteLength,
            sha256: createHash("sha256").update(bytes).digest("hex"),
            data: new Uint8Array(bytes),
          },
        },
      },
      select: sourceSelect,
    });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "source.created",
      targetType: "source",
      targetId: row.id,
      data: { title, url: null, type: fields.type ?? "OTHER", file: { name: fileName, mediaType, byteSize: bytes.byteLength } },
    });
    return { source: (await toSourceDtos(tx, [row]))[0]! };
  });
}
