-- CreateTable
CREATE TABLE "Inwoner" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bsn" TEXT NOT NULL,
    "voornamen" TEXT NOT NULL,
    "tussenvoegsel" TEXT,
    "achternaam" TEXT NOT NULL,
    "geboortedatum" DATETIME NOT NULL,
    "straat" TEXT NOT NULL,
    "huisnummer" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "plaats" TEXT NOT NULL,
    "email" TEXT,
    "telefoon" TEXT,
    "uitkering" TEXT NOT NULL,
    "contactpersoonId" TEXT,
    "zoeknaam" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Inwoner_contactpersoonId_fkey" FOREIGN KEY ("contactpersoonId") REFERENCES "Gebruiker" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LadderRegel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "inwonerId" TEXT NOT NULL,
    "datum" DATETIME NOT NULL,
    "trede" INTEGER NOT NULL,
    "perspectiefTrede" INTEGER,
    "perspectiefDatum" DATETIME,
    "toelichting" TEXT,
    "vastgelegdDoorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LadderRegel_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LadderRegel_vastgelegdDoorId_fkey" FOREIGN KEY ("vastgelegdDoorId") REFERENCES "Gebruiker" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Toewijzing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nummer" TEXT NOT NULL,
    "inwonerId" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "werkplekId" TEXT,
    "startdatum" DATETIME NOT NULL,
    "einddatum" DATETIME NOT NULL,
    "urenPerWeek" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'TOEGEWEZEN',
    "verlengingVanId" TEXT,
    "verlengingsnummer" INTEGER NOT NULL DEFAULT 0,
    "tariefJaar" INTEGER,
    "tariefCent" INTEGER,
    "iwmoCategorie" TEXT,
    "iwmoCode" TEXT,
    "iwmoEenheid" TEXT,
    "iwmoFrequentie" TEXT,
    "iwmoVolume" INTEGER,
    "contactpersoonId" TEXT,
    "afgegevenDoorId" TEXT NOT NULL,
    "gestartOp" DATETIME,
    "beeindigdOp" DATETIME,
    "redenBeeindiging" TEXT,
    "ingetrokkenOp" DATETIME,
    "intrekkingsreden" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Toewijzing_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Toewijzing_productCode_fkey" FOREIGN KEY ("productCode") REFERENCES "Product" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Toewijzing_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Toewijzing_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Toewijzing_verlengingVanId_fkey" FOREIGN KEY ("verlengingVanId") REFERENCES "Toewijzing" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Toewijzing_contactpersoonId_fkey" FOREIGN KEY ("contactpersoonId") REFERENCES "Gebruiker" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Toewijzing_afgegevenDoorId_fkey" FOREIGN KEY ("afgegevenDoorId") REFERENCES "Gebruiker" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Interesse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "referentie" TEXT NOT NULL,
    "werkplekId" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "email" TEXT,
    "telefoon" TEXT,
    "postcode" TEXT NOT NULL,
    "bericht" TEXT NOT NULL,
    "toestemmingOp" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NIEUW',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "behandelaarId" TEXT,
    "inwonerId" TEXT,
    "afgehandeldOp" DATETIME,
    CONSTRAINT "Interesse_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Interesse_behandelaarId_fkey" FOREIGN KEY ("behandelaarId") REFERENCES "Gebruiker" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Interesse_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Interesse" ("bericht", "createdAt", "email", "id", "naam", "postcode", "referentie", "status", "telefoon", "toestemmingOp", "updatedAt", "werkplekId") SELECT "bericht", "createdAt", "email", "id", "naam", "postcode", "referentie", "status", "telefoon", "toestemmingOp", "updatedAt", "werkplekId" FROM "Interesse";
DROP TABLE "Interesse";
ALTER TABLE "new_Interesse" RENAME TO "Interesse";
CREATE UNIQUE INDEX "Interesse_referentie_key" ON "Interesse"("referentie");
CREATE INDEX "Interesse_status_createdAt_idx" ON "Interesse"("status", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Inwoner_bsn_key" ON "Inwoner"("bsn");

-- CreateIndex
CREATE INDEX "Inwoner_zoeknaam_idx" ON "Inwoner"("zoeknaam");

-- CreateIndex
CREATE INDEX "Inwoner_geboortedatum_idx" ON "Inwoner"("geboortedatum");

-- CreateIndex
CREATE INDEX "Inwoner_contactpersoonId_idx" ON "Inwoner"("contactpersoonId");

-- CreateIndex
CREATE INDEX "LadderRegel_inwonerId_datum_idx" ON "LadderRegel"("inwonerId", "datum");

-- CreateIndex
CREATE UNIQUE INDEX "Toewijzing_nummer_key" ON "Toewijzing"("nummer");

-- CreateIndex
CREATE UNIQUE INDEX "Toewijzing_verlengingVanId_key" ON "Toewijzing"("verlengingVanId");

-- CreateIndex
CREATE INDEX "Toewijzing_inwonerId_idx" ON "Toewijzing"("inwonerId");

-- CreateIndex
CREATE INDEX "Toewijzing_aanbiederId_status_idx" ON "Toewijzing"("aanbiederId", "status");

-- CreateIndex
CREATE INDEX "Toewijzing_status_einddatum_idx" ON "Toewijzing"("status", "einddatum");
