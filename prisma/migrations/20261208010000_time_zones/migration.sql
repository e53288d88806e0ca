-- Time zones: a workspace's (its due dates are calendar days there) and a person's (their daily
-- digest comes at 07:00 there; null = UTC). IANA names, checked by the app (Intl) before writing.
ALTER TABLE "Workspace" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;
