-- Issue 23 (docs/decisions/0041): the mail outbox. Every e-mail is written here first and sent by the
-- mail-versturen task (and right away, best effort) with retries and exponential backoff, so mail
-- survives a mail server outage and is never sent twice. A new table: no existing rows to convert.

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('WACHTEND', 'BEZIG', 'VERZONDEN', 'OPGEGEVEN');

-- CreateTable
CREATE TABLE "MailWachtrij" (
    "id" TEXT NOT NULL,
    "aan" TEXT NOT NULL,
    "onderwerp" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "html" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'WACHTEND',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "volgendePoging" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "geclaimdTot" TIMESTAMP(3),
    "laatsteFout" TEXT,
    "verzondenOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailWachtrij_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailWachtrij_status_volgendePoging_idx" ON "MailWachtrij"("status", "volgendePoging");


