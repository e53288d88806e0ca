import "server-only";
import type { TTx } from "@/lib/db";
import { commentPlainText, mentionToken, mentionedUserIds } from "@/lib/domain/conversation/comment-text";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import { verdictRating } from "@/lib/domain/reviews/default-rating-scale";
import { describeQuorum } from "@/lib/domain/reviews/workflow";
import { parseRationale } from "@/lib/editor/rationale-extensions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { notify } from "@/lib/server/notifications/notify";
import { computeSignOff, signOffClaimSelect } from "@/lib/server/reviews/compute-sign-off";
import { DEMO_REVIEWS } from "@/prisma/seed/demo-reviews";

const HOUR = 3_600_000;

/**
 * Verdict versions, reviews, requested reviewers and review text locks for the demo claims
 * (prisma/seed/demo-reviews.ts), written directly inside the seed's transaction with the same
 * sign-off computation as the app, so every demo approval's hash verifies against its content.
 * Runs after the evidence seed (verdicts rest on the claims' evidence).
 */
export async function seedDemoReviews(tx: TTx, input: { workspaceId: string; userIds: Map<string, string> }) {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { ratingScale: true, requiredApprovals: true } });
  const { requiredApprovals } = workspace;
  const { scale } = ratingScaleFromStored(workspace.ratingScale);
  const claims = await tx.claim.findMany({ where: { workspaceId: input.workspaceId }, select: { ...signOffClaimSelect, status: true, workspaceId: true } });
  const user = (email: string) => {
    const id = input.userIds.get(email);
    if (!id) throw new Error(`Demo review names an unknown user: ${email}`);
    return id;
  };
  const actor = (email: string): TActor => ({ userId: user(email), via: "session" });
  // "@{email}" in demo text becomes the member's mention token.
  const names = new Map((await tx.user.findMany({ where: { id: { in: [...input.userIds.values()] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const mentionsIn = (text: string) => text.replace(/@\{([^}]+)\}/g, (_, email: string) => mentionToken({ id: user(email), name: names.get(user(email)) ?? email }));
  let clock = Date.now() - 72 * HOUR;
  const tick = () => new Date((clock += HOUR));
  // Written directly (not recordAuditEvent) to date each event with the review it records, so the
  // demo's timelines read in the order things happened.
  const audit = (opts: { actor: TActor; action: string; targetId: string; data: Prisma.InputJsonObject; at: Date }) =>
    tx.auditEvent.create({
      data: { workspaceId: input.workspaceId, actorId: opts.actor.userId, action: opts.action, targetType: "claim", targetId: opts.targetId, data: opts.data, createdAt: opts.at },
    });

  for (const item of DEMO_REVIEWS) {
    const claim = claims.find((c) => c.quoteExact.startsWith(item.claimQuote));
    if (!claim) throw new Error(`Demo review names a claim that is not in the demo: ${item.claimQuote}`);
    const evidenceIds = (await tx.evidence.findMany({ where: { claimId: claim.id }, select: { id: true }, orderBy: { position: "asc" } })).map((e) => e.id);
    await tx.claim.update({ where: { id: claim.id }, data: { priority: item.priority ?? "NORMAL" } });
    for (const email of item.reviewers) {
      await tx.claimReviewer.create({ data: { claimId: claim.id, userId: user(email), workspaceId: input.workspaceId, requestedById: user("admin@example.com") } });
    }

    const verdicts: { id: string; version: number; hash: string; input: Prisma.InputJsonObject }[] = [];
    for (const [i, v] of item.versions.entries()) {
      const rating = verdictRating(scale, v.rating);
      if (!rating) throw new Error(`Demo verdict rating is not on the default scale: ${v.rating}`);
      const doc = { type: "doc", content: v.rationale.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })) };
      const parsed = parseRationale(doc);
      if (!parsed.ok) throw new Error(`Demo rationale is invalid: ${parsed.error}`);
      const content = { ratingLabel: rating.label, ratingValue: rating.value, summary: v.summary, rationale: parsed.doc, evidenceIds };
      const { input: signOffInput, hash } = await computeSignOff(tx, claim, content);
      const row = await tx.verdict.create({
        data: {
          workspaceId: input.workspaceId,
          claimId: claim.id,
          version: i + 1,
          authorId: user(v.author),
          ratingLabel: rating.label,
          ratingValue: rating.value,
          ratingColor: rating.color,
          ratingDescription: rating.description,
          summary: v.summary,
          rationale: parsed.doc as Prisma.InputJsonObject,
          rationaleText: parsed.text,
          evidenceIds,
          signOffInput: signOffInput as unknown as Prisma.InputJsonObject,
          signOffHash: hash,
          createdAt: tick(),
        },
      });
      const verdictAt = row.createdAt;
      verdicts.push({ id: row.id, version: i + 1, hash, input: signOffInput as unknown as Prisma.InputJsonObject });
      await audit({
        actor: actor(v.author),
        action: "verdict.created",
        targetId: claim.id,
        data: { claimId: claim.id, verdictId: row.id, version: i + 1, rating: rating.label, signOffHash: hash, evidenceCount: evidenceIds.length, seed: true },
        at: verdictAt,
      });
      let approvals = 0;
      for (const r of item.reviews.filter((x) => x.version === i + 1)) {
        if (r.kind === "APPROVE") approvals++;
        const voided = i + 1 < item.versions.length && r.kind === "APPROVE";
        const review = await tx.review.create({
          data: {
            workspaceId: input.workspaceId,
            claimId: claim.id,
            verdictId: row.id,
            reviewerId: user(r.by),
            kind: r.kind,
            comment: r.kind === "REQUEST_CHANGES" ? r.comment : (r.note ?? null),
            signOffHash: hash,
            signOffInput: signOffInput as unknown as Prisma.InputJsonObject,
            createdAt: tick(),
          },
        });
        await audit({
          actor: actor(r.by),
          action: r.kind === "APPROVE" ? "review.approved" : "review.changes_requested",
          targetId: claim.id,
          data: {
            claimId: claim.id,
            reviewId: review.id,
            verdictVersion: i + 1,
            signOffHash: hash,
            ...(r.kind === "REQUEST_CHANGES" ? { comment: r.comment } : { quorum: describeQuorum(approvals, requiredApprovals) }),
            seed: true,
          },
          at: review.createdAt,
        });
        // A change request opens a thread about the version, as the workflow does.
        if (r.kind === "REQUEST_CHANGES") {
          await tx.comment.create({
            data: { workspaceId: input.workspaceId, claimId: claim.id, authorId: user(r.by), body: r.comment, verdictVersion: i + 1, mentionedIds: [], createdAt: review.createdAt },
          });
        }
        if (voided) {
          // Voided by the next version, saved after it: kept and shown struck through with the reason.
          await tx.review.update({ where: { id: review.id }, data: { voidedAt: new Date(clock + HOUR + 60_000), voidReason: item.voidReason ?? "The verdict changed.", voidedById: user(item.versions[i + 1]!.author) } });
          await audit({
            actor: actor(item.versions[i + 1]!.author),
            action: "review.approvals_voided",
            targetId: claim.id,
            data: { claimId: claim.id, reason: item.voidReason ?? "The verdict changed.", parts: ["summary", "rationale"], count: 1, seed: true },
            at: new Date(clock + HOUR + 60_000),
          });
        }
      }
    }
    for (const thread of item.threads ?? []) {
      const at = tick();
      const root = await tx.comment.create({
        data: {
          workspaceId: input.workspaceId,
          claimId: claim.id,
          authorId: user(thread.by),
          body: mentionsIn(thread.body),
          mentionedIds: mentionedUserIds(mentionsIn(thread.body)),
          createdAt: at,
          ...(thread.resolvedBy ? { resolvedAt: new Date(at.getTime() + 40 * 60_000), resolvedById: user(thread.resolvedBy) } : {}),
        },
      });
      await notify(tx, { workspaceId: input.workspaceId, claimId: claim.id, event: { kind: "mention", actorId: user(thread.by), mentionedIds: root.mentionedIds }, data: { excerpt: commentPlainText(root.body) } });
      for (const [k, reply] of thread.replies.entries()) {
        const body = mentionsIn(reply.body);
        await notify(tx, { workspaceId: input.workspaceId, claimId: claim.id, event: { kind: "mention", actorId: user(reply.by), mentionedIds: mentionedUserIds(body) }, data: { excerpt: commentPlainText(body) } });
        await tx.comment.create({
          data: {
            workspaceId: input.workspaceId,
            claimId: claim.id,
            threadId: root.id,
            authorId: user(reply.by),
            body: mentionsIn(reply.body),
            mentionedIds: mentionedUserIds(mentionsIn(reply.body)),
            createdAt: new Date(at.getTime() + (k + 1) * 10 * 60_000),
          },
        });
      }
    }
    // Reviewers asked for a claim still in review have that request waiting for them.
    if (claim.status === "IN_REVIEW") {
      await notify(tx, { workspaceId: input.workspaceId, claimId: claim.id, event: { kind: "review_requested", actorId: user(item.versions.at(-1)!.author), reviewerIds: item.reviewers.map(user) } });
    }
    if (claim.status === "IN_REVIEW" || claim.status === "APPROVED") {
      await tx.textLock.create({ data: { claimId: claim.id, documentId: claim.documentId, workspaceId: input.workspaceId, scope: "CLAIM_REVIEW", lockedById: user(item.versions.at(-1)!.author) } });
    }
  }
}
