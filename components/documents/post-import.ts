export type TImportProgress = { phase: "uploading"; percent: number } | { phase: "fetching" } | { phase: "converting" };
export type TImportResult = { ok: true; id: string } | { ok: false; message: string };

/**
 * POSTs an import to the documents API. XMLHttpRequest rather than fetch: it reports upload
 * progress, which a 10 MB file on a slow connection needs.
 */
export function postImport(slug: string, body: { json: Record<string, string> } | { file: File; fields: Record<string, string> }, onProgress: (p: TImportProgress) => void): Promise<TImportResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/w/${encodeURIComponent(slug)}/documents`);
    xhr.responseType = "json";
    xhr.timeout = 120_000;
    xhr.upload.onprogress = (e) => {
      if ("file" in body && e.lengthComputable) onProgress({ phase: "uploading", percent: Math.min(100, Math.round((e.loaded / e.total) * 100)) });
    };
    xhr.upload.onload = () => {
      if ("file" in body) onProgress({ phase: "converting" });
    };
    xhr.onload = () => {
      const res = xhr.response as { document?: { id: string }; error?: { message?: string } } | null;
      if (xhr.status === 201 && res?.document?.id) return resolve({ ok: true, id: res.document.id });
      if (xhr.status === 401) return resolve({ ok: false, message: "Your session has ended. Sign in again, then retry the import." });
      if (xhr.status === 413 && !res?.error?.message) return resolve({ ok: false, message: "The upload is larger than 10 MB." });
      resolve({ ok: false, message: res?.error?.message ?? `The import failed (HTTP ${xhr.status}). Please try again.` });
    };
    xhr.onerror = () => resolve({ ok: false, message: "Could not reach Factdesk. Check your connection and try again." });
    xhr.ontimeout = () => resolve({ ok: false, message: "The import took too long. Please try again." });
    if ("file" in body) {
      const form = new FormData();
      form.set("file", body.file);
      for (const [key, value] of Object.entries(body.fields)) form.set(key, value);
      xhr.send(form);
    } else {
      xhr.setRequestHeader("content-type", "application/json");
      xhr.send(JSON.stringify(body.json));
    }
  });
}
