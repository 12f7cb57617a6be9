-- CreateTable
CREATE TABLE "Ondersteuningsplan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toewijzingId" TEXT NOT NULL,
    "versie" INTEGER NOT NULL DEFAULT 1,
    "bijgewerktDoorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Ondersteuningsplan_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanDoel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ondersteuningsplanId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlanDoel_ondersteuningsplanId_fkey" FOREIGN KEY ("ondersteuningsplanId") REFERENCES "Ondersteuningsplan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Melding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toewijzingId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "watGebeurde" TEXT NOT NULL,
    "aanpak" TEXT NOT NULL,
    "gemeldDoorId" TEXT NOT NULL,
    "gelezenOp" DATETIME,
    "gelezenDoorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Melding_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evaluatiegesprek" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toewijzingId" TEXT NOT NULL,
    "moment" DATETIME NOT NULL,
    "plaats" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'VOORGESTELD',
    "voorgesteldDoorId" TEXT NOT NULL,
    "tegenvoorstel" TEXT,
    "beantwoordOp" DATETIME,
    "beantwoordDoorId" TEXT,
    "uitkomst" TEXT,
    "uitkomstOp" DATETIME,
    "uitkomstDoorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Evaluatiegesprek_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Eindverantwoording" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toewijzingId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'CONCEPT',
    "algemeen" TEXT NOT NULL DEFAULT '',
    "resultaatToelichting" TEXT NOT NULL DEFAULT '',
    "voortzetten" TEXT NOT NULL DEFAULT '',
    "nieuweDoelen" TEXT NOT NULL DEFAULT '',
    "adviesTrede" INTEGER,
    "adviesWaarHoe" TEXT NOT NULL DEFAULT '',
    "stapGemaakt" BOOLEAN,
    "stapToelichting" TEXT NOT NULL DEFAULT '',
    "bereikteTrede" INTEGER,
    "samenMetInwonerOp" DATETIME,
    "versie" INTEGER NOT NULL DEFAULT 1,
    "ingediendOp" DATETIME,
    "ingediendDoorId" TEXT,
    "laatstIngediendOp" DATETIME,
    "terugvraag" TEXT,
    "teruggestuurdOp" DATETIME,
    "teruggestuurdDoorId" TEXT,
    "gelezenOp" DATETIME,
    "gelezenDoorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Eindverantwoording_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvDoelResultaat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eindverantwoordingId" TEXT NOT NULL,
    "planDoelId" TEXT NOT NULL,
    "resultaat" TEXT NOT NULL,
    "toelichting" TEXT NOT NULL,
    CONSTRAINT "EvDoelResultaat_eindverantwoordingId_fkey" FOREIGN KEY ("eindverantwoordingId") REFERENCES "Eindverantwoording" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvDoelResultaat_planDoelId_fkey" FOREIGN KEY ("planDoelId") REFERENCES "PlanDoel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Herindicatieverzoek" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toewijzingId" TEXT NOT NULL,
    "reden" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "voorgesteldeStart" DATETIME NOT NULL,
    "voorgesteldeEind" DATETIME NOT NULL,
    "urenPerWeek" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'INGEDIEND',
    "bron" TEXT NOT NULL DEFAULT 'PORTAAL',
    "ingediendDoorId" TEXT,
    "besluitOp" DATETIME,
    "besluitDoorId" TEXT,
    "besluitToelichting" TEXT,
    "nieuweToewijzingId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Herindicatieverzoek_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Herindicatieverzoek_nieuweToewijzingId_fkey" FOREIGN KEY ("nieuweToewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ToewijzingWijziging" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toewijzingId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "oudeEinddatum" DATETIME NOT NULL,
    "nieuweEinddatum" DATETIME NOT NULL,
    "reden" TEXT NOT NULL,
    "redenWijziging" TEXT NOT NULL,
    "doorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ToewijzingWijziging_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Orientatie" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nummer" TEXT NOT NULL,
    "inwonerId" TEXT NOT NULL,
    "begeleiderId" TEXT NOT NULL,
    "startdatum" DATETIME NOT NULL,
    "einddatum" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'LOPEND',
    "adviesWerkveld" TEXT,
    "adviesOpleiding" TEXT,
    "adviesVervolg" TEXT,
    "adviesOp" DATETIME,
    "gestoptOp" DATETIME,
    "stopreden" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Orientatie_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Orientatie_begeleiderId_fkey" FOREIGN KEY ("begeleiderId") REFERENCES "Gebruiker" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LadderRegel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "inwonerId" TEXT NOT NULL,
    "datum" DATETIME NOT NULL,
    "trede" INTEGER NOT NULL,
    "perspectiefTrede" INTEGER,
    "perspectiefDatum" DATETIME,
    "toelichting" TEXT,
    "vastgelegdDoorId" TEXT NOT NULL,
    "toewijzingId" TEXT,
    "orientatieId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LadderRegel_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LadderRegel_vastgelegdDoorId_fkey" FOREIGN KEY ("vastgelegdDoorId") REFERENCES "Gebruiker" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LadderRegel_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LadderRegel_orientatieId_fkey" FOREIGN KEY ("orientatieId") REFERENCES "Orientatie" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_LadderRegel" ("createdAt", "datum", "id", "inwonerId", "perspectiefDatum", "perspectiefTrede", "toelichting", "trede", "vastgelegdDoorId") SELECT "createdAt", "datum", "id", "inwonerId", "perspectiefDatum", "perspectiefTrede", "toelichting", "trede", "vastgelegdDoorId" FROM "LadderRegel";
DROP TABLE "LadderRegel";
ALTER TABLE "new_LadderRegel" RENAME TO "LadderRegel";
CREATE INDEX "LadderRegel_inwonerId_datum_idx" ON "LadderRegel"("inwonerId", "datum");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Ondersteuningsplan_toewijzingId_key" ON "Ondersteuningsplan"("toewijzingId");

-- CreateIndex
CREATE INDEX "PlanDoel_ondersteuningsplanId_volgorde_idx" ON "PlanDoel"("ondersteuningsplanId", "volgorde");

-- CreateIndex
CREATE INDEX "Melding_toewijzingId_createdAt_idx" ON "Melding"("toewijzingId", "createdAt");

-- CreateIndex
CREATE INDEX "Melding_gelezenOp_idx" ON "Melding"("gelezenOp");

-- CreateIndex
CREATE INDEX "Evaluatiegesprek_toewijzingId_createdAt_idx" ON "Evaluatiegesprek"("toewijzingId", "createdAt");

-- CreateIndex
CREATE INDEX "Evaluatiegesprek_status_idx" ON "Evaluatiegesprek"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Eindverantwoording_toewijzingId_key" ON "Eindverantwoording"("toewijzingId");

-- CreateIndex
CREATE INDEX "Eindverantwoording_status_idx" ON "Eindverantwoording"("status");

-- CreateIndex
CREATE UNIQUE INDEX "EvDoelResultaat_eindverantwoordingId_planDoelId_key" ON "EvDoelResultaat"("eindverantwoordingId", "planDoelId");

-- CreateIndex
CREATE UNIQUE INDEX "Herindicatieverzoek_nieuweToewijzingId_key" ON "Herindicatieverzoek"("nieuweToewijzingId");

-- CreateIndex
CREATE INDEX "Herindicatieverzoek_toewijzingId_idx" ON "Herindicatieverzoek"("toewijzingId");

-- CreateIndex
CREATE INDEX "Herindicatieverzoek_status_idx" ON "Herindicatieverzoek"("status");

-- CreateIndex
CREATE INDEX "ToewijzingWijziging_toewijzingId_createdAt_idx" ON "ToewijzingWijziging"("toewijzingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Orientatie_nummer_key" ON "Orientatie"("nummer");

-- CreateIndex
CREATE INDEX "Orientatie_inwonerId_idx" ON "Orientatie"("inwonerId");

-- CreateIndex
CREATE INDEX "Orientatie_status_einddatum_idx" ON "Orientatie"("status", "einddatum");
