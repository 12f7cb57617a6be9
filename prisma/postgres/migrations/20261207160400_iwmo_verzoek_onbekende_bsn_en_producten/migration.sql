-- AlterTable
ALTER TABLE "IwmoVerzoek" ADD COLUMN     "onbekendeBsn" TEXT,
ALTER COLUMN "inwonerId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "IwmoVerzoekProduct" (
    "id" TEXT NOT NULL,
    "verzoekId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,
    "toewijzingId" TEXT,
    "productCategorie" TEXT,
    "productCode" TEXT,
    "ingangsdatum" TIMESTAMP(3),
    "einddatum" TIMESTAMP(3),
    "volume" INTEGER,
    "eenheid" TEXT,
    "frequentie" TEXT,
    "herindicatieverzoekId" TEXT,

    CONSTRAINT "IwmoVerzoekProduct_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IwmoVerzoekProduct_herindicatieverzoekId_key" ON "IwmoVerzoekProduct"("herindicatieverzoekId");

-- CreateIndex
CREATE INDEX "IwmoVerzoekProduct_verzoekId_idx" ON "IwmoVerzoekProduct"("verzoekId");

-- AddForeignKey
ALTER TABLE "IwmoVerzoekProduct" ADD CONSTRAINT "IwmoVerzoekProduct_verzoekId_fkey" FOREIGN KEY ("verzoekId") REFERENCES "IwmoVerzoek"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Issue 21, item 11: a 317 imported before this recorded one request, which becomes its one product.
INSERT INTO "IwmoVerzoekProduct" ("id", "verzoekId", "soort", "volgorde", "toewijzingId", "productCode", "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie", "herindicatieverzoekId")
SELECT 'mig-' || "id", "id", 'TE_WIJZIGEN', 1, "toewijzingId", "productCode", "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie", "herindicatieverzoekId"
FROM "IwmoVerzoek" WHERE "soort" = '317' AND "herindicatieverzoekId" IS NOT NULL;

