import "server-only";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The one select every claim read uses, so every endpoint returns the same shape. */
export const claimSelect = {
  id: true,
  workspaceId: true,
  documentId: true,
  quoteExact: true,
  quotePrefix: true,
  quoteSuffix: true,
  positionStart: true,
  positionEnd: true,
  detachedAt: true,
  text: true,
  claimant: true,
  claimDate: true,
  appearanceUrl: true,
  checkworthiness: true,
  tags: true,
  status: true,
  dueDate: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  document: { select: { title: true } },
  assignee: { select: { id: true, name: true, email: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

export type TClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toClaimDto(row: TClaimRow): TClaimDto {
  return {
    id: row.id,
    documentId: row.documentId,
    documentTitle: row.document.title,
    status: row.status,
    text: row.text,
    quote: { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix, start: row.positionStart, end: row.positionEnd },
    detachedAt: row.detachedAt ? row.detachedAt.toISOString() : null,
    claimant: row.claimant,
    claimDate: day(row.claimDate),
    appearanceUrl: row.appearanceUrl,
    checkworthiness: row.checkworthiness,
    tags: row.tags,
    assignee: row.assignee ? { id: row.assignee.id, name: row.assignee.name, email: row.assignee.email } : null,
    dueDate: day(row.dueDate),
    createdBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
