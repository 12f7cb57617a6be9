-- ADR 0029: a correction is one unit (credit line and replacement share correctieId), a credit
-- that was sent back leaves its line in force and creditable again (creditVanId no longer unique),
-- and a reversal by the gemeente is marked doorGemeente.
ALTER TABLE "Declaratieregel" ADD COLUMN "correctieId" TEXT;
ALTER TABLE "Declaratieregel" ADD COLUMN "doorGemeente" BOOLEAN NOT NULL DEFAULT false;
DROP INDEX "Declaratieregel_creditVanId_key";
CREATE INDEX "Declaratieregel_creditVanId_idx" ON "Declaratieregel"("creditVanId");
CREATE INDEX "Declaratieregel_correctieId_idx" ON "Declaratieregel"("correctieId");

-- Existing data: every credit line is the unit's first line (its id is the unit's id), and the
-- line made with it in the same submission (same toewijzing, month and moment) is its replacement.
UPDATE "Declaratieregel" SET "correctieId" = "id" WHERE "creditVanId" IS NOT NULL;
UPDATE "Declaratieregel" SET "correctieId" = (
  SELECT c."id" FROM "Declaratieregel" c
  WHERE c."creditVanId" IS NOT NULL AND c."toewijzingId" = "Declaratieregel"."toewijzingId"
    AND c."maand" = "Declaratieregel"."maand" AND c."ingediendOp" = "Declaratieregel"."ingediendOp"
  ORDER BY c."nummer" LIMIT 1
)
WHERE "creditVanId" IS NULL AND "correctieId" IS NULL AND EXISTS (
  SELECT 1 FROM "Declaratieregel" c
  WHERE c."creditVanId" IS NOT NULL AND c."toewijzingId" = "Declaratieregel"."toewijzingId"
    AND c."maand" = "Declaratieregel"."maand" AND c."ingediendOp" = "Declaratieregel"."ingediendOp"
);
