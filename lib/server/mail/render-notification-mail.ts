import "server-only";
import { NOTIFICATION_KIND_LABELS, type TNotificationKind } from "@/lib/domain/notifications/fan-out";
import type { TMail } from "@/lib/server/mail/send-mail";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type TMailedNotification = {
  id: string;
  kind: TNotificationKind;
  /** The sentence (describeNotification), plain text. */
  text: string;
  /** Absolute link to the place it is about. */
  url: string;
  workspaceName: string;
};

type TMailLinks = { settingsUrl: string; unsubscribeUrl: string | null; oneClickUrl: string | null; unsubscribeLabel: string };

/** RFC 2369/8058 headers: mail clients show their own "Unsubscribe" and may post to it in one click. */
function unsubscribeHeaders(oneClickUrl: string | null): Record<string, string> {
  return oneClickUrl ? { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {};
}

function footer(links: TMailLinks): { text: string[]; html: string } {
  const text = [
    "",
    "—",
    links.unsubscribeUrl ? `Stop these mails (${links.unsubscribeLabel}): ${links.unsubscribeUrl}` : null,
    `All notification settings: ${links.settingsUrl}`,
  ].filter((l): l is string => l !== null);
  const html = `<p style="color:#64748b;font-size:12px">${
    links.unsubscribeUrl ? `<a href="${escape(links.unsubscribeUrl)}">Stop these mails</a> (${escape(links.unsubscribeLabel)}) · ` : ""
  }<a href="${escape(links.settingsUrl)}">Notification settings</a></p>`;
  return { text, html };
}

/**
 * A mail for one notification, sent as it happens (mentions, review requests). Plain text first
 * (what many clients show), a minimal HTML twin; every user-written string is escaped. The
 * Message-ID is the notification's, so a mail re-sent after a crash is recognisably the same one.
 */
export function renderNotificationMail(opts: { to: string; host: string; notification: TMailedNotification; claimText: string | null } & Omit<TMailLinks, "unsubscribeLabel">): TMail {
  const n = opts.notification;
  const links = { ...opts, unsubscribeLabel: NOTIFICATION_KIND_LABELS[n.kind].toLowerCase() };
  const f = footer(links);
  const subject = `${n.text.length > 120 ? `${n.text.slice(0, 119).trimEnd()}…` : n.text} · ${n.workspaceName}`;
  const text = [n.text, "", ...(opts.claimText ? [`Claim: ${opts.claimText}`, ""] : []), `Open it: ${n.url}`, ...f.text].join("\n");
  const html = `<p>${escape(n.text)}</p>
${opts.claimText ? `<blockquote style="border-left:3px solid #cbd5e1;margin:0;padding-left:12px;color:#334155">${escape(opts.claimText)}</blockquote>` : ""}
<p><a href="${escape(n.url)}">Open it in ${escape(n.workspaceName)}</a></p>
${f.html}`;
  return { to: opts.to, subject, text, html, headers: unsubscribeHeaders(opts.oneClickUrl), messageId: `<notification-${n.id}@${opts.host}>` };
}

/** The daily digest: what happened since the last one, by workspace, newest first. */
export function renderDigestMail(opts: { to: string; host: string; digestId: string; notifications: readonly TMailedNotification[] } & Omit<TMailLinks, "unsubscribeLabel">): TMail {
  const count = opts.notifications.length;
  const byWorkspace = new Map<string, TMailedNotification[]>();
  for (const n of opts.notifications) byWorkspace.set(n.workspaceName, [...(byWorkspace.get(n.workspaceName) ?? []), n]);
  const f = footer({ ...opts, unsubscribeLabel: "the daily digest" });
  const subject = `Factdesk: ${count} update${count === 1 ? "" : "s"} for you`;
  const text = [
    ...[...byWorkspace].flatMap(([ws, items]) => [ws, ...items.map((n) => `- ${n.text}\n  ${n.url}`), ""]),
    ...f.text,
  ].join("\n");
  const html = [...byWorkspace]
    .map(([ws, items]) => `<h3 style="margin:16px 0 4px">${escape(ws)}</h3><ul>${items.map((n) => `<li><a href="${escape(n.url)}">${escape(n.text)}</a></li>`).join("")}</ul>`)
    .join("\n")
    .concat(`\n${f.html}`);
  return { to: opts.to, subject, text, html, headers: unsubscribeHeaders(opts.oneClickUrl), messageId: `<digest-${opts.digestId}@${opts.host}>` };
}
