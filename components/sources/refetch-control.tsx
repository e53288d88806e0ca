"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { sourcesApi } from "./sources-api";

const POLL_MS = 1000;

/**
 * Re-fetch (or Retry after a failure) for a URL source, and the progress of a capture under way:
 * asks for a new capture, then polls that snapshot until the background job has finished and
 * reloads the page's data. A capture already pending when the page opened is followed the same way.
 */
export function RefetchControl({
  slug,
  sourceId,
  pendingSnapshotId,
  failed,
  canRefetch,
}: {
  slug: string;
  sourceId: string;
  pendingSnapshotId: string | null;
  failed: boolean;
  canRefetch: boolean;
}) {
  const router = useRouter();
  const [requested, setRequested] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const following = requested ?? pendingSnapshotId;

  useEffect(() => {
    if (!following) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const r = await sourcesApi.snapshot(slug, following);
      if (stopped) return;
      if (r.ok && r.value.status !== "PENDING") {
        setRequested(null);
        router.refresh();
        return;
      }
      if (!r.ok && r.status !== 0 && r.status < 500) {
        setRequested(null);
        setError(r.message);
        return;
      }
      timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [following, slug, router]);

  async function refetch() {
    setBusy(true);
    setError(null);
    const r = await sourcesApi.refetch(slug, sourceId);
    setBusy(false);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setRequested(r.value.id);
    // Shows the new pending capture in the history at once.
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {following ? (
        <span role="status" className="inline-flex items-center gap-2 text-sm text-slate-600">
          <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" />
          Capturing the page…
        </span>
      ) : !canRefetch ? null : (
        <Button type="button" variant="secondary" className="!px-2.5 !py-1" onClick={refetch} disabled={busy}>
          {busy ? "Requesting…" : failed ? "Retry capture" : "Re-fetch"}
        </Button>
      )}
      {error && (
        <p role="alert" className="w-full text-right text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
