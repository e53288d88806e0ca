import { describeActivity } from "@/lib/domain/activity";

export type TActivity = {
  id: string;
  action: string;
  data: unknown;
  actor: { name: string; email: string } | null;
  createdAt: Date;
};

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function ActivityList({ events }: { events: TActivity[] }) {
  return (
    <ol className="divide-y divide-slate-100">
      {events.map((e) => (
        <li key={e.id} className="flex items-baseline justify-between gap-4 py-2.5 text-sm">
          <p className="min-w-0 text-slate-700">
            <span className="font-medium text-slate-900">{e.actor?.name ?? "Someone"}</span> {describeActivity(e)}
          </p>
          <time dateTime={e.createdAt.toISOString()} className="shrink-0 text-xs text-slate-500">
            {fmt.format(e.createdAt)} UTC
          </time>
        </li>
      ))}
    </ol>
  );
}
