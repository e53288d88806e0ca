import { commentSegments } from "@/lib/domain/conversation/comment-text";

/** A comment's text as React text: mentions as @Name, http(s) addresses as links; nothing else is interpreted. */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="text-sm leading-relaxed break-words whitespace-pre-line text-slate-800">
      {commentSegments(body).map((s, i) =>
        s.type === "mention" ? (
          <span key={i} className="rounded bg-sky-50 px-0.5 font-medium text-sky-900" data-testid="mention">
            @{s.name}
          </span>
        ) : s.type === "link" ? (
          <a key={i} href={s.href} rel="noopener noreferrer nofollow ugc" target="_blank" className="text-sky-800 underline underline-offset-2 hover:text-sky-950">
            {s.text}
          </a>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
