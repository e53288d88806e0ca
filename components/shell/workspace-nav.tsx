"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentSlug } from "@/components/shell/current-slug";

/** Overview / Documents / Claims / Review queue / Sources / Members / Settings for the workspace in the URL; nothing outside a workspace. */
export function WorkspaceNav({ slugs }: { slugs: string[] }) {
  const pathname = usePathname() ?? "";
  const slug = currentSlug(pathname);
  if (!slug || !slugs.includes(slug)) return null;
  const base = `/w/${slug}`;
  const links = [
    { href: base, label: "Overview", active: pathname === base },
    { href: `${base}/documents`, label: "Documents", active: pathname.startsWith(`${base}/documents`) },
    { href: `${base}/claims`, label: "Claims", active: pathname.startsWith(`${base}/claims`) },
    { href: `${base}/review`, label: "Review queue", active: pathname.startsWith(`${base}/review`) },
    { href: `${base}/sources`, label: "Sources", active: pathname.startsWith(`${base}/sources`) },
    { href: `${base}/members`, label: "Members", active: pathname.startsWith(`${base}/members`) },
    { href: `${base}/settings`, label: "Settings", active: pathname.startsWith(`${base}/settings`) },
  ];
  return (
    <nav aria-label="Workspace" className="-mb-px flex gap-1 overflow-x-auto">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.active ? "page" : undefined}
          className={`whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium ${
            l.active ? "border-brand-600 text-slate-900" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
          }`}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
