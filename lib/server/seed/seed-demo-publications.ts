import "server-only";
import type { TTx } from "@/lib/db";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import { verdictRating } from "@/lib/domain/reviews/default-rating-scale";
import { parseRationale } from "@/lib/editor/rationale-extensions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { createPublication } from "@/lib/server/publishing/create-publication";
import { writeRetraction } from "@/lib/server/publishing/retract-verdict";
import { computeSignOff } from "@/lib/server/reviews/compute-sign-off";
import { loadReviewContext } from "@/lib/server/reviews/load-review-context";
import { DEMO_PUBLICATIONS } from "@/prisma/seed/demo-publications";

/**
 * Publishes the demo's chosen approved claims (prisma/seed/demo-publications.ts) through the
 * app's own publication code, so /p/demo shows real pages: the content frozen from the approved
 * verdict, a correction that went through sign-off again (a new verdict version, approved, then
 * published with its note), a retraction. Runs after the review seed, in the seed's transaction.
 */
export async function seedDemoPublications(tx: TTx, input: { workspaceId: string; userIds: Map<string, string> }) {
  const user = (email: string) => {
    const id = input.userIds.get(email);
    if (!id) throw new Error(`Demo publication names an unknown user: ${email}`);
    return id;
  };
  const publisher: TActor = { userId: user("admin@example.com"), via: "session" };
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { ratingScale: true } });
  const { scale } = ratingScaleFromStored(workspace.ratingScale);

  for (const item of DEMO_PUBLICATIONS) {
    const claim = await tx.claim.findFirst({ where: { workspaceId: input.workspaceId, quoteExact: { startsWith: item.claimQuote } }, select: { id: true, status: true } });
    if (!claim || claim.status !== "APPROVED") throw new Error(`Demo publication names a claim that is not approved in the demo: ${item.claimQuote}`);
    await createPublication(tx, await loadReviewContext(tx, input.workspaceId, claim.id), { actor: publisher, workspaceId: input.workspaceId, kind: "PUBLISH", note: null });
    // Published claims live on in their publication: the review text lock goes.
    await tx.textLock.deleteMany({ where: { claimId: claim.id } });
    let status: "PUBLISHED" | "CORRECTED" = "PUBLISHED";

    if (item.correction) {
      const c = item.correction;
      const rating = verdictRating(scale, c.rating);
      if (!rating) throw new Error(`Demo correction rating is not on the default scale: ${c.rating}`);
      const parsed = parseRationale({ type: "doc", content: c.rationale.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })) });
      if (!parsed.ok) throw new Error(`Demo rationale is invalid: ${parsed.error}`);
      const ctx = await loadReviewContext(tx, input.workspaceId, claim.id);
      const evidenceIds = ctx.verdict!.evidenceIds;
      const signed = await computeSignOff(tx, ctx.claim, { ratingLabel: rating.label, ratingValue: rating.value, summary: c.summary, rationale: parsed.doc, evidenceIds });
      const verdict = await tx.verdict.create({
        data: {
          workspaceId: input.workspaceId,
          claimId: claim.id,
          version: ctx.verdict!.version + 1,
          authorId: user(c.author),
          ratingLabel: rating.label,
          ratingValue: rating.value,
          ratingColor: rating.color,
          ratingDescription: rating.description,
          summary: c.summary,
          rationale: parsed.doc as Prisma.InputJsonObject,
          rationaleText: parsed.text,
          evidenceIds,
          signOffInput: signed.input as unknown as Prisma.InputJsonObject,
          signOffHash: signed.hash,
        },
      });
      // The first version's approvals stop counting when the new version is saved, as in the app.
      await tx.review.updateMany({ where: { claimId: claim.id, voidedAt: null }, data: { voidedAt: new Date(), voidReason: `Version ${verdict.version} of the verdict was saved.`, voidedById: user(c.author) } });
      for (const by of c.approvals) {
        await tx.review.create({
          data: { workspaceId: input.workspaceId, claimId: claim.id, verdictId: verdict.id, reviewerId: user(by), kind: "APPROVE", signOffHash: signed.hash, signOffInput: signed.input as unknown as Prisma.InputJsonObject },
        });
      }
      await createPublication(tx, await loadReviewContext(tx, input.workspaceId, claim.id), { actor: publisher, workspaceId: input.workspaceId, kind: "CORRECTION", note: c.note });
      status = "CORRECTED";
    }
    if (item.retraction) await writeRetraction(tx, { actor: publisher, workspaceId: input.workspaceId, claimId: claim.id, note: item.retraction });
    await tx.claim.update({ where: { id: claim.id }, data: { status } });
  }
}
