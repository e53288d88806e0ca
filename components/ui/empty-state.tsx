import type { ReactNode } from "react";

/**
 * `level` keeps the heading outline valid (axe heading-order): 2 directly under a page's h1,
 * 3 (default) inside a Card or section whose own heading is an h2.
 */
export function EmptyState({ title, children, action, level = 3 }: { title: string; children?: ReactNode; action?: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="rounded-lg border-2 border-dashed border-slate-200 px-6 py-12 text-center">
      <Heading className="text-sm font-semibold text-slate-900">{title}</Heading>
      {children && <div className="mx-auto mt-1 max-w-md text-sm text-slate-500">{children}</div>}
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
