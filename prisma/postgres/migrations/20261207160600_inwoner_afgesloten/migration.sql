-- Issue 21 item 25 (docs/decisions/0034): an inwoner can be closed ("afgesloten") with a reason
-- and kept for the history. Existing inwoners are all still in the program: the new columns stay
-- NULL for them, so no UPDATE is needed. Verlenging chains need no rewrite either: the report
-- follows "verlengingVanId", which existing toewijzingen already carry.

-- CreateEnum
CREATE TYPE "Afsluitreden" AS ENUM ('VERHUISD', 'OVERLEDEN', 'BETAALD_WERK', 'AOW', 'ANDERS');

-- AlterTable
ALTER TABLE "Inwoner" ADD COLUMN     "afgeslotenOp" TIMESTAMP(3),
ADD COLUMN     "afsluitreden" "Afsluitreden",
ADD COLUMN     "afsluittoelichting" TEXT;

-- CreateIndex
CREATE INDEX "Inwoner_afgeslotenOp_idx" ON "Inwoner"("afgeslotenOp");
