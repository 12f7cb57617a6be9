-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ProductSoort" AS ENUM ('ALGEMENE_VOORZIENING', 'MAATWERK');

-- CreateEnum
CREATE TYPE "ProductCategorie" AS ENUM ('ORIENTATIE', 'ONTWIKKELING', 'OP_TREDE', 'BEGELEIDING_GROEP');

-- CreateEnum
CREATE TYPE "Verlenging" AS ENUM ('GEEN', 'EENMALIG', 'HERHAALD');

-- CreateEnum
CREATE TYPE "PrijsEenheid" AS ENUM ('PER_TRAJECT', 'PER_UUR', 'GEMEENTELIJK');

-- CreateEnum
CREATE TYPE "MogelijkheidSoort" AS ENUM ('ONTWIKKELING', 'ONDERSTEUNING');

-- CreateEnum
CREATE TYPE "WerkplekStatus" AS ENUM ('CONCEPT', 'INGEDIEND', 'GEPUBLICEERD', 'AFGEWEZEN', 'GEARCHIVEERD');

-- CreateEnum
CREATE TYPE "InteresseStatus" AS ENUM ('NIEUW', 'IN_BEHANDELING', 'AFGEHANDELD');

-- CreateTable
CREATE TABLE "Trede" (
    "nummer" INTEGER NOT NULL,
    "naam" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "nadruk" TEXT NOT NULL,

    CONSTRAINT "Trede_pkey" PRIMARY KEY ("nummer")
);

-- CreateTable
CREATE TABLE "Product" (
    "code" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "korteNaam" TEXT NOT NULL,
    "soort" "ProductSoort" NOT NULL,
    "categorie" "ProductCategorie" NOT NULL,
    "doelTrede" INTEGER,
    "omschrijving" TEXT NOT NULL,
    "begeleiding" TEXT NOT NULL,
    "duurMaanden" INTEGER,
    "duurIsMaximum" BOOLEAN NOT NULL DEFAULT false,
    "verlenging" "Verlenging" NOT NULL,
    "prijsEenheid" "PrijsEenheid" NOT NULL,
    "iwmoCategorie" TEXT,
    "iwmoCode" TEXT,
    "iwmoEenheid" TEXT,
    "iwmoFrequentie" TEXT,
    "iwmoVolume" INTEGER,
    "volgorde" INTEGER NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ProductStartTrede" (
    "productCode" TEXT NOT NULL,
    "trede" INTEGER NOT NULL,

    CONSTRAINT "ProductStartTrede_pkey" PRIMARY KEY ("productCode","trede")
);

-- CreateTable
CREATE TABLE "Tarief" (
    "id" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "jaar" INTEGER NOT NULL,
    "bedragCent" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tarief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AowLeeftijd" (
    "id" TEXT NOT NULL,
    "geborenVanaf" TIMESTAMP(3),
    "geborenTotMet" TIMESTAMP(3),
    "jaren" INTEGER NOT NULL,
    "maanden" INTEGER NOT NULL,

    CONSTRAINT "AowLeeftijd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VrijwilligersvergoedingGrens" (
    "jaar" INTEGER NOT NULL,
    "perUurCent" INTEGER NOT NULL,
    "perMaandCent" INTEGER NOT NULL,
    "perJaarCent" INTEGER NOT NULL,

    CONSTRAINT "VrijwilligersvergoedingGrens_pkey" PRIMARY KEY ("jaar")
);

-- CreateTable
CREATE TABLE "Branche" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,

    CONSTRAINT "Branche_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mogelijkheid" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "soort" "MogelijkheidSoort" NOT NULL,
    "naam" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,

    CONSTRAINT "Mogelijkheid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Aanbieder" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "kvkNummer" TEXT NOT NULL,
    "agbCode" TEXT NOT NULL,
    "website" TEXT,
    "omschrijving" TEXT NOT NULL,
    "contactNaam" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactTelefoon" TEXT,
    "contractVan" TIMESTAMP(3) NOT NULL,
    "contractTot" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Aanbieder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Werkplek" (
    "id" TEXT NOT NULL,
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
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
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
    "status" "WerkplekStatus" NOT NULL DEFAULT 'CONCEPT',
    "zoektekst" TEXT NOT NULL,
    "versie" INTEGER NOT NULL DEFAULT 1,
    "gepubliceerdOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Werkplek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WerkplekMogelijkheid" (
    "werkplekId" TEXT NOT NULL,
    "mogelijkheidId" TEXT NOT NULL,

    CONSTRAINT "WerkplekMogelijkheid_pkey" PRIMARY KEY ("werkplekId","mogelijkheidId")
);

-- CreateTable
CREATE TABLE "Interesse" (
    "id" TEXT NOT NULL,
    "referentie" TEXT NOT NULL,
    "werkplekId" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "email" TEXT,
    "telefoon" TEXT,
    "postcode" TEXT NOT NULL,
    "bericht" TEXT NOT NULL,
    "toestemmingOp" TIMESTAMP(3) NOT NULL,
    "status" "InteresseStatus" NOT NULL DEFAULT 'NIEUW',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interesse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ProductStartTrede" ADD CONSTRAINT "ProductStartTrede_productCode_fkey" FOREIGN KEY ("productCode") REFERENCES "Product"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductStartTrede" ADD CONSTRAINT "ProductStartTrede_trede_fkey" FOREIGN KEY ("trede") REFERENCES "Trede"("nummer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tarief" ADD CONSTRAINT "Tarief_productCode_fkey" FOREIGN KEY ("productCode") REFERENCES "Product"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Werkplek" ADD CONSTRAINT "Werkplek_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Werkplek" ADD CONSTRAINT "Werkplek_brancheId_fkey" FOREIGN KEY ("brancheId") REFERENCES "Branche"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WerkplekMogelijkheid" ADD CONSTRAINT "WerkplekMogelijkheid_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WerkplekMogelijkheid" ADD CONSTRAINT "WerkplekMogelijkheid_mogelijkheidId_fkey" FOREIGN KEY ("mogelijkheidId") REFERENCES "Mogelijkheid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interesse" ADD CONSTRAINT "Interesse_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


