"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

// Shown for errors inside the app shell; the digest lets support find the server log entry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="grid min-h-[60vh] place-items-center px-6 py-24">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-red-600">Something went wrong</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">This page could not be loaded</h1>
        <p className="mt-3 text-slate-600">
          Nothing you saved is lost. Try again; if it keeps happening, tell us the reference below.
        </p>
        {error.digest && <p className="mt-3 font-mono text-xs text-slate-500">Reference: {error.digest}</p>}
        <div className="mt-8 flex justify-center gap-3">
          <Button onClick={() => reset()}>Try again</Button>
          <ButtonLink href="/dashboard" variant="secondary">
            Go to your workspaces
          </ButtonLink>
        </div>
      </div>
    </main>
  );
}
