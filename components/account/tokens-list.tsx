import { formatDate, timeAgo } from "@/components/ui/format";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { TApiTokenDto } from "@/lib/domain/tokens/api-token-dto";

export function TokensList({ tokens, revokeAction }: { tokens: TApiTokenDto[]; revokeAction: (formData: FormData) => Promise<void> }) {
  if (tokens.length === 0) {
    return (
      <EmptyState title="No personal access tokens">
        Tokens let scripts and integrations call the Factdesk API as you. Send one as <code className="font-mono text-xs">Authorization: Bearer fdk_…</code>.
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-slate-100" aria-label="Personal access tokens">
      {tokens.map((t) => (
        <li key={t.id} className="flex items-center gap-3 py-3 first:pt-0">
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
              <span className="truncate">{t.name}</span>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600">{t.prefix}…</code>
              {t.access === "READ_ONLY" && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-200">Read only</span>}
              {t.expired && <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-200">Expired</span>}
            </p>
            <p className="text-xs text-slate-500">
              Created {formatDate(t.createdAt)} · {t.lastUsedAt ? `Last used ${timeAgo(t.lastUsedAt)}` : "Never used"} ·{" "}
              {t.expiresAt ? `${t.expired ? "Expired" : "Expires"} ${formatDate(t.expiresAt)}` : "No expiry"}
            </p>
          </div>
          <form action={revokeAction}>
            <input type="hidden" name="tokenId" value={t.id} />
            <button type="submit" className={buttonClass("secondary", "px-2.5 py-1.5 text-xs text-red-700")} aria-label={`Revoke token ${t.name}`}>
              Revoke
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
