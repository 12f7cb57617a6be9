-- CreateEnum
CREATE TYPE "Uitkering" AS ENUM ('PARTICIPATIEWET', 'UWV', 'ANDERS', 'GEEN');

-- CreateEnum
CREATE TYPE "ToewijzingStatus" AS ENUM ('TOEGEWEZEN', 'GESTART', 'BEEINDIGD', 'INGETROKKEN');

-- AlterTable
ALTER TABLE "Interesse" ADD COLUMN     "afgehandeldOp" TIMESTAMP(3),
ADD COLUMN     "behandelaarId" TEXT,
ADD COLUMN     "inwonerId" TEXT;

-- CreateTable
CREATE TABLE "Inwoner" (
    "id" TEXT NOT NULL,
    "bsn" TEXT NOT NULL,
    "voornamen" TEXT NOT NULL,
    "tussenvoegsel" TEXT,
    "achternaam" TEXT NOT NULL,
    "geboortedatum" TIMESTAMP(3) NOT NULL,
    "straat" TEXT NOT NULL,
    "huisnummer" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "plaats" TEXT NOT NULL,
    "email" TEXT,
    "telefoon" TEXT,
    "uitkering" "Uitkering" NOT NULL,
    "contactpersoonId" TEXT,
    "zoeknaam" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inwoner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LadderRegel" (
    "id" TEXT NOT NULL,
    "inwonerId" TEXT NOT NULL,
    "datum" TIMESTAMP(3) NOT NULL,
    "trede" INTEGER NOT NULL,
    "perspectiefTrede" INTEGER,
    "perspectiefDatum" TIMESTAMP(3),
    "toelichting" TEXT,
    "vastgelegdDoorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LadderRegel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Toewijzing" (
    "id" TEXT NOT NULL,
    "nummer" TEXT NOT NULL,
    "inwonerId" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "werkplekId" TEXT,
    "startdatum" TIMESTAMP(3) NOT NULL,
    "einddatum" TIMESTAMP(3) NOT NULL,
    "urenPerWeek" INTEGER,
    "status" "ToewijzingStatus" NOT NULL DEFAULT 'TOEGEWEZEN',
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
    "gestartOp" TIMESTAMP(3),
    "beeindigdOp" TIMESTAMP(3),
    "redenBeeindiging" TEXT,
    "ingetrokkenOp" TIMESTAMP(3),
    "intrekkingsreden" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Toewijzing_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "Interesse" ADD CONSTRAINT "Interesse_behandelaarId_fkey" FOREIGN KEY ("behandelaarId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interesse" ADD CONSTRAINT "Interesse_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inwoner" ADD CONSTRAINT "Inwoner_contactpersoonId_fkey" FOREIGN KEY ("contactpersoonId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LadderRegel" ADD CONSTRAINT "LadderRegel_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LadderRegel" ADD CONSTRAINT "LadderRegel_vastgelegdDoorId_fkey" FOREIGN KEY ("vastgelegdDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_productCode_fkey" FOREIGN KEY ("productCode") REFERENCES "Product"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_verlengingVanId_fkey" FOREIGN KEY ("verlengingVanId") REFERENCES "Toewijzing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_contactpersoonId_fkey" FOREIGN KEY ("contactpersoonId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_afgegevenDoorId_fkey" FOREIGN KEY ("afgegevenDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


