-- CreateTable
CREATE TABLE "WerkplekRevisie" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "werkplekId" TEXT NOT NULL,
    "inhoud" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'CONCEPT',
    "ingediendOp" DATETIME,
    "afwijzingsreden" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WerkplekRevisie_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Foto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "aanbiederId" TEXT NOT NULL,
    "bestand" TEXT NOT NULL,
    "breedte" INTEGER NOT NULL,
    "hoogte" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Foto_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WerkplekFoto" (
    "werkplekId" TEXT NOT NULL,
    "fotoId" TEXT NOT NULL,
    "altTekst" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,

    PRIMARY KEY ("werkplekId", "fotoId"),
    CONSTRAINT "WerkplekFoto_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WerkplekFoto_fotoId_fkey" FOREIGN KEY ("fotoId") REFERENCES "Foto" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Werkplek" (
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
    "ingediendOp" DATETIME,
    "afwijzingsreden" TEXT,
    "gewijzigdDoorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Werkplek_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Werkplek_brancheId_fkey" FOREIGN KEY ("brancheId") REFERENCES "Branche" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Werkplek_gewijzigdDoorId_fkey" FOREIGN KEY ("gewijzigdDoorId") REFERENCES "Gebruiker" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Werkplek" ("aanbiederId", "begeleiding", "biedtTrede3", "biedtTrede4", "brancheId", "createdAt", "dagenEnTijden", "gepubliceerdOp", "huisnummer", "id", "latitude", "longitude", "omschrijving", "ontwikkelingNaar3", "ontwikkelingNaar4", "ontwikkelingNaar5", "plaats", "plaatsenBeschikbaar", "postcode", "slug", "status", "straat", "taken", "titel", "toegankelijkheid", "updatedAt", "urenPerWeekMax", "urenPerWeekMin", "versie", "zoektekst") SELECT "aanbiederId", "begeleiding", "biedtTrede3", "biedtTrede4", "brancheId", "createdAt", "dagenEnTijden", "gepubliceerdOp", "huisnummer", "id", "latitude", "longitude", "omschrijving", "ontwikkelingNaar3", "ontwikkelingNaar4", "ontwikkelingNaar5", "plaats", "plaatsenBeschikbaar", "postcode", "slug", "status", "straat", "taken", "titel", "toegankelijkheid", "updatedAt", "urenPerWeekMax", "urenPerWeekMin", "versie", "zoektekst" FROM "Werkplek";
DROP TABLE "Werkplek";
ALTER TABLE "new_Werkplek" RENAME TO "Werkplek";
CREATE UNIQUE INDEX "Werkplek_slug_key" ON "Werkplek"("slug");
CREATE INDEX "Werkplek_status_latitude_longitude_idx" ON "Werkplek"("status", "latitude", "longitude");
CREATE INDEX "Werkplek_status_titel_idx" ON "Werkplek"("status", "titel");
CREATE INDEX "Werkplek_aanbiederId_idx" ON "Werkplek"("aanbiederId");
CREATE INDEX "Werkplek_brancheId_idx" ON "Werkplek"("brancheId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "WerkplekRevisie_werkplekId_key" ON "WerkplekRevisie"("werkplekId");

-- CreateIndex
CREATE INDEX "WerkplekRevisie_status_ingediendOp_idx" ON "WerkplekRevisie"("status", "ingediendOp");

-- CreateIndex
CREATE UNIQUE INDEX "Foto_bestand_key" ON "Foto"("bestand");

-- CreateIndex
CREATE INDEX "Foto_aanbiederId_idx" ON "Foto"("aanbiederId");

-- CreateIndex
CREATE INDEX "WerkplekFoto_fotoId_idx" ON "WerkplekFoto"("fotoId");
