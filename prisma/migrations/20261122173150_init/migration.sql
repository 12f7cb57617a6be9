-- CreateTable
CREATE TABLE "Trede" (
    "nummer" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "naam" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "nadruk" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Product" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "naam" TEXT NOT NULL,
    "korteNaam" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "categorie" TEXT NOT NULL,
    "doelTrede" INTEGER,
    "omschrijving" TEXT NOT NULL,
    "begeleiding" TEXT NOT NULL,
    "duurMaanden" INTEGER,
    "duurIsMaximum" BOOLEAN NOT NULL DEFAULT false,
    "verlenging" TEXT NOT NULL,
    "prijsEenheid" TEXT NOT NULL,
    "iwmoCategorie" TEXT,
    "iwmoCode" TEXT,
    "iwmoEenheid" TEXT,
    "iwmoFrequentie" TEXT,
    "iwmoVolume" INTEGER,
    "volgorde" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ProductStartTrede" (
    "productCode" TEXT NOT NULL,
    "trede" INTEGER NOT NULL,

    PRIMARY KEY ("productCode", "trede"),
    CONSTRAINT "ProductStartTrede_productCode_fkey" FOREIGN KEY ("productCode") REFERENCES "Product" ("code") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProductStartTrede_trede_fkey" FOREIGN KEY ("trede") REFERENCES "Trede" ("nummer") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tarief" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productCode" TEXT NOT NULL,
    "jaar" INTEGER NOT NULL,
    "bedragCent" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Tarief_productCode_fkey" FOREIGN KEY ("productCode") REFERENCES "Product" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AowLeeftijd" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "geborenVanaf" DATETIME,
    "geborenTotMet" DATETIME,
    "jaren" INTEGER NOT NULL,
    "maanden" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "VrijwilligersvergoedingGrens" (
    "jaar" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "perUurCent" INTEGER NOT NULL,
    "perMaandCent" INTEGER NOT NULL,
    "perJaarCent" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Branche" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Mogelijkheid" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Aanbieder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "kvkNummer" TEXT NOT NULL,
    "agbCode" TEXT NOT NULL,
    "website" TEXT,
    "omschrijving" TEXT NOT NULL,
    "contactNaam" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactTelefoon" TEXT,
    "contractVan" DATETIME NOT NULL,
    "contractTot" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Werkplek" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "aanbiederId" TEXT NOT NULL,
    "brancheId" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "taken" TEXT NOT NULL,
    "begeleiding" TEXT NOT NULL,
    "straat" TEXT NOT NULL,
    "huisnummer" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "plaats" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "biedtTrede3" BOOLEAN NOT NULL DEFAULT false,
    "biedtTrede4" BOOLEAN NOT NULL DEFAULT false,
    "ontwikkelingNaar3" BOOLEAN NOT NULL DEFAULT false,
    "ontwikkelingNaar4" BOOLEAN NOT NULL DEFAULT false,
    "ontwikkelingNaar5" BOOLEAN NOT NULL DEFAULT false,
    "dagenEnTijden" TEXT NOT NULL,
    "urenPerWeekMin" INTEGER,
    "urenPerWeekMax" INTEGER,
    "plaatsenBeschikbaar" INTEGER NOT NULL,
    "toegankelijkheid" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'CONCEPT',
    "zoektekst" TEXT NOT NULL,
    "versie" INTEGER NOT NULL DEFAULT 1,
    "gepubliceerdOp" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Werkplek_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Werkplek_brancheId_fkey" FOREIGN KEY ("brancheId") REFERENCES "Branche" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WerkplekMogelijkheid" (
    "werkplekId" TEXT NOT NULL,
    "mogelijkheidId" TEXT NOT NULL,

    PRIMARY KEY ("werkplekId", "mogelijkheidId"),
    CONSTRAINT "WerkplekMogelijkheid_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WerkplekMogelijkheid_mogelijkheidId_fkey" FOREIGN KEY ("mogelijkheidId") REFERENCES "Mogelijkheid" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Interesse" (
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
    CONSTRAINT "Interesse_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sleutel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Tarief_productCode_jaar_key" ON "Tarief"("productCode", "jaar");

-- CreateIndex
CREATE UNIQUE INDEX "Branche_slug_key" ON "Branche"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Mogelijkheid_slug_key" ON "Mogelijkheid"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Aanbieder_slug_key" ON "Aanbieder"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Aanbieder_kvkNummer_key" ON "Aanbieder"("kvkNummer");

-- CreateIndex
CREATE UNIQUE INDEX "Aanbieder_agbCode_key" ON "Aanbieder"("agbCode");

-- CreateIndex
CREATE UNIQUE INDEX "Werkplek_slug_key" ON "Werkplek"("slug");

-- CreateIndex
CREATE INDEX "Werkplek_status_latitude_longitude_idx" ON "Werkplek"("status", "latitude", "longitude");

-- CreateIndex
CREATE INDEX "Werkplek_status_titel_idx" ON "Werkplek"("status", "titel");

-- CreateIndex
CREATE INDEX "Werkplek_aanbiederId_idx" ON "Werkplek"("aanbiederId");

-- CreateIndex
CREATE INDEX "Werkplek_brancheId_idx" ON "Werkplek"("brancheId");

-- CreateIndex
CREATE INDEX "WerkplekMogelijkheid_mogelijkheidId_werkplekId_idx" ON "WerkplekMogelijkheid"("mogelijkheidId", "werkplekId");

-- CreateIndex
CREATE UNIQUE INDEX "Interesse_referentie_key" ON "Interesse"("referentie");

-- CreateIndex
CREATE INDEX "Interesse_status_createdAt_idx" ON "Interesse"("status", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitHit_sleutel_createdAt_idx" ON "RateLimitHit"("sleutel", "createdAt");
