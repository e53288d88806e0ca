"use client";

import { STANCES, STANCE_LABELS, type TStance } from "@/lib/domain/evidence/stance";
import { STANCE_STYLE } from "./stance-badge";

const HINT: Record<TStance, string> = {
  SUPPORTS: "backs the claim",
  REFUTES: "contradicts it",
  CONTEXT: "helps weigh it",
};

/** The three stances as a radio group (arrow keys move between them, as radios do). */
export function StancePicker({ name, value, onChange }: { name: string; value: TStance | null; onChange: (s: TStance) => void }) {
  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-700">Stance</legend>
      <div className="mt-1 grid grid-cols-3 gap-1.5">
        {STANCES.map((s) => (
          <label
            key={s}
            className={`flex cursor-pointer flex-col rounded-md px-2 py-1.5 text-xs ring-1 ring-inset has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${value === s ? STANCE_STYLE[s] + " ring-2" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
          >
            <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} className="sr-only" />
            <span className="font-semibold">{STANCE_LABELS[s]}</span>
            <span className="opacity-80">{HINT[s]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
