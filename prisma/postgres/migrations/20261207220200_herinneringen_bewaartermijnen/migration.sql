-- Issue 23 (docs/decisions/0042): reminders sent once per deadline, stage and recipient, the
-- per-user opt-out of reminder mails, the retention terms set in beheer, and the day an inwoner
-- was anonymised after the retention term (the record stays for the counts).

-- AlterTable
ALTER TABLE "Inwoner" ADD COLUMN     "geanonimiseerdOp" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "herinneringenUit" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "HerinneringVerzonden" (
    "id" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "fase" TEXT NOT NULL,
    "ontvangerId" TEXT NOT NULL,
    "verzondenOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HerinneringVerzonden_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bewaartermijn" (
    "soort" TEXT NOT NULL,
    "maanden" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bewaartermijn_pkey" PRIMARY KEY ("soort")
);

-- CreateIndex
CREATE INDEX "HerinneringVerzonden_ontvangerId_verzondenOp_idx" ON "HerinneringVerzonden"("ontvangerId", "verzondenOp");

-- CreateIndex
CREATE UNIQUE INDEX "HerinneringVerzonden_sleutel_fase_ontvangerId_key" ON "HerinneringVerzonden"("sleutel", "fase", "ontvangerId");
