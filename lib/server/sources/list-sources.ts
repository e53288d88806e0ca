import "server-only";
import { z } from "zod";
import { zSearchText } from "@/lib/server/http/search-text";
import { db } from "@/lib/db";
import type { TSourceList } from "@/lib/domain/evidence/source-dto";
import { SOURCE_TYPES } from "@/lib/domain/evidence/source-type";
import { escapeLikePattern } from "@/lib/domain/like-pattern";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { sourceSelect, toSourceDtos } from "./to-source-dto";

export const SOURCE_SORTS = ["recent", "title", "cited"] as const;
export const SOURCE_PAGE_SIZE_MAX = 100;

/** Query strings give "A,B" or repeated params; both become a list. */
const typeList = z
  .union([z.string(), z.array(z.string())], { error: "type must be a source type or a list of them." })
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(SOURCE_TYPES, { error: `type must be one of ${SOURCE_TYPES.join(", ")}.` })));

export const ZListSourcesInput = z.object({
  workspaceSlug: z.string(),
  /** Matches title, web address or publisher (case-insensitive, anywhere in them). */
  q: zSearchText().optional(),
  type: typeList.optional(),
  /** recent: newest first; title: A to Z; cited: most citing evidence first. */
  sort: z.enum(SOURCE_SORTS, { error: `sort must be one of ${SOURCE_SORTS.join(", ")}.` }).default("recent"),
  page: z.coerce.number({ error: "page must be a number." }).int("page must be a whole number.").min(1, "page starts at 1.").default(1),
  pageSize: z.coerce
    .number({ error: "pageSize must be a number." })
    .int("pageSize must be a whole number.")
    .min(1, "pageSize must be at least 1.")
    .max(SOURCE_PAGE_SIZE_MAX, `pageSize can be at most ${SOURCE_PAGE_SIZE_MAX}.`)
    .default(25),
});
export type TListSourcesInput = z.input<typeof ZListSourcesInput>;

/** Always ends in the id, so pages never repeat or skip a source. */
function sourcesOrderBy(sort: (typeof SOURCE_SORTS)[number]): Prisma.SourceOrderByWithRelationInput[] {
  switch (sort) {
    case "title":
      return [{ title: "asc" }, { id: "asc" }];
    case "cited":
      return [{ evidence: { _count: "desc" } }, { createdAt: "desc" }, { id: "desc" }];
    default:
      return [{ createdAt: "desc" }, { id: "desc" }];
  }
}

/**
 * One page of the workspace's source library with filters, each source with where it is used.
 * Every member may list. (The `cited` order counts all citing evidence, the usage numbers only
 * evidence on claims outside the trash.)
 */
export async function listSources({ actor, ...input }: { actor: TActor } & TListSourcesInput): Promise<TSourceList> {
  const v = ZListSourcesInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug: v.workspaceSlug, capability: "workspace.read" });
  const and: Prisma.SourceWhereInput[] = [{ workspaceId: workspace.id }];
  if (v.type?.length) and.push({ type: { in: v.type } });
  if (v.q) {
    // A typed % or _ must match itself, not anything.
    const q = escapeLikePattern(v.q);
    and.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { url: { contains: q, mode: "insensitive" } },
        { publisher: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  const where: Prisma.SourceWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    db.source.count({ where }),
    db.source.findMany({ where, orderBy: sourcesOrderBy(v.sort), skip: (v.page - 1) * v.pageSize, take: v.pageSize, select: sourceSelect }),
  ]);
  return { sources: await toSourceDtos(db, rows), total, page: v.page, pageSize: v.pageSize };
}
