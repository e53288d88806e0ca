import "server-only";
import { randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { Transform } from "@tiptap/pm/transform";
import { db, type TTx } from "@/lib/db";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { buildTextMap, textRangeToPos } from "@/lib/editor/text-map";
import { documentSchema, jsonToYState } from "@/lib/editor/ydoc-convert";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { createDocumentFromImport } from "@/lib/server/documents/create-document-from-import";
import { importPasted } from "@/lib/server/import/import-pasted";
import { seedDemoEvidence } from "./seed-demo-evidence";
import { seedDemoPublications } from "./seed-demo-publications";
import { seedDemoReviews } from "./seed-demo-reviews";
import { DEMO_CLAIMS, type TDemoClaim } from "@/prisma/seed/demo-claims";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "@/prisma/seed/demo-content";
import { DEMO_DOCUMENTS } from "@/prisma/seed/demo-documents";

/**
 * Creates the demo workspace and users once. "Once" is keyed on the demo admin's account: a second
 * start finds it and leaves the database alone, even if the demo data was edited since.
 */
export async function seedDemo(): Promise<{ seeded: boolean }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_USERS[0].email } });
  if (existing) return { seeded: false };

  // The same hashing as sign-up, so demo accounts sign in like any other.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: { ...DEMO_WORKSPACE } });
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const user = await tx.user.create({ data: { email: u.email, name: u.name, passwordHash } });
      userIds.set(u.email, user.id);
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: u.role } });
      if (u.role === "OWNER") {
        await recordAuditEvent(tx, {
          actor: { userId: user.id, via: "session" },
          workspaceId: workspace.id,
          action: "workspace.created",
          targetType: "workspace",
          targetId: workspace.id,
          data: { name: workspace.name, slug: workspace.slug, seed: true },
        });
      }
    }
    // Through the same import path as a user's paste, so demo documents look exactly like real ones.
    for (const d of DEMO_DOCUMENTS) {
      const imported = importPasted({ format: "text", content: d.body });
      const doc = await createDocumentFromImport(
        {
          actor: { userId: userIds.get(d.importedBy)!, via: "session" },
          workspaceSlug: workspace.slug,
          imported: { ...imported, title: d.title, publisher: d.publisher, author: d.author, publishedAt: d.publishedAt, sourceUrl: d.sourceUrl },
        },
        tx,
      );
      const claims = DEMO_CLAIMS.filter((c) => c.document === d.title);
      if (claims.length > 0) await seedDemoClaims(tx, { workspaceId: workspace.id, documentId: doc.id, sourceUrl: d.sourceUrl, json: imported.json, text: imported.text, claims, userIds });
    }
    await seedDemoEvidence(tx, { workspaceId: workspace.id, userIds });
    await seedDemoReviews(tx, { workspaceId: workspace.id, userIds });
    await seedDemoPublications(tx, { workspaceId: workspace.id, userIds });
  });
  return { seeded: true };
}

function locate(text: string, claim: TDemoClaim): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= (claim.occurrence ?? 0); i++) start = text.indexOf(claim.quote, start + 1);
  // Demo data is ours: a quote that drifted from its article is a bug to fix, not to skip.
  if (start < 0) throw new Error(`Demo claim quote not found in "${claim.document}": ${claim.quote}`);
  return { start, end: start + claim.quote.length };
}

const day = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

/**
 * What the claims API does for each claim, done at once for a new document: claim marks into the
 * document (JSON and the Y.js state built from it, so the collab server opens it with the marks),
 * Claim rows whose selectors are computed from that same text, and their audit records.
 * A detached demo claim gets its row but no mark.
 */
async function seedDemoClaims(
  tx: TTx,
  input: { workspaceId: string; documentId: string; sourceUrl: string; json: JSONContent; text: string; claims: TDemoClaim[]; userIds: Map<string, string> },
) {
  const schema = documentSchema();
  const node = schema.nodeFromJSON(input.json);
  const map = buildTextMap(node);
  if (map.text !== input.text) throw new Error("Demo document text does not match its JSON.");
  const tr = new Transform(node);
  const rows = input.claims.map((c) => {
    const { start, end } = locate(map.text, c);
    const id = randomUUID();
    const quote = quoteSelectorAt(map.text, start, end);
    if (!c.detachedQuote) {
      const range = textRangeToPos(map, start, end);
      if (!range) throw new Error(`Demo claim range maps to no document position: ${c.quote}`);
      tr.addMark(range.from, range.to, schema.marks.claim!.create({ id }));
    }
    return { c, id, start, end, quote: c.detachedQuote ? { ...quote, exact: c.detachedQuote } : quote };
  });
  const json = tr.doc.toJSON() as JSONContent;
  await tx.document.update({
    where: { id: input.documentId },
    data: { content: json as object, ydoc: new Uint8Array(jsonToYState(json)) },
  });
  for (const { c, id, start, end, quote } of rows) {
    const createdById = input.userIds.get(c.createdBy)!;
    await tx.claim.create({
      data: {
        id,
        workspaceId: input.workspaceId,
        documentId: input.documentId,
        quoteExact: quote.exact,
        quotePrefix: quote.prefix,
        quoteSuffix: quote.suffix,
        positionStart: start,
        positionEnd: end,
        detachedAt: c.detachedQuote ? new Date() : null,
        text: c.text,
        claimant: c.claimant,
        claimDate: day(c.claimDate),
        appearanceUrl: input.sourceUrl,
        checkworthiness: c.checkworthiness,
        tags: c.tags,
        status: c.status,
        assigneeId: c.assignee ? input.userIds.get(c.assignee)! : null,
        dueDate: day(c.dueDate),
        createdById,
      },
    });
    const actor: TActor = { userId: createdById, via: "session" };
    await recordAuditEvent(tx, {
      actor,
      workspaceId: input.workspaceId,
      action: "claim.created",
      targetType: "claim",
      targetId: id,
      data: { documentId: input.documentId, quote: quote.exact, text: c.text, start, end, seed: true },
    });
  }
}
