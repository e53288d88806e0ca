import "server-only";
import type { TTx } from "@/lib/db";
import { checkSourceUrl } from "@/lib/domain/evidence/normalize-source-url";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requestSnapshot } from "@/lib/server/snapshots/request-snapshot";
import { dayToDate, titleFromUrl, type TNewSourceFields } from "./source-fields";

export type TFoundSource = {
  id: string;
  created: boolean;
  /** The PENDING capture of a new URL source: send its job once the transaction has committed (sendCaptureJobs). */
  snapshotId: string | null;
};

const BLANKS_SELECT = { id: true, url: true, title: true, publisher: true, author: true, publishedAt: true, type: true, reliabilityNote: true, description: true } as const;
type TBlanksRow = Prisma.SourceGetPayload<{ select: typeof BLANKS_SELECT }>;

/**
 * Someone cites a page already in the library and types its details: those go into the fields
 * the entry lacks (a title that is only its address, no publisher, type "Other"…), so nothing they
 * typed is lost, and nothing anyone wrote before is replaced. Audited as a source edit.
 */
async function fillBlanks(tx: TTx, opts: { actor: TActor; workspaceId: string; existing: TBlanksRow; fields: TNewSourceFields }): Promise<void> {
  const { existing: e, fields: f } = opts;
  const data: Record<string, unknown> = {};
  if (f.title && e.url && e.title === titleFromUrl(e.url) && f.title !== e.title) data.title = f.title;
  if (f.publisher && !e.publisher) data.publisher = f.publisher;
  if (f.author && !e.author) data.author = f.author;
  if (f.publishedAt && !e.publishedAt) data.publishedAt = dayToDate(f.publishedAt);
  if (f.type && f.type !== "OTHER" && e.type === "OTHER") data.type = f.type;
  if (f.reliabilityNote && !e.reliabilityNote) data.reliabilityNote = f.reliabilityNote;
  if (f.description && !e.description) data.description = f.description;
  const filled = Object.keys(data);
  if (filled.length === 0) return;
  await tx.source.update({ where: { id: e.id }, data: { ...data, version: { increment: 1 } } });
  await recordAuditEvent(tx, {
    actor: opts.actor,
    workspaceId: opts.workspaceId,
    action: "source.updated",
    targetType: "source",
    targetId: e.id,
    data: { fields: filled, filledBlanks: true },
  });
}

/**
 * The library entry for these fields inside the caller's transaction: a URL whose normalized form
 * is already in the workspace is that source, and the details given fill only its empty fields
 * (what a member wrote there is never overwritten; see fillBlanks); otherwise a
 * new source, with a PENDING capture for a URL and a `source.created` audit event. A source
 * without a URL must say what it is: a title and a description. Two callers racing on one new URL
 * meet the unique index: the loser's transaction fails with P2002 and `retrySourceRace` runs it
 * again, when this finds the winner's row. `fieldPath` prefixes field errors ("source." for evidence).
 */
export async function findOrCreateSource(
  tx: TTx,
  opts: { actor: TActor; workspaceId: string; fields: TNewSourceFields; fieldPath?: string },
): Promise<TFoundSource> {
  const { actor, workspaceId, fields } = opts;
  const at = (key: string) => `${opts.fieldPath ?? ""}${key}`;
  const checked = fields.url === undefined ? null : checkSourceUrl(fields.url);
  if (checked && !checked.ok) throw new AppError("BAD_REQUEST", `${at("url")}: ${checked.message}`, { fieldErrors: { [at("url")]: [checked.message] } });
  const url = checked?.ok ? checked : null;

  if (url) {
    const existing = await tx.source.findFirst({ where: { workspaceId, normalizedUrl: url.normalizedUrl }, select: BLANKS_SELECT });
    if (existing) {
      await fillBlanks(tx, { actor, workspaceId, existing, fields });
      return { id: existing.id, created: false, snapshotId: null };
    }
  } else {
    const missing: Record<string, string[]> = {};
    if (!fields.title) missing[at("title")] = ["Give the source a title, e.g. “Phone interview with the harbour master”."];
    if (!fields.description) missing[at("description")] = ["Describe the source: who, when, how it was obtained (it has no web address to retrace it)."];
    const keys = Object.keys(missing);
    if (keys.length) {
      throw new AppError("BAD_REQUEST", `${keys[0]}: A source without a web address needs a title and a description.`, { fieldErrors: missing });
    }
  }

  const title = fields.title || (url ? titleFromUrl(url.url) : "");
  const row = await tx.source.create({
    data: {
      workspaceId,
      url: url?.url ?? null,
      normalizedUrl: url?.normalizedUrl ?? null,
      title,
      publisher: fields.publisher ?? null,
      author: fields.author ?? null,
      publishedAt: dayToDate(fields.publishedAt),
      type: fields.type ?? "OTHER",
      reliabilityNote: fields.reliabilityNote ?? "",
      description: fields.description ?? "",
      createdById: actor.userId,
    },
    select: { id: true },
  });
  const snapshot = url ? await requestSnapshot(tx, { workspaceId, sourceId: row.id, url: url.url, requestedById: actor.userId }) : null;
  await recordAuditEvent(tx, {
    actor,
    workspaceId,
    action: "source.created",
    targetType: "source",
    targetId: row.id,
    data: { title, url: url?.url ?? null, type: fields.type ?? "OTHER" },
  });
  return { id: row.id, created: true, snapshotId: snapshot?.id ?? null };
}
