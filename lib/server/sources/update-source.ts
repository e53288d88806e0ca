import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import {
  dayToDate,
  titleFromUrl,
  zSourceAuthor,
  zSourceDescription,
  zSourcePublishedAt,
  zSourcePublisher,
  zSourceReliabilityNote,
  zSourceTitle,
  zSourceType,
} from "./source-fields";
import { sourceSelect, toSourceDtos } from "./to-source-dto";

export const ZUpdateSourceInput = z
  .object({
    workspaceSlug: z.string(),
    sourceId: z.string(),
    version: z.number({ error: "version is required: send the version you last read (optimistic concurrency)." }).int("version must be a whole number."),
    title: zSourceTitle.nullable().optional(),
    publisher: zSourcePublisher.nullable().optional(),
    author: zSourceAuthor.nullable().optional(),
    publishedAt: zSourcePublishedAt.nullable().optional(),
    type: zSourceType.optional(),
    reliabilityNote: zSourceReliabilityNote.nullable().optional(),
    description: zSourceDescription.nullable().optional(),
  })
  .strict();
export type TUpdateSourceInput = z.input<typeof ZUpdateSourceInput>;

const FIELDS = ["title", "publisher", "author", "publishedAt", "type", "reliabilityNote", "description"] as const;

/**
 * Edits a library entry's details; `null` or "" clears an optional field (an emptied title falls
 * back to the address, or the file name). The web address is not editable: citations and captures
 * were made of that page, so a new address is a new source. 409 when `version` is not the current one.
 */
export async function updateSource({ actor, ...input }: { actor: TActor } & TUpdateSourceInput): Promise<TSourceDto> {
  const { workspaceSlug, sourceId, version, ...fields } = ZUpdateSourceInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(sourceId)) throw new AppError("NOT_FOUND", "Source not found.");
    const current = await tx.source.findFirst({
      where: { id: sourceId, workspaceId: workspace.id },
      select: { id: true, url: true, version: true, description: true, file: { select: { fileName: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND", "Source not found.");
    if (current.version !== version) throw conflict();

    const data: Prisma.SourceUncheckedUpdateManyInput = {};
    const changed: string[] = [];
    for (const key of FIELDS) {
      const v = fields[key];
      if (v === undefined) continue;
      changed.push(key);
      switch (key) {
        case "title": {
          const title = (v as string | null) ?? (current.url ? titleFromUrl(current.url) : (current.file?.fileName ?? null));
          if (!title) throw new AppError("BAD_REQUEST", "title: Give the source a title.", { fieldErrors: { title: ["Give the source a title."] } });
          data.title = title;
          break;
        }
        case "publishedAt":
          data.publishedAt = dayToDate(v as string | null);
          break;
        case "reliabilityNote":
        case "description":
          data[key] = (v as string | null) ?? "";
          break;
        default:
          (data as Record<string, unknown>)[key] = v;
      }
    }
    if (changed.length === 0) throw new AppError("BAD_REQUEST", `Nothing to change: send one of ${FIELDS.join(", ")}.`);
    if (!current.url && !current.file && data.description === "") {
      const message = "Describe the source: it has no web address or file to retrace it.";
      throw new AppError("BAD_REQUEST", `description: ${message}`, { fieldErrors: { description: [message] } });
    }

    // Conditional on the version read: a concurrent PATCH that committed first makes this one a 409, not a lost update.
    const { count } = await tx.source.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "source.updated", targetType: "source", targetId: current.id, data: { fields: changed } });
    const row = await tx.source.findUniqueOrThrow({ where: { id: current.id }, select: sourceSelect });
    return (await toSourceDtos(tx, [row]))[0]!;
  });
}

const conflict = () => new AppError("CONFLICT", "Someone else changed this source since you loaded it; reload it and make your change again.");
