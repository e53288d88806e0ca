import "server-only";
import type { db, TTx } from "@/lib/db";
import { findExcerpt, prepareExcerptText, type TExcerptText } from "@/lib/domain/evidence/find-excerpt";

type TClient = TTx | typeof db;

/**
 * Whether quoted excerpts occur in a source's newest captured text (Evidence.excerptFound). Both
 * helpers read the newest OK snapshot: a failed or pending re-fetch says nothing about the page,
 * so the last good capture stays what excerpts are checked against.
 */

async function newestCapturedText(client: TClient, sourceId: string): Promise<string | null> {
  const snap = await client.sourceSnapshot.findFirst({
    where: { sourceId, status: "OK" },
    orderBy: [{ fetchedAt: "desc" }, { createdAt: "desc" }],
    select: { text: true },
  });
  return snap?.text ?? null;
}

function found(text: string, prepared: TExcerptText, excerpt: string): boolean | null {
  if (!excerpt.trim()) return null;
  return findExcerpt(text, excerpt, prepared) !== null;
}

/**
 * For evidence being added or edited: true/false when the source has captured text, null when
 * there is nothing to check (no excerpt, no successful capture yet: the capture job rechecks).
 */
export async function excerptFoundForSource(client: TClient, sourceId: string, excerpt: string): Promise<boolean | null> {
  if (!excerpt.trim()) return null;
  // Held to the caller's commit. A capture finishing meanwhile locks the source FOR UPDATE before it
  // rechecks: either it waits for this evidence and rechecks it, or this waits and sees the capture.
  await client.$executeRaw`SELECT 1 FROM "Source" WHERE "id" = ${sourceId}::uuid FOR SHARE`;
  const text = await newestCapturedText(client, sourceId);
  if (text === null) return null;
  return found(text, prepareExcerptText(text), excerpt);
}

/**
 * Re-checks every evidence of a source against its newest captured text (after a capture), and
 * writes only the flags that changed. Does not touch `version`: the flag is derived, and a
 * capture finishing must not turn someone's open edit into a conflict. Returns how many changed.
 */
export async function recheckExcerpts(client: TClient, input: { sourceId: string }): Promise<{ changed: number }> {
  const text = await newestCapturedText(client, input.sourceId);
  const rows = await client.evidence.findMany({ where: { sourceId: input.sourceId }, select: { id: true, excerpt: true, excerptFound: true } });
  const prepared = text === null ? null : prepareExcerptText(text);
  const byValue = new Map<boolean | null, string[]>();
  for (const row of rows) {
    const value = text === null || prepared === null ? null : found(text, prepared, row.excerpt);
    if (value === row.excerptFound) continue;
    const ids = byValue.get(value) ?? [];
    ids.push(row.id);
    byValue.set(value, ids);
  }
  let changed = 0;
  for (const [value, ids] of byValue) {
    changed += (await client.evidence.updateMany({ where: { id: { in: ids }, sourceId: input.sourceId }, data: { excerptFound: value } })).count;
  }
  return { changed };
}
