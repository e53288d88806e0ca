import Link from "next/link";
import { RoleBadge } from "@/components/ui/role-badge";
import type { TMyWorkspaceDto } from "@/lib/domain/workspaces/workspace-dto";

export type TWorkspaceSummary = Pick<TMyWorkspaceDto, "slug" | "name" | "role" | "memberCount">;

export function WorkspaceCard({ workspace, lastOpened = false }: { workspace: TWorkspaceSummary; lastOpened?: boolean }) {
  return (
    <Link
      href={`/w/${workspace.slug}`}
      className={`group block rounded-lg bg-white p-5 shadow-sm ring-1 transition hover:shadow-md hover:ring-brand-500 ${lastOpened ? "ring-brand-500" : "ring-slate-200"}`}
    >
      <div className="flex items-start gap-3">
        <span aria-hidden className="grid h-10 w-10 shrink-0 place-items-center rounded-md bg-slate-800 text-base font-semibold text-white">
          {workspace.name.trim().charAt(0).toUpperCase() || "W"}
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="truncate font-semibold text-slate-900 group-hover:text-brand-700">{workspace.name}</h3>
          <p className="truncate text-sm text-slate-500">/w/{workspace.slug}</p>
        </div>
      </div>
      <div className="mt-4 flex items-center justify-between text-sm text-slate-600">
        <span>
          {workspace.memberCount} {workspace.memberCount === 1 ? "member" : "members"}
        </span>
        <span className="flex items-center gap-2">
          {lastOpened && <span className="text-xs font-medium text-brand-700">Last opened</span>}
          <RoleBadge role={workspace.role} />
        </span>
      </div>
    </Link>
  );
}
