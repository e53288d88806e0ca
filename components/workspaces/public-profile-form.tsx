"use client";

import { useState } from "react";
import { RationaleEditor } from "@/components/reviews/rationale-editor";
import { Alert } from "@/components/ui/alert";
import { apiCall } from "@/components/ui/api-call";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { TPublicProfile } from "@/lib/domain/publishing/public-profile";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";

const EMPTY: TTiptapNode = { type: "doc", content: [{ type: "paragraph" }] };

/**
 * Settings → Public pages: the name, logo and about text readers see, whether authors' and
 * reviewers' names are shown, the methodology and corrections policy (rich text; empty means the
 * default text), and which roles besides owners and admins may publish. Owners and admins save;
 * everyone else reads.
 */
export function PublicProfileForm({ slug, initial, workspaceName, editable }: { slug: string; initial: TPublicProfile; workspaceName: string; editable: boolean }) {
  const [p, setP] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const set = <K extends keyof TPublicProfile>(k: K, v: TPublicProfile[K]) => setP((x) => ({ ...x, [k]: v }));

  const save = async () => {
    setBusy(true);
    setStatus(null);
    const res = await apiCall<{ profile: TPublicProfile }>(`/api/w/${slug}/public-profile`, { method: "PUT", json: { profile: p } });
    setBusy(false);
    if (res.ok) setStatus({ tone: "success", text: "Saved. The public pages show it now." });
    else setStatus({ tone: "error", text: res.message });
  };

  const role = (r: "EDITOR" | "REVIEWER", on: boolean) => set("extraPublisherRoles", on ? [...p.extraPublisherRoles, r] : p.extraPublisherRoles.filter((x) => x !== r));

  return (
    <form
      className="max-w-2xl space-y-5"
      data-testid="public-profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="text-sm text-slate-600">
        Published verdicts appear at{" "}
        <a className="font-medium text-brand-700 hover:underline" href={`/p/${slug}`} target="_blank" rel="noopener">
          /p/{slug}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        , with the{" "}
        <a className="text-brand-700 hover:underline" href={`/p/${slug}/methodology`} target="_blank" rel="noopener">
          methodology
        </a>{" "}
        and{" "}
        <a className="text-brand-700 hover:underline" href={`/p/${slug}/corrections-policy`} target="_blank" rel="noopener">
          corrections policy
        </a>
        .
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="public-name" label="Public name" hint={`Shown to readers; empty: “${workspaceName}”.`}>
          <Input id="public-name" value={p.publicName ?? ""} maxLength={120} disabled={!editable} onChange={(e) => set("publicName", e.target.value || null)} />
        </Field>
        <Field id="logo-url" label="Logo address" hint="An https:// image, shown beside the name.">
          <Input id="logo-url" type="url" value={p.logoUrl ?? ""} maxLength={500} disabled={!editable} placeholder="https://…" onChange={(e) => set("logoUrl", e.target.value || null)} />
        </Field>
      </div>
      <Field id="about" label="About" hint="A few sentences on who you are, at the top of the methodology page.">
        <textarea
          id="about"
          rows={3}
          maxLength={4000}
          disabled={!editable}
          value={p.about}
          onChange={(e) => set("about", e.target.value)}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 focus:border-slate-500 focus:ring-2 focus:ring-slate-400 focus:outline-none"
        />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" checked={p.showNames} disabled={!editable} onChange={(e) => set("showNames", e.target.checked)} className="accent-slate-800" />
        Show the names of each verdict’s authors and reviewers
      </label>
      <div className="space-y-1.5">
        <p id="methodology-label" className="text-sm font-medium text-slate-800">
          Methodology <span className="font-normal text-slate-500">(empty: our default text; your rating scale is always listed)</span>
        </p>
        <RationaleEditor headings id="methodology" labelledBy="methodology-label" initial={p.methodology ?? EMPTY} disabled={!editable} onChange={(d) => set("methodology", d)} />
      </div>
      <div className="space-y-1.5">
        <p id="corrections-label" className="text-sm font-medium text-slate-800">
          Corrections policy <span className="font-normal text-slate-500">(empty: our default text)</span>
        </p>
        <RationaleEditor headings id="corrections-policy" labelledBy="corrections-label" initial={p.correctionsPolicy ?? EMPTY} disabled={!editable} onChange={(d) => set("correctionsPolicy", d)} />
      </div>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium text-slate-800">Who may publish, correct and retract</legend>
        <p className="text-xs text-slate-500">Owners and admins always may.</p>
        {(["EDITOR", "REVIEWER"] as const).map((r) => (
          <label key={r} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" checked={p.extraPublisherRoles.includes(r)} disabled={!editable} onChange={(e) => role(r, e.target.checked)} className="accent-slate-800" />
            {r === "EDITOR" ? "Editors" : "Reviewers"}
          </label>
        ))}
      </fieldset>
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      {editable ? (
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save public pages"}
        </Button>
      ) : (
        <p className="text-sm text-slate-600">Only owners and admins can change the public pages.</p>
      )}
    </form>
  );
}
