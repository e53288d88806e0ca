import { buttonClass } from "@/components/ui/button";

/** A plain download link: the browser saves the CSV the server streams, with the view's filters applied. */
export function ExportCsvLink({ href, filtered }: { href: string; filtered: boolean }) {
  return (
    <a href={href} download className={buttonClass("secondary", "shrink-0 whitespace-nowrap")} title={filtered ? "Download the claims matching these filters as CSV" : "Download every claim as CSV"}>
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4 text-slate-500">
        <path d="M10.75 2.75a.75.75 0 00-1.5 0v8.614L6.295 8.235a.75.75 0 10-1.09 1.03l4.25 4.5a.75.75 0 001.09 0l4.25-4.5a.75.75 0 00-1.09-1.03l-2.955 3.129V2.75z" />
        <path d="M3.5 12.75a.75.75 0 00-1.5 0v2.5A2.75 2.75 0 004.75 18h10.5A2.75 2.75 0 0018 15.25v-2.5a.75.75 0 00-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5z" />
      </svg>
      {filtered ? "Export filtered CSV" : "Export CSV"}
    </a>
  );
}
