import { describeActivity } from "@/lib/domain/activity";
import { describeTimelineEvent } from "@/lib/domain/reviews/timeline-text";

/** An audit event as the workspace log describes it. */
export type TAuditEventForText = { action: string; data: unknown; actorName: string | null };

const TIMELINE_FIRST = /^(review\.|verdict\.|claim\.(status_changed|reviewers_changed|withdrawn|public_slug_changed)$)/u;

const names = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * One sentence for any audit event, naming who acted: the workspace log's words
 * (lib/domain/activity) where they know the action, the claim timeline's for claims, verdicts,
 * reviews and evidence they do not, and a sentence of its own for the rating scale. Pure.
 */
export function describeAuditEvent(e: TAuditEventForText): string {
  const who = e.actorName?.trim() || "Someone";
  if (e.action === "workspace.rating_scale_updated") {
    const d = (e.data ?? {}) as { labels?: { after?: { ratings?: unknown; nonScale?: unknown } }; isDefault?: { to?: unknown } };
    if (d.isDefault?.to === true) return `${who} reset the rating scale to the default.`;
    const ratings = names(d.labels?.after?.ratings);
    const other = names(d.labels?.after?.nonScale);
    if (ratings.length === 0) return `${who} changed the rating scale.`;
    return `${who} changed the rating scale to ${ratings.join(", ")}${other.length ? ` (outside the scale: ${other.join(", ")})` : ""}.`;
  }
  if (e.action === "workspace.public_profile_updated") {
    const d = (e.data ?? {}) as { publicName?: unknown; showNames?: unknown };
    const name = typeof d.publicName === "string" && d.publicName.trim() ? ` (public name “${d.publicName.trim().slice(0, 80)}”${d.showNames === false ? ", names hidden" : ""})` : "";
    return `${who} updated the public pages’ profile${name}.`;
  }
  // The timeline's sentences name the version, the quorum and the reason: fuller than the overview's.
  if (TIMELINE_FIRST.test(e.action)) return describeTimelineEvent(e).text;
  const activity = describeActivity({ action: e.action, data: e.data });
  if (activity !== e.action) return `${who} ${activity}.`.replace(/([.!?])\.$/u, "$1");
  return describeTimelineEvent(e).text;
}
