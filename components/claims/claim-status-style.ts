import { CLAIM_STATUS_LABELS, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { claimClassName } from "@/lib/editor/claim-mark-name";

/**
 * One colour family per claim status, for every place that shows one (editor highlights, panel,
 * cards, the claims page, the overview), ordered from cold (not started) to green (done).
 * - `bg`/`bgActive`/`line`: editor highlights. Translucent (nested claims
 * read as a darker band and the text keeps its contrast) with an underline in the solid colour,
 * so the status is not told by a faint tint alone. `line` passes 4.5:1 on white.
 * - `badge`: tint + text + ring for a pill (text at least 4.5:1 on its tint); `dot`: a solid swatch.
 */
export const CLAIM_STATUS_COLORS: Record<TClaimStatus, { bg: string; bgActive: string; line: string; badge: string; dot: string }> = {
  DRAFT: { bg: "rgba(100,116,139,0.13)", bgActive: "rgba(100,116,139,0.30)", line: "#475569", badge: "bg-slate-100 text-slate-700 ring-slate-300", dot: "bg-slate-500" },
  RESEARCHING: { bg: "rgba(14,165,233,0.16)", bgActive: "rgba(14,165,233,0.36)", line: "#0369a1", badge: "bg-sky-50 text-sky-800 ring-sky-200", dot: "bg-sky-500" },
  IN_REVIEW: { bg: "rgba(245,158,11,0.20)", bgActive: "rgba(245,158,11,0.42)", line: "#b45309", badge: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-500" },
  CHANGES_REQUESTED: { bg: "rgba(244,63,94,0.14)", bgActive: "rgba(244,63,94,0.32)", line: "#be123c", badge: "bg-rose-50 text-rose-700 ring-rose-200", dot: "bg-rose-500" },
  APPROVED: { bg: "rgba(20,184,166,0.16)", bgActive: "rgba(20,184,166,0.36)", line: "#0f766e", badge: "bg-teal-50 text-teal-800 ring-teal-200", dot: "bg-teal-500" },
  PUBLISHED: { bg: "rgba(16,185,129,0.16)", bgActive: "rgba(16,185,129,0.36)", line: "#047857", badge: "bg-emerald-50 text-emerald-800 ring-emerald-200", dot: "bg-emerald-600" },
  CORRECTED: { bg: "rgba(139,92,246,0.15)", bgActive: "rgba(139,92,246,0.34)", line: "#6d28d9", badge: "bg-violet-50 text-violet-700 ring-violet-200", dot: "bg-violet-500" },
};

export const claimStatusLabel = (s: TClaimStatus) => CLAIM_STATUS_LABELS[s] ?? s;

/**
 * The highlight rules for the claims we know, one selector list per status, keyed by each claim's
 * class (`claimClassName`): a status change rewrites this style sheet, never the document. Ids that
 * are not UUID-like never reach it (no CSS injection through an id). Marks whose id
 * we do not know (detached, deleted, not loaded yet) match no rule and stay unstyled.
 */
export function claimHighlightCss(claims: readonly { id: string; status: TClaimStatus }[], activeIds: readonly string[] = []): string {
  const byStatus = new Map<TClaimStatus, string[]>();
  for (const c of claims) {
    const cls = claimClassName(c.id);
    if (!cls) continue;
    const list = byStatus.get(c.status) ?? [];
    list.push(`.${cls}`);
    byStatus.set(c.status, list);
  }
  const rules: string[] = [];
  for (const [status, selectors] of byStatus) {
    const color = CLAIM_STATUS_COLORS[status] ?? CLAIM_STATUS_COLORS.DRAFT;
    rules.push(
      `${selectors.join(",")}{background-color:${color.bg};text-decoration-line:underline;text-decoration-color:${color.line};text-decoration-thickness:2px;text-underline-offset:3px;cursor:pointer;border-radius:2px}`,
    );
  }
  const known = new Map(claims.map((c) => [c.id, c.status]));
  for (const id of activeIds) {
    const status = known.get(id);
    const cls = claimClassName(id);
    if (!status || !cls) continue;
    const color = CLAIM_STATUS_COLORS[status] ?? CLAIM_STATUS_COLORS.DRAFT;
    // Doubled class: outranks the status rule above without depending on source order.
    rules.push(`.${cls}.${cls}{background-color:${color.bgActive};text-decoration-thickness:3px}`);
  }
  return rules.join("\n");
}
