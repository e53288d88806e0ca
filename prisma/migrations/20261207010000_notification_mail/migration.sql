-- Mail for notifications: how each is mailed (immediate or in the daily digest) and when it was.

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "emailMode" TEXT,
ADD COLUMN "emailedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Notification_emailMode_emailedAt_idx" ON "Notification"("emailMode", "emailedAt");
