-- CreateTable
CREATE TABLE "IwmoVerzoekProduct" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verzoekId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,
    "toewijzingId" TEXT,
    "productCategorie" TEXT,
    "productCode" TEXT,
    "ingangsdatum" DATETIME,
    "einddatum" DATETIME,
    "volume" INTEGER,
    "eenheid" TEXT,
    "frequentie" TEXT,
    "herindicatieverzoekId" TEXT,
    CONSTRAINT "IwmoVerzoekProduct_verzoekId_fkey" FOREIGN KEY ("verzoekId") REFERENCES "IwmoVerzoek" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IwmoVerzoek" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "soort" TEXT NOT NULL,
    "berichtId" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "inwonerId" TEXT,
    "onbekendeBsn" TEXT,
    "toewijzingId" TEXT,
    "herindicatieverzoekId" TEXT,
    "referentieAanbieder" TEXT NOT NULL,
    "productCategorie" TEXT,
    "productCode" TEXT,
    "ingangsdatum" DATETIME NOT NULL,
    "einddatum" DATETIME,
    "volume" INTEGER,
    "eenheid" TEXT,
    "frequentie" TEXT,
    "commentaar" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "redenAfwijzing" TEXT,
    "antwoordToewijzingId" TEXT,
    "ontvangenOp" DATETIME NOT NULL,
    "uiterlijkAntwoordOp" DATETIME NOT NULL,
    "beantwoordOp" DATETIME,
    CONSTRAINT "IwmoVerzoek_berichtId_fkey" FOREIGN KEY ("berichtId") REFERENCES "IwmoBericht" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IwmoVerzoek" ("aanbiederId", "antwoordToewijzingId", "beantwoordOp", "berichtId", "commentaar", "eenheid", "einddatum", "frequentie", "herindicatieverzoekId", "id", "ingangsdatum", "inwonerId", "ontvangenOp", "productCategorie", "productCode", "redenAfwijzing", "referentieAanbieder", "soort", "status", "toewijzingId", "uiterlijkAntwoordOp", "volume") SELECT "aanbiederId", "antwoordToewijzingId", "beantwoordOp", "berichtId", "commentaar", "eenheid", "einddatum", "frequentie", "herindicatieverzoekId", "id", "ingangsdatum", "inwonerId", "ontvangenOp", "productCategorie", "productCode", "redenAfwijzing", "referentieAanbieder", "soort", "status", "toewijzingId", "uiterlijkAntwoordOp", "volume" FROM "IwmoVerzoek";
DROP TABLE "IwmoVerzoek";
ALTER TABLE "new_IwmoVerzoek" RENAME TO "IwmoVerzoek";
CREATE UNIQUE INDEX "IwmoVerzoek_herindicatieverzoekId_key" ON "IwmoVerzoek"("herindicatieverzoekId");
CREATE INDEX "IwmoVerzoek_status_idx" ON "IwmoVerzoek"("status");
CREATE INDEX "IwmoVerzoek_aanbiederId_idx" ON "IwmoVerzoek"("aanbiederId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "IwmoVerzoekProduct_herindicatieverzoekId_key" ON "IwmoVerzoekProduct"("herindicatieverzoekId");

-- CreateIndex
CREATE INDEX "IwmoVerzoekProduct_verzoekId_idx" ON "IwmoVerzoekProduct"("verzoekId");



-- Issue 21, item 11: a 317 imported before this recorded one request, which becomes its one product.
INSERT INTO "IwmoVerzoekProduct" ("id", "verzoekId", "soort", "volgorde", "toewijzingId", "productCode", "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie", "herindicatieverzoekId")
SELECT 'mig-' || "id", "id", 'TE_WIJZIGEN', 1, "toewijzingId", "productCode", "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie", "herindicatieverzoekId"
FROM "IwmoVerzoek" WHERE "soort" = '317' AND "herindicatieverzoekId" IS NOT NULL;

