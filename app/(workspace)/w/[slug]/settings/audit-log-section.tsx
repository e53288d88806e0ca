import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AUDIT_ACTION_GROUPS, AUDIT_TARGET_TYPES } from "@/lib/domain/audit/audit-actions";
import { describeAuditEvent } from "@/lib/domain/audit/describe-audit-event";
import type { TMemberDto } from "@/lib/domain/workspaces/member-dto";
import { isAppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { listAuditEvents, ZListAuditEventsInput } from "@/lib/server/audit/list-audit-events";

export const AUDIT_FILTER_KEYS = ["member", "action", "targetType", "targetId", "from", "to"] as const;
export type TAuditFilterParams = Partial<Record<(typeof AUDIT_FILTER_KEYS)[number] | "before", string | string[]>>;

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const inputClass =
  "mt-1 block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600";

/** The query string of the filters (empty ones left out), plus `extra`. */
function query(filters: Record<string, string>, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), ...extra }).toString();
  return q ? `?${q}` : "";
}

/** The workspace log in settings (owners and admins): filters, newest first, 25 a page, and the same filters as a CSV export. */
export async function AuditLogSection({ actor, slug, params, members }: { actor: TActor; slug: string; params: TAuditFilterParams; members: TMemberDto[] }) {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
  const filters = Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, one(params[k])])) as Record<(typeof AUDIT_FILTER_KEYS)[number], string>;
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const before = one(params.before);
  const parsed = ZListAuditEventsInput.safeParse({ workspaceSlug: slug, limit: 25, ...(before ? { cursor: before } : {}), ...active });
  let error: string | null = null;
  let page: Awaited<ReturnType<typeof listAuditEvents>> | null = null;
  if (!parsed.success) {
    error = parsed.error.issues[0]?.message ?? "Check the filters.";
  } else {
    try {
      page = await listAuditEvents({ actor, ...parsed.data });
    } catch (e) {
      if (!isAppError(e) || e.code !== "BAD_REQUEST") throw e;
      error = e.message;
    }
  }
  const filtered = Object.keys(active).length > 0;
  const base = `/w/${slug}/settings`;

  return (
    <div id="audit-log" className="scroll-mt-28">
      <Card
        title="Audit log"
        description="Every change to claims, verdicts, reviews, evidence, members and settings, newest first. Times in UTC. The log cannot be edited or deleted."
        actions={
          <a href={`/api/w/${slug}/audit/export.csv${query(active)}`} className={buttonClass("secondary", "shrink-0")} download>
            Export CSV{filtered ? " (filtered)" : ""}
          </a>
        }
      >
        <form method="get" action={`${base}#audit-log`} className="mb-4 grid gap-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-3" aria-label="Filter the audit log">
          <label className="text-xs font-medium text-slate-700">
            Who
            <select name="member" defaultValue={filters.member} className={inputClass}>
              <option value="">Anyone</option>
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name} ({m.email})
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium text-slate-700">
            Action
            <select name="action" defaultValue={filters.action} className={inputClass}>
              <option value="">Any action</option>
              {filters.action && !AUDIT_ACTION_GROUPS.some((g) => g.prefix === filters.action || (g.actions as readonly string[]).includes(filters.action)) && (
                <option value={filters.action}>{filters.action}</option>
              )}
              {AUDIT_ACTION_GROUPS.map((g) => (
                <optgroup key={g.prefix} label={g.label}>
                  <option value={g.prefix}>All {g.label.toLowerCase()} events ({g.prefix})</option>
                  {g.actions.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium text-slate-700">
            Target type
            <select name="targetType" defaultValue={filters.targetType} className={inputClass}>
              <option value="">Any</option>
              {AUDIT_TARGET_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium text-slate-700">
            Target id
            <input name="targetId" defaultValue={filters.targetId} placeholder="e.g. a claim's id" className={`${inputClass} font-mono`} spellCheck={false} />
          </label>
          <label className="text-xs font-medium text-slate-700">
            From (UTC day)
            <input type="date" name="from" defaultValue={filters.from} className={inputClass} />
          </label>
          <label className="text-xs font-medium text-slate-700">
            To (UTC day, included)
            <input type="date" name="to" defaultValue={filters.to} className={inputClass} />
          </label>
          <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
            <button type="submit" className={buttonClass("primary")}>
              Filter
            </button>
            {filtered && (
              <ButtonLink variant="ghost" href={`${base}#audit-log`}>
                Clear filters
              </ButtonLink>
            )}
          </div>
        </form>

        {error && <Alert tone="error">{error}</Alert>}
        {page && page.events.length === 0 && (
          <p className="text-sm text-slate-600">No events{filtered ? " match these filters" : ""}{before ? " older than these" : ""}.</p>
        )}
        {page && page.events.length > 0 && (
          <ol className="divide-y divide-slate-100" data-testid="audit-log">
            {page.events.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2.5 text-sm">
                <div className="min-w-0">
                  <p className="text-slate-800">{describeAuditEvent({ action: e.action, data: e.data, actorName: e.actor?.name ?? null })}</p>
                  <p className="text-xs text-slate-500">
                    <code className="font-mono">{e.action}</code>
                    {e.targetId && (
                      <>
                        {" · "}
                        <a className="hover:underline" href={`${base}${query(active, { targetType: e.targetType, targetId: e.targetId })}#audit-log`} title="Everything about this target">
                          {e.targetType} {e.targetId.slice(0, 8)}
                        </a>
                      </>
                    )}
                  </p>
                </div>
                <time dateTime={e.createdAt.toISOString()} className="shrink-0 text-xs text-slate-500">
                  {fmt.format(e.createdAt)} UTC
                </time>
              </li>
            ))}
          </ol>
        )}
        {page && (before || page.nextCursor) && (
          <div className="mt-4 flex gap-3">
            {before && (
              <ButtonLink variant="secondary" href={`${base}${query(active)}#audit-log`}>
                Newest
              </ButtonLink>
            )}
            {page.nextCursor && (
              <ButtonLink variant="secondary" href={`${base}${query(active, { before: page.nextCursor })}#audit-log`}>
                Older events
              </ButtonLink>
            )}
          </div>
        )}
      </Card>
    </div>
  );
}
