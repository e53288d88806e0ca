"use client";

import "./globals.css";

// Last resort when the root layout itself fails: it must render its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center bg-slate-50 px-6 font-sans text-slate-900">
        <main className="max-w-md text-center">
          <p className="text-sm font-semibold text-red-600">500</p>
          <h1 className="mt-2 text-2xl font-semibold">Factdesk hit an unexpected error</h1>
          <p className="mt-3 text-slate-600">Please try again in a moment.</p>
          {error.digest && <p className="mt-3 font-mono text-xs text-slate-500">Reference: {error.digest}</p>}
          <button onClick={() => reset()} className="mt-8 rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
