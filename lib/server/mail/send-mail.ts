import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env, smtpEnabled } from "@/lib/env";
import { log } from "@/lib/log";

let transport: Transporter | undefined;

export type TMail = { to: string; subject: string; text: string; html?: string };

/**
 * Sends a mail when SMTP_URL is configured; otherwise logs that it skipped and returns false.
 * Never throws: mail is a courtesy on top of links the app already shows, so an SMTP outage
 * must not undo the change that triggered it.
 */
export async function sendMail(mail: TMail): Promise<boolean> {
  if (!smtpEnabled()) {
    log.info("mail skipped: SMTP_URL is not set", { to: mail.to, subject: mail.subject });
    return false;
  }
  try {
    transport ??= nodemailer.createTransport(env().SMTP_URL);
    await transport.sendMail({ from: env().SMTP_FROM ?? "Factdesk <no-reply@factdesk.local>", ...mail });
    log.info("mail sent", { to: mail.to, subject: mail.subject });
    return true;
  } catch (err) {
    log.error("mail failed", { to: mail.to, subject: mail.subject, err });
    return false;
  }
}
