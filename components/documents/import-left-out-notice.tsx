import Link from "next/link";

/**
 * Shown once, right after an import, when the importer cut something from the article: the person
 * importing should know the text they now check is not everything the file or page held. The
 * "Original import" card keeps saying it afterwards.
 */
export function ImportLeftOutNotice({ leftOut, dismissHref }: { leftOut: string[]; dismissHref: string }) {
  if (!leftOut.length) return null;
  return (
    <div role="status" aria-labelledby="import-left-out-title" className="flex items-start justify-between gap-4 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
      <div className="min-w-0 space-y-1">
        <p id="import-left-out-title" className="font-medium">
          Imported. Not everything in the original became article text:
        </p>
        <ul className="list-disc space-y-0.5 pl-5">
          {leftOut.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
      <Link href={dismissHref} replace scroll={false} className="shrink-0 rounded font-medium text-amber-900 underline-offset-2 hover:underline">
        Dismiss
      </Link>
    </div>
  );
}
