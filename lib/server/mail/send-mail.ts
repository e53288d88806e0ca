import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env, smtpEnabled } from "@/lib/env";
import { log } from "@/lib/log";

let transport: Transporter | undefined;

/**
 * SMTP_URL with short timeouts unless it sets its own: mail is sent while the inviter waits, and
 * nodemailer's defaults would let an unresponsive server hold the request for minutes.
 */
function smtpUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const defaults = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "20000" };
    for (const [k, v] of Object.entries(defaults)) if (!url.searchParams.has(k)) url.searchParams.set(k, v);
    return url.toString();
  } catch {
    return raw;
  }
}

export type TMail = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string>; messageId?: string };

/**
 * Sends a mail, throwing when the SMTP server refuses or cannot be reached: for background jobs,
 * which retry. Returns false without sending when SMTP_URL is not set.
 */
export async function deliverMail(mail: TMail): Promise<boolean> {
  if (!smtpEnabled()) {
    log.info("mail skipped: SMTP_URL is not set", { to: mail.to, subject: mail.subject });
    return false;
  }
  transport ??= nodemailer.createTransport(smtpUrl(env().SMTP_URL!));
  await transport.sendMail({ from: env().SMTP_FROM ?? "Factdesk <no-reply@factdesk.local>", ...mail });
  log.info("mail sent", { to: mail.to, subject: mail.subject });
  return true;
}

/**
 * Sends a mail when SMTP_URL is configured; otherwise logs that it skipped and returns false.
 * Never throws: mail is a courtesy on top of links the app already shows, so an SMTP outage
 * must not undo the change that triggered it.
 */
export async function sendMail(mail: TMail): Promise<boolean> {
  try {
    return await deliverMail(mail);
  } catch (err) {
    log.error("mail failed", { to: mail.to, subject: mail.subject, err });
    return false;
  }
}
