import "server-only";
import { envVar } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Optional: asks the Wayback Machine to capture a page too (Save Page Now 2), when both
 * ARCHIVE_ORG_ACCESS_KEY and ARCHIVE_ORG_SECRET are set. SPN2 answers a POST with a job id; the
 * job's status endpoint then says when the capture exists and under which timestamp, and the
 * archived page lives at /web/<timestamp>/<url>. Resolves to that address, or null when not
 * configured or when the archive refused or did not finish in time (logged; never thrown to the
 * capture, which stands on its own). The endpoint is the operator's setting, not user input, so
 * plain fetch is used; the user's URL only travels as a form field.
 */

const REQUEST_TIMEOUT_MS = 30_000;

type TSpnStatus = { status?: string; timestamp?: string; original_url?: string; message?: string };

export async function requestWaybackCapture(
  url: string,
  opts: { pollIntervalMs?: number; maxPolls?: number; firstPollMs?: number } = {},
): Promise<string | null> {
  const key = envVar("ARCHIVE_ORG_ACCESS_KEY");
  const secret = envVar("ARCHIVE_ORG_SECRET");
  if (!key || !secret) return null;
  const saveUrl = envVar("ARCHIVE_ORG_SAVE_URL").replace(/\/+$/, "");
  const headers = { Authorization: `LOW ${key}:${secret}`, Accept: "application/json" };

  const res = await fetch(saveUrl, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ url }).toString(),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    redirect: "error",
  });
  const started = (await res.json().catch(() => ({}))) as { job_id?: string; message?: string };
  if (!res.ok || typeof started.job_id !== "string" || !/^[\w-]+$/.test(started.job_id)) {
    log.warn("wayback capture refused", { url, status: res.status, message: started.message });
    return null;
  }

  const statusUrl = `${saveUrl}/status/${started.job_id}`;
  const maxPolls = opts.maxPolls ?? 20;
  for (let poll = 0; poll < maxPolls; poll++) {
    await new Promise((r) => setTimeout(r, poll === 0 ? (opts.firstPollMs ?? 1_000) : (opts.pollIntervalMs ?? 3_000)));
    const s = await fetch(statusUrl, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: "error" });
    const body = (await s.json().catch(() => ({}))) as TSpnStatus;
    if (body.status === "success" && typeof body.timestamp === "string" && /^\d{14}$/.test(body.timestamp)) {
      return `${new URL(saveUrl).origin}/web/${body.timestamp}/${body.original_url ?? url}`;
    }
    if (body.status === "error") {
      log.warn("wayback capture failed", { url, message: body.message });
      return null;
    }
  }
  log.warn("wayback capture did not finish in time", { url, job: started.job_id });
  return null;
}
