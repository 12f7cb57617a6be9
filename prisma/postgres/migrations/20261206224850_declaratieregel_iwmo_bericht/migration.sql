-- AlterTable
ALTER TABLE "Declaratieregel" ADD COLUMN     "iwmoBerichtId" TEXT,
ALTER COLUMN "ingediendDoorId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Declaratieregel_iwmoBerichtId_idx" ON "Declaratieregel"("iwmoBerichtId");

-- AddForeignKey
ALTER TABLE "Declaratieregel" ADD CONSTRAINT "Declaratieregel_iwmoBerichtId_fkey" FOREIGN KEY ("iwmoBerichtId") REFERENCES "IwmoBericht"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Data: a line from an imported WMO323 carried its message as ingediendDoorId "iwmo:<bericht id>"
-- (ADR 0020). The message moves to its own column, and the line has no submitting user.
UPDATE "Declaratieregel" SET "iwmoBerichtId" = substr("ingediendDoorId", 6), "ingediendDoorId" = NULL WHERE "ingediendDoorId" LIKE 'iwmo:%';
