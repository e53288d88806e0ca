"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { absoluteTime, formatCalendarDate, relativeTime } from "@/components/ui/format";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES, type TSourceType } from "@/lib/domain/evidence/source-type";
import { TEXTAREA } from "./add-source-dialog";
import { sourcesApi, type TSourceFields } from "./sources-api";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}
const none = <span className="text-slate-400">—</span>;

/**
 * A source's metadata, and for editors and above an Edit form in place. The version read with the
 * page goes back with the change: an edit someone saved meanwhile is reported, never overwritten.
 */
export function SourceDetails({ slug, source, canEdit }: { slug: string; source: TSourceDto; canEdit: boolean }) {
  const router = useRouter();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const fe = (name: string) => fieldErrors[name]?.[0];

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (k: string) => {
      const v = data.get(k);
      return typeof v === "string" ? v.trim() : "";
    };
    // Every editable field is sent: an emptied optional field is cleared.
    const body: TSourceFields & { version: number } = {
      version: source.version,
      title: text("title"),
      publisher: text("publisher"),
      author: text("author"),
      publishedAt: text("publishedAt"),
      type: text("type") as TSourceType,
      reliabilityNote: text("reliabilityNote"),
      description: text("description"),
    };
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const r = await sourcesApi.update(slug, source.id, body);
    setBusy(false);
    if (!r.ok) {
      setError({ message: r.message, conflict: r.status === 409 });
      setFieldErrors(r.fieldErrors ?? {});
      return;
    }
    setEditing(false);
    setSaved(true);
    router.refresh();
    requestAnimationFrame(() => editButtonRef.current?.focus());
  }

  if (!editing) {
    return (
      <section aria-labelledby={`${id}-h`} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <header className="flex items-center justify-between gap-4 border-b border-slate-100 px-5 py-3.5">
          <h2 id={`${id}-h`} className="text-base font-semibold text-slate-900">
            Details
          </h2>
          {canEdit && (
            <Button
              ref={editButtonRef}
              type="button"
              variant="secondary"
              className="!px-2.5 !py-1"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Edit<span className="sr-only"> details</span>
            </Button>
          )}
        </header>
        <div className="space-y-4 px-5 py-4">
          {saved && <Alert tone="success">Details saved.</Alert>}
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
            <Row label="Type">{SOURCE_TYPE_LABELS[source.type]}</Row>
            <Row label="Publisher">{source.publisher || none}</Row>
            <Row label="Author">{source.author || none}</Row>
            <Row label="Published">{source.publishedAt ? formatCalendarDate(source.publishedAt) : none}</Row>
            {/* A source without a web address shows its description under its title instead. */}
            {source.kind === "URL" && source.description && (
              <Row label="Description">
                <span className="whitespace-pre-line">{source.description}</span>
              </Row>
            )}
            <Row label="Reliability note">{source.reliabilityNote ? <span className="whitespace-pre-line">{source.reliabilityNote}</span> : none}</Row>
            <Row label="Added">
              {source.createdBy?.name ?? "A former member"},{" "}
              <time dateTime={source.createdAt} title={absoluteTime(source.createdAt)}>
                {relativeTime(source.createdAt)}
              </time>
            </Row>
          </dl>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <header className="border-b border-slate-100 px-5 py-3.5">
        <h2 id={`${id}-h`} className="text-base font-semibold text-slate-900">
          Edit details
        </h2>
      </header>
      <form key={source.version} onSubmit={onSubmit} noValidate aria-busy={busy} className="space-y-4 px-5 py-4">
        <Field id={`${id}-title`} label="Title" error={fe("title")}>
          <Input id={`${id}-title`} name="title" defaultValue={source.title} required maxLength={500} invalid={!!fe("title")} autoFocus />
        </Field>
        <Field id={`${id}-type`} label="Type" error={fe("type")}>
          <Select id={`${id}-type`} name="type" defaultValue={source.type}>
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {SOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${id}-publisher`} label="Publisher" error={fe("publisher")}>
          <Input id={`${id}-publisher`} name="publisher" defaultValue={source.publisher ?? ""} maxLength={200} invalid={!!fe("publisher")} />
        </Field>
        <Field id={`${id}-author`} label="Author" error={fe("author")}>
          <Input id={`${id}-author`} name="author" defaultValue={source.author ?? ""} maxLength={200} invalid={!!fe("author")} />
        </Field>
        <Field id={`${id}-publishedAt`} label="Published on" error={fe("publishedAt")}>
          <Input id={`${id}-publishedAt`} name="publishedAt" type="date" defaultValue={source.publishedAt ?? ""} invalid={!!fe("publishedAt")} />
        </Field>
        <Field id={`${id}-description`} label="Description" error={fe("description")} hint="What the source is, above all for one without a web address.">
          <textarea
            id={`${id}-description`}
            name="description"
            rows={3}
            maxLength={5000}
            defaultValue={source.description}
            aria-invalid={fe("description") ? true : undefined}
            aria-describedby={fe("description") ? `${id}-description-error` : `${id}-description-hint`}
            className={`${TEXTAREA} ${fe("description") ? "ring-red-500" : "ring-slate-300"}`}
          />
        </Field>
        <Field id={`${id}-reliabilityNote`} label="Reliability note" error={fe("reliabilityNote")} hint="How far to trust it and why: who is behind it, what it may leave out.">
          <textarea
            id={`${id}-reliabilityNote`}
            name="reliabilityNote"
            rows={3}
            maxLength={2000}
            defaultValue={source.reliabilityNote}
            aria-invalid={fe("reliabilityNote") ? true : undefined}
            aria-describedby={fe("reliabilityNote") ? `${id}-reliabilityNote-error` : `${id}-reliabilityNote-hint`}
            className={`${TEXTAREA} ${fe("reliabilityNote") ? "ring-red-500" : "ring-slate-300"}`}
          />
        </Field>
        {error && (
          <Alert tone="error">
            {error.conflict ? "Someone else changed this source while you were editing. " : ""}
            {error.message}
            {error.conflict && (
              <>
                {" "}
                <button
                  type="button"
                  className="font-medium underline"
                  onClick={() => {
                    setError(null);
                    router.refresh();
                  }}
                >
                  Load their version
                </button>{" "}
                (your changes here are replaced).
              </>
            )}
          </Alert>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save"}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={busy}
            onClick={() => {
              setEditing(false);
              setError(null);
              setFieldErrors({});
            }}
          >
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
