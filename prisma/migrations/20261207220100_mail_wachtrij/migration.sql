-- Issue 23 (docs/decisions/0041): the mail outbox. Every e-mail is written here first and sent by the
-- mail-versturen task (and right away, best effort) with retries and exponential backoff, so mail
-- survives a mail server outage and is never sent twice. A new table: no existing rows to convert.

-- CreateTable
CREATE TABLE "MailWachtrij" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "aan" TEXT NOT NULL,
    "onderwerp" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "html" TEXT,
    "status" TEXT NOT NULL DEFAULT 'WACHTEND',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "volgendePoging" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "geclaimdTot" DATETIME,
    "laatsteFout" TEXT,
    "verzondenOp" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "MailWachtrij_status_volgendePoging_idx" ON "MailWachtrij"("status", "volgendePoging");


