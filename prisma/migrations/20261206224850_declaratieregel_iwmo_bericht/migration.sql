-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Declaratieregel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nummer" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "maand" TEXT NOT NULL,
    "periodeStart" DATETIME NOT NULL,
    "periodeEind" DATETIME NOT NULL,
    "volume" INTEGER NOT NULL,
    "eenheid" TEXT NOT NULL,
    "tariefCent" INTEGER NOT NULL,
    "bedragCent" INTEGER NOT NULL,
    "creditVanId" TEXT,
    "actiefSleutel" TEXT,
    "status" TEXT NOT NULL DEFAULT 'INGEDIEND',
    "bovenOmvang" BOOLEAN NOT NULL DEFAULT false,
    "reden" TEXT,
    "buitenPeriode" BOOLEAN NOT NULL DEFAULT false,
    "naStop" BOOLEAN NOT NULL DEFAULT false,
    "ingediendDoorId" TEXT,
    "ingediendOp" DATETIME NOT NULL,
    "iwmoBerichtId" TEXT,
    "beoordeeldDoorId" TEXT,
    "beoordeeldOp" DATETIME,
    "afwijsreden" TEXT,
    "betaalrunId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Declaratieregel_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Declaratieregel_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Declaratieregel_creditVanId_fkey" FOREIGN KEY ("creditVanId") REFERENCES "Declaratieregel" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Declaratieregel_betaalrunId_fkey" FOREIGN KEY ("betaalrunId") REFERENCES "Betaalrun" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Declaratieregel_iwmoBerichtId_fkey" FOREIGN KEY ("iwmoBerichtId") REFERENCES "IwmoBericht" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Declaratieregel" ("aanbiederId", "actiefSleutel", "afwijsreden", "bedragCent", "beoordeeldDoorId", "beoordeeldOp", "betaalrunId", "bovenOmvang", "buitenPeriode", "createdAt", "creditVanId", "eenheid", "id", "ingediendDoorId", "ingediendOp", "maand", "naStop", "nummer", "periodeEind", "periodeStart", "productCode", "reden", "status", "tariefCent", "toewijzingId", "volume") SELECT "aanbiederId", "actiefSleutel", "afwijsreden", "bedragCent", "beoordeeldDoorId", "beoordeeldOp", "betaalrunId", "bovenOmvang", "buitenPeriode", "createdAt", "creditVanId", "eenheid", "id", "ingediendDoorId", "ingediendOp", "maand", "naStop", "nummer", "periodeEind", "periodeStart", "productCode", "reden", "status", "tariefCent", "toewijzingId", "volume" FROM "Declaratieregel";
DROP TABLE "Declaratieregel";
ALTER TABLE "new_Declaratieregel" RENAME TO "Declaratieregel";
CREATE UNIQUE INDEX "Declaratieregel_nummer_key" ON "Declaratieregel"("nummer");
CREATE UNIQUE INDEX "Declaratieregel_creditVanId_key" ON "Declaratieregel"("creditVanId");
CREATE UNIQUE INDEX "Declaratieregel_actiefSleutel_key" ON "Declaratieregel"("actiefSleutel");
CREATE INDEX "Declaratieregel_maand_aanbiederId_status_idx" ON "Declaratieregel"("maand", "aanbiederId", "status");
CREATE INDEX "Declaratieregel_maand_productCode_status_bedragCent_volume_idx" ON "Declaratieregel"("maand", "productCode", "status", "bedragCent", "volume");
CREATE INDEX "Declaratieregel_toewijzingId_maand_idx" ON "Declaratieregel"("toewijzingId", "maand");
CREATE INDEX "Declaratieregel_aanbiederId_maand_idx" ON "Declaratieregel"("aanbiederId", "maand");
CREATE INDEX "Declaratieregel_status_aanbiederId_idx" ON "Declaratieregel"("status", "aanbiederId");
CREATE INDEX "Declaratieregel_betaalrunId_idx" ON "Declaratieregel"("betaalrunId");
CREATE INDEX "Declaratieregel_iwmoBerichtId_idx" ON "Declaratieregel"("iwmoBerichtId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Data: a line from an imported WMO323 carried its message as ingediendDoorId "iwmo:<bericht id>"
-- (ADR 0020). The message moves to its own column, and the line has no submitting user.
UPDATE "Declaratieregel" SET "iwmoBerichtId" = substr("ingediendDoorId", 6), "ingediendDoorId" = NULL WHERE "ingediendDoorId" LIKE 'iwmo:%';
