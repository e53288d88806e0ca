import "./editor.css";
import type { JSONContent } from "@tiptap/core";
import { Fragment, type ReactNode } from "react";
import { claimClassName } from "@/lib/editor/claim-mark-name";
import { isAllowedHref } from "@/lib/editor/link-policy";

/**
 * The stored document (Tiptap JSON) as plain React elements: what the page shows, readable at
 * once and without JavaScript, until the live editor has loaded and synced. Built from the JSON
 * rather than HTML strings, so text is escaped by React and only http(s)/mailto links survive.
 */
export function StaticDocument({ content }: { content: unknown }) {
  const doc = isNode(content) ? content : { type: "doc", content: [] };
  return <div className="factdesk-prose">{renderChildren(doc)}</div>;
}

function isNode(v: unknown): v is JSONContent {
  return typeof v === "object" && v !== null && typeof (v as { type?: unknown }).type === "string";
}

function renderChildren(node: JSONContent): ReactNode {
  return (node.content ?? []).filter(isNode).map((child, i) => <Fragment key={i}>{renderNode(child)}</Fragment>);
}

function renderNode(node: JSONContent): ReactNode {
  const children = renderChildren(node);
  switch (node.type) {
    case "text":
      return renderText(node);
    case "paragraph":
      return <p>{children}</p>;
    case "heading": {
      const level = node.attrs?.level;
      return level === 1 ? <h1>{children}</h1> : level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>;
    }
    case "bulletList":
      return <ul>{children}</ul>;
    case "orderedList": {
      const start = Number(node.attrs?.start);
      return <ol start={Number.isInteger(start) && start !== 1 ? start : undefined}>{children}</ol>;
    }
    case "listItem":
      return <li>{children}</li>;
    case "blockquote":
      return <blockquote>{children}</blockquote>;
    case "hardBreak":
      return <br />;
    default:
      return children;
  }
}

function renderText(node: JSONContent): ReactNode {
  let out: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "strike") out = <s>{out}</s>;
    else if (mark.type === "claim" && typeof mark.attrs?.id === "string") {
      // Same markup as the live editor's claim mark, so the page's claim styles apply before it loads.
      out = (
        <span className={["claim-mark", claimClassName(mark.attrs.id)].filter(Boolean).join(" ")} data-claim-id={mark.attrs.id}>
          {out}
        </span>
      );
    }
    else if (mark.type === "link") {
      const href = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
      if (isAllowedHref(href)) {
        out = (
          <a href={href} rel="noopener noreferrer nofollow">
            {out}
          </a>
        );
      }
    }
  }
  return out;
}

/**
 * The editor's frame around the static text, shaped like the live editor so nothing jumps when
 * it takes over; the status says the live connection is on its way.
 */
export function StaticEditorFrame({ content, readOnly }: { content: unknown; readOnly: boolean }) {
  return (
    <div className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-busy="true">
      <div className="flex items-center justify-between gap-4 rounded-t-lg border-b border-slate-200 px-3 py-2">
        <div className="flex h-8 items-center gap-1.5" aria-hidden="true">
          {Array.from({ length: readOnly ? 1 : 8 }, (_, i) => (
            <span key={i} className={`h-6 animate-pulse rounded bg-slate-100 ${readOnly ? "w-24" : "w-7"}`} />
          ))}
        </div>
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <span className="size-2 animate-pulse rounded-full bg-slate-400" aria-hidden="true" />
          Connecting…
        </p>
      </div>
      <div className="px-5 py-6 sm:px-10 sm:py-8">
        <StaticDocument content={content} />
      </div>
    </div>
  );
}
