-- CreateTable
CREATE TABLE "Declaratieregel" (
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
    "ingediendDoorId" TEXT NOT NULL,
    "ingediendOp" DATETIME NOT NULL,
    "beoordeeldDoorId" TEXT,
    "beoordeeldOp" DATETIME,
    "afwijsreden" TEXT,
    "betaalrunId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Declaratieregel_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Declaratieregel_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Declaratieregel_creditVanId_fkey" FOREIGN KEY ("creditVanId") REFERENCES "Declaratieregel" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Declaratieregel_betaalrunId_fkey" FOREIGN KEY ("betaalrunId") REFERENCES "Betaalrun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Betaalrun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "referentie" TEXT NOT NULL,
    "betaaldatum" DATETIME NOT NULL,
    "doorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Vrijwilligersvergoeding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toewijzingId" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "inwonerId" TEXT NOT NULL,
    "maand" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "bedragCent" INTEGER NOT NULL,
    "uren" INTEGER,
    "vastgelegdDoorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Vrijwilligersvergoeding_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Declaratieregel_nummer_key" ON "Declaratieregel"("nummer");

-- CreateIndex
CREATE UNIQUE INDEX "Declaratieregel_creditVanId_key" ON "Declaratieregel"("creditVanId");

-- CreateIndex
CREATE UNIQUE INDEX "Declaratieregel_actiefSleutel_key" ON "Declaratieregel"("actiefSleutel");

-- CreateIndex
CREATE INDEX "Declaratieregel_maand_aanbiederId_status_idx" ON "Declaratieregel"("maand", "aanbiederId", "status");

-- CreateIndex
CREATE INDEX "Declaratieregel_maand_productCode_status_bedragCent_volume_idx" ON "Declaratieregel"("maand", "productCode", "status", "bedragCent", "volume");

-- CreateIndex
CREATE INDEX "Declaratieregel_toewijzingId_maand_idx" ON "Declaratieregel"("toewijzingId", "maand");

-- CreateIndex
CREATE INDEX "Declaratieregel_aanbiederId_maand_idx" ON "Declaratieregel"("aanbiederId", "maand");

-- CreateIndex
CREATE INDEX "Declaratieregel_status_aanbiederId_idx" ON "Declaratieregel"("status", "aanbiederId");

-- CreateIndex
CREATE INDEX "Declaratieregel_betaalrunId_idx" ON "Declaratieregel"("betaalrunId");

-- CreateIndex
CREATE UNIQUE INDEX "Betaalrun_referentie_key" ON "Betaalrun"("referentie");

-- CreateIndex
CREATE INDEX "Vrijwilligersvergoeding_inwonerId_maand_idx" ON "Vrijwilligersvergoeding"("inwonerId", "maand");

-- CreateIndex
CREATE INDEX "Vrijwilligersvergoeding_aanbiederId_maand_idx" ON "Vrijwilligersvergoeding"("aanbiederId", "maand");

-- CreateIndex
CREATE INDEX "Vrijwilligersvergoeding_toewijzingId_idx" ON "Vrijwilligersvergoeding"("toewijzingId");
