-- Issue 21 items 21 and 23 (ADR 0033): nullable columns, no data to migrate.
-- AlterTable
ALTER TABLE "Eindverantwoording" ADD COLUMN "vervolgNodig" BOOLEAN;

-- AlterTable
ALTER TABLE "Toewijzing" ADD COLUMN "redenNieuwTraject" TEXT;
