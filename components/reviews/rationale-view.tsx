import type { ReactNode } from "react";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import { isAllowedHref } from "@/lib/editor/link-policy";

/**
 * A verdict's rationale (Tiptap JSON in the rationale schema) as read-only HTML, built as React
 * elements so every text is escaped; links only to allowed addresses, opened safely.
 */
export function RationaleView({ doc }: { doc: TTiptapNode }) {
  const blocks = doc.content ?? [];
  if (blocks.every((b) => !b.content?.length)) return <p className="text-sm text-slate-500 italic">No rationale written.</p>;
  return <div className="space-y-2 text-sm leading-relaxed text-slate-800">{blocks.map((b, i) => block(b, i))}</div>;
}

function block(node: TTiptapNode, key: number): ReactNode {
  const children = (node.content ?? []).map((c, i) => (c.type === "text" || c.type === "hardBreak" ? inline(c, i) : block(c, i)));
  switch (node.type) {
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "bulletList":
      return (
        <ul key={key} className="list-disc space-y-1 pl-5">
          {children}
        </ul>
      );
    case "orderedList":
      return (
        <ol key={key} className="list-decimal space-y-1 pl-5">
          {children}
        </ol>
      );
    case "listItem":
      return <li key={key}>{children}</li>;
    case "blockquote":
      return (
        <blockquote key={key} className="border-l-2 border-slate-300 pl-3 text-slate-700">
          {children}
        </blockquote>
      );
    default:
      return <div key={key}>{children}</div>;
  }
}

function inline(node: TTiptapNode, key: number): ReactNode {
  if (node.type === "hardBreak") return <br key={key} />;
  let out: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "strike") out = <s>{out}</s>;
    else if (mark.type === "link") {
      const href = String(mark.attrs?.href ?? "");
      if (isAllowedHref(href)) {
        out = (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="text-sky-800 underline underline-offset-2 hover:text-sky-950">
            {out}
          </a>
        );
      }
    }
  }
  return <span key={key}>{out}</span>;
}
