/** How long a document stays in the workspace trash, restorable, before it is purged for good. */
export const TRASH_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a document moved to the trash at `trashedAt` is purged (and stops being restorable). */
export function purgeDueAt(trashedAt: Date): Date {
  return new Date(trashedAt.getTime() + TRASH_RETENTION_DAYS * DAY_MS);
}

/** Documents trashed before this moment are due for purging at `now`. */
export function purgeCutoff(now: Date): Date {
  return new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS);
}

export function isRestorable(trashedAt: Date, now: Date): boolean {
  return now.getTime() < purgeDueAt(trashedAt).getTime();
}
