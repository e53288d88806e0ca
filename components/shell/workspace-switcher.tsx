"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ROLE_LABELS } from "@/lib/domain/roles";
import type { TMyWorkspaceDto } from "@/lib/domain/workspaces/workspace-dto";
import { Dropdown, dropdownItemClass } from "@/components/shell/dropdown";
import { currentSlug } from "@/components/shell/current-slug";

export type TSwitcherWorkspace = Pick<TMyWorkspaceDto, "slug" | "name" | "role">;

function Initial({ name }: { name: string }) {
  return (
    <span aria-hidden className="grid h-6 w-6 shrink-0 place-items-center rounded bg-slate-800 text-xs font-semibold text-white">
      {name.trim().charAt(0).toUpperCase() || "W"}
    </span>
  );
}

/** Shows the workspace in the URL and lets the user jump to any of theirs. */
export function WorkspaceSwitcher({ workspaces }: { workspaces: TSwitcherWorkspace[] }) {
  const slug = currentSlug(usePathname());
  const current = workspaces.find((w) => w.slug === slug);
  return (
    <Dropdown
      buttonClassName="flex max-w-[12rem] items-center sm:max-w-[16rem] gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
      button={
        <>
          {current ? <Initial name={current.name} /> : null}
          <span className="sr-only">Switch workspace{current ? ", current:" : ""} </span>
          <span className="truncate">{current?.name ?? "Workspaces"}</span>
          <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 shrink-0 text-slate-400" fill="currentColor">
            <path fillRule="evenodd" d="M10 3a.75.75 0 0 1 .55.24l3.25 3.5a.75.75 0 1 1-1.1 1.02L10 4.852 7.3 7.76a.75.75 0 0 1-1.1-1.02l3.25-3.5A.75.75 0 0 1 10 3Zm-3.76 9.2a.75.75 0 0 1 1.06.04l2.7 2.908 2.7-2.908a.75.75 0 1 1 1.1 1.02l-3.25 3.5a.75.75 0 0 1-1.1 0l-3.25-3.5a.75.75 0 0 1 .04-1.06Z" clipRule="evenodd" />
          </svg>
        </>
      }
    >
      {(close) => (
        <div className="py-1">
          <p className="px-3 pb-1 pt-2 text-xs font-medium uppercase tracking-wide text-slate-500">Your workspaces</p>
          {workspaces.length === 0 && <p className="px-3 py-2 text-sm text-slate-500">None yet.</p>}
          <ul>
            {workspaces.map((w) => (
              <li key={w.slug}>
                <Link
                  href={`/w/${w.slug}`}
                  data-dropdown-item
                  onClick={close}
                  aria-current={w.slug === slug ? "page" : undefined}
                  className={`${dropdownItemClass} ${w.slug === slug ? "bg-brand-50/60" : ""}`}
                >
                  <Initial name={w.name} />
                  <span className="min-w-0 flex-1 truncate">{w.name}</span>
                  <span className="text-xs text-slate-500">{ROLE_LABELS[w.role]}</span>
                  {w.slug === slug && (
                    <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 text-brand-600" fill="currentColor">
                      <path fillRule="evenodd" d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z" clipRule="evenodd" />
                    </svg>
                  )}
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-1 border-t border-slate-100 pt-1">
            <Link href="/dashboard" data-dropdown-item onClick={close} className={dropdownItemClass}>
              All workspaces
            </Link>
            <Link href="/dashboard#create-workspace" data-dropdown-item onClick={close} className={dropdownItemClass}>
              <span aria-hidden className="text-brand-600">+</span> Create workspace
            </Link>
          </div>
        </div>
      )}
    </Dropdown>
  );
}
