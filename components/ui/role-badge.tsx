import { ROLE_DESCRIPTIONS, ROLE_LABELS, type TRole } from "@/lib/domain/roles";

const tones: Record<TRole, string> = {
  OWNER: "bg-violet-50 text-violet-700 ring-violet-200",
  ADMIN: "bg-brand-50 text-brand-700 ring-brand-100",
  EDITOR: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  REVIEWER: "bg-amber-50 text-amber-800 ring-amber-200",
  VIEWER: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function RoleBadge({ role }: { role: TRole }) {
  return (
    <span title={ROLE_DESCRIPTIONS[role]} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[role]}`}>
      {ROLE_LABELS[role]}
    </span>
  );
}
