import "server-only";
import type { TTx } from "@/lib/db";
import { publicSlugFromText } from "@/lib/domain/publishing/public-slug";
import type { TPublicEvidence, TPublicVerdict } from "@/lib/domain/publishing/public-verdict";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import type { TStance } from "@/lib/domain/evidence/stance";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { TReviewContext } from "@/lib/server/reviews/load-review-context";
import { publicChanged } from "./public-cache-events";

/**
 * Writes a claim's next publication (the first, or a correction with its public note) from the
 * approved verdict, inside the workflow's transaction under the claim's row lock: the content is
 * frozen from what the standing approvals signed (their hash is recorded with it), so the page
 * can never show an edit nobody approved. The first publication gives the claim its public slug.
 */
export async function createPublication(
  tx: TTx,
  ctx: TReviewContext,
  opts: { actor: TActor; workspaceId: string; kind: "PUBLISH" | "CORRECTION"; note: string | null },
): Promise<{ version: number; slug: string }> {
  const { verdict, current } = ctx;
  if (!verdict || !current) throw new AppError("CONFLICT", "This claim has no approved verdict to publish.");
  const approvals = ctx.standing.filter((r) => r.signOffHash === current.hash);
  if (approvals.length === 0) throw new AppError("CONFLICT", "No standing approval covers this verdict as it is now: get it approved again, then publish.");

  const content = await publicVerdictContent(tx, ctx, opts.workspaceId, approvals.map((r) => r.id));
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: ctx.claim.id }, select: { publicSlug: true, text: true } });
  const slug = claim.publicSlug ?? (await freeSlug(tx, opts.workspaceId, publicSlugFromText(claim.text)));
  if (!claim.publicSlug) {
    await tx.publicSlug.create({ data: { workspaceId: opts.workspaceId, slug, claimId: ctx.claim.id } });
    await tx.claim.update({ where: { id: ctx.claim.id }, data: { publicSlug: slug } });
  }
  const last = await tx.publication.findFirst({ where: { claimId: ctx.claim.id }, orderBy: { version: "desc" }, select: { version: true } });
  const version = (last?.version ?? 0) + 1;
  await tx.publication.create({
    data: {
      workspaceId: opts.workspaceId,
      claimId: ctx.claim.id,
      version,
      kind: opts.kind,
      verdictId: verdict.id,
      signOffHash: current.hash,
      content: content as unknown as Prisma.InputJsonObject,
      note: opts.note,
      publishedById: opts.actor.userId,
    },
  });
  await recordAuditEvent(tx, {
    actor: opts.actor,
    workspaceId: opts.workspaceId,
    action: opts.kind === "PUBLISH" ? "verdict.published" : "verdict.corrected",
    targetType: "claim",
    targetId: ctx.claim.id,
    data: { claimId: ctx.claim.id, publicationVersion: version, slug, verdictVersion: verdict.version, signOffHash: current.hash, ...(opts.note ? { note: opts.note } : {}) },
  });
  await publicChanged(tx, opts.workspaceId);
  return { version, slug };
}

/** `base`, or `base-2`, `base-3` … whichever no claim of the workspace has had. */
async function freeSlug(tx: TTx, workspaceId: string, base: string): Promise<string> {
  const taken = new Set((await tx.publicSlug.findMany({ where: { workspaceId, slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

async function publicVerdictContent(tx: TTx, ctx: TReviewContext, workspaceId: string, approvalIds: string[]): Promise<TPublicVerdict> {
  const verdict = ctx.verdict!;
  const [claim, workspace, evidence, approvals] = await Promise.all([
    tx.claim.findUniqueOrThrow({ where: { id: ctx.claim.id }, select: { text: true, quoteExact: true, claimant: true, claimDate: true, appearanceUrl: true, document: { select: { title: true, sourceUrl: true } } } }),
    tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { ratingScale: true } }),
    tx.evidence.findMany({
      where: { id: { in: verdict.evidenceIds }, claimId: ctx.claim.id },
      orderBy: { position: "asc" },
      select: {
        stance: true,
        excerpt: true,
        source: {
          select: {
            title: true,
            url: true,
            type: true,
            publisher: true,
            // The latest captures: the newest with a Wayback copy, the newest we read successfully.
            snapshots: { orderBy: { createdAt: "desc" }, take: 10, select: { id: true, status: true, archiveUrl: true, fetchedAt: true, createdAt: true } },
          },
        },
      },
    }),
    tx.review.findMany({ where: { id: { in: approvalIds } }, orderBy: { createdAt: "asc" }, select: { createdAt: true, reviewer: { select: { name: true } } } }),
  ]);
  const { scale } = ratingScaleFromStored(workspace.ratingScale);
  const values = scale.ratings.map((r) => r.value);
  const best = values.length ? Math.max(...values) : null;
  const worst = values.length ? Math.min(...values) : null;
  const onScale = verdict.ratingValue !== null && best !== null && worst !== null && verdict.ratingValue <= best && verdict.ratingValue >= worst;
  const appearanceUrl = claim.appearanceUrl ?? claim.document.sourceUrl ?? null;
  return {
    claim: {
      text: claim.text,
      quote: claim.quoteExact,
      claimant: claim.claimant,
      claimDate: claim.claimDate ? claim.claimDate.toISOString().slice(0, 10) : null,
      appearanceUrl: appearanceUrl && /^https?:\/\//i.test(appearanceUrl) ? appearanceUrl : null,
      // The article's title when the claim appeared in the imported article itself; else the page's host is shown.
      appearanceTitle: !claim.appearanceUrl || claim.appearanceUrl === claim.document.sourceUrl ? claim.document.title : null,
    },
    rating: {
      label: verdict.ratingLabel,
      value: onScale ? verdict.ratingValue : null,
      color: verdict.ratingColor,
      description: verdict.ratingDescription,
      best: onScale ? best : null,
      worst: onScale ? worst : null,
    },
    summary: verdict.summary,
    rationale: verdict.rationale as unknown as TTiptapNode,
    rationaleText: verdict.rationaleText,
    evidence: evidence.map(
      (e): TPublicEvidence => ({
        stance: e.stance as TStance,
        excerpt: e.excerpt,
        source: { title: e.source.title, url: e.source.url, type: e.source.type, publisher: e.source.publisher },
        archiveUrl: e.source.snapshots.find((x) => x.archiveUrl)?.archiveUrl ?? null,
        snapshot: ((ok) => (ok ? { id: ok.id, capturedAt: (ok.fetchedAt ?? ok.createdAt).toISOString() } : null))(e.source.snapshots.find((x) => x.status === "OK")),
      }),
    ),
    authors: verdict.author?.name ? [verdict.author.name] : [],
    reviewers: [...new Set(approvals.map((a) => a.reviewer?.name).filter((n): n is string => Boolean(n)))],
    approvedAt: approvals.at(-1)?.createdAt.toISOString() ?? null,
  };
}
