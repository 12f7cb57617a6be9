-- Review of issue 21 (WMO323 import): an imported prestatie keeps the ReferentieNummer the aanbieder gave it,
-- because a later credit names it in VorigReferentieNummer (basisschema CDT_Referentie). Nullable: lines
-- made in the portal have none, existing lines stay NULL.

-- AlterTable
ALTER TABLE "Declaratieregel" ADD COLUMN "referentieNummer" TEXT;

-- CreateIndex
CREATE INDEX "Declaratieregel_aanbiederId_referentieNummer_idx" ON "Declaratieregel"("aanbiederId", "referentieNummer");


