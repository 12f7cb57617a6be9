-- CreateEnum
CREATE TYPE "DoelSoort" AS ENUM ('KENNIS', 'VAARDIGHEDEN', 'HOUDING');

-- CreateEnum
CREATE TYPE "MeldingSoort" AS ENUM ('CALAMITEIT', 'RESULTAAT_IN_GEVAAR');

-- CreateEnum
CREATE TYPE "EvaluatieStatus" AS ENUM ('VOORGESTELD', 'ANDER_MOMENT', 'GEACCEPTEERD', 'AFGEROND', 'GEANNULEERD');

-- CreateEnum
CREATE TYPE "EindverantwoordingStatus" AS ENUM ('CONCEPT', 'INGEDIEND', 'TERUGGESTUURD', 'GELEZEN');

-- CreateEnum
CREATE TYPE "DoelResultaat" AS ENUM ('BEREIKT', 'GEDEELTELIJK', 'NIET_BEREIKT');

-- CreateEnum
CREATE TYPE "HerindicatieStatus" AS ENUM ('INGEDIEND', 'VERLENGD', 'ANDER_PRODUCT', 'BEEINDIGEN');

-- CreateEnum
CREATE TYPE "WijzigingSoort" AS ENUM ('BEEINDIGD_DOOR_GEMEENTE', 'EINDDATUM_GECORRIGEERD');

-- CreateEnum
CREATE TYPE "OrientatieStatus" AS ENUM ('LOPEND', 'AFGEROND', 'GESTOPT');

-- AlterTable
ALTER TABLE "LadderRegel" ADD COLUMN     "orientatieId" TEXT,
ADD COLUMN     "toewijzingId" TEXT;

-- CreateTable
CREATE TABLE "Ondersteuningsplan" (
    "id" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,
    "versie" INTEGER NOT NULL DEFAULT 1,
    "bijgewerktDoorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ondersteuningsplan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanDoel" (
    "id" TEXT NOT NULL,
    "ondersteuningsplanId" TEXT NOT NULL,
    "soort" "DoelSoort" NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanDoel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Melding" (
    "id" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,
    "soort" "MeldingSoort" NOT NULL,
    "watGebeurde" TEXT NOT NULL,
    "aanpak" TEXT NOT NULL,
    "gemeldDoorId" TEXT NOT NULL,
    "gelezenOp" TIMESTAMP(3),
    "gelezenDoorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Melding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluatiegesprek" (
    "id" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,
    "moment" TIMESTAMP(3) NOT NULL,
    "plaats" TEXT NOT NULL,
    "status" "EvaluatieStatus" NOT NULL DEFAULT 'VOORGESTELD',
    "voorgesteldDoorId" TEXT NOT NULL,
    "tegenvoorstel" TEXT,
    "beantwoordOp" TIMESTAMP(3),
    "beantwoordDoorId" TEXT,
    "uitkomst" TEXT,
    "uitkomstOp" TIMESTAMP(3),
    "uitkomstDoorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluatiegesprek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Eindverantwoording" (
    "id" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,
    "status" "EindverantwoordingStatus" NOT NULL DEFAULT 'CONCEPT',
    "algemeen" TEXT NOT NULL DEFAULT '',
    "resultaatToelichting" TEXT NOT NULL DEFAULT '',
    "voortzetten" TEXT NOT NULL DEFAULT '',
    "nieuweDoelen" TEXT NOT NULL DEFAULT '',
    "adviesTrede" INTEGER,
    "adviesWaarHoe" TEXT NOT NULL DEFAULT '',
    "stapGemaakt" BOOLEAN,
    "stapToelichting" TEXT NOT NULL DEFAULT '',
    "bereikteTrede" INTEGER,
    "samenMetInwonerOp" TIMESTAMP(3),
    "versie" INTEGER NOT NULL DEFAULT 1,
    "ingediendOp" TIMESTAMP(3),
    "ingediendDoorId" TEXT,
    "laatstIngediendOp" TIMESTAMP(3),
    "terugvraag" TEXT,
    "teruggestuurdOp" TIMESTAMP(3),
    "teruggestuurdDoorId" TEXT,
    "gelezenOp" TIMESTAMP(3),
    "gelezenDoorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Eindverantwoording_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvDoelResultaat" (
    "id" TEXT NOT NULL,
    "eindverantwoordingId" TEXT NOT NULL,
    "planDoelId" TEXT NOT NULL,
    "resultaat" "DoelResultaat" NOT NULL,
    "toelichting" TEXT NOT NULL,

    CONSTRAINT "EvDoelResultaat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Herindicatieverzoek" (
    "id" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,
    "reden" TEXT NOT NULL,
    "productCode" TEXT NOT NULL,
    "voorgesteldeStart" TIMESTAMP(3) NOT NULL,
    "voorgesteldeEind" TIMESTAMP(3) NOT NULL,
    "urenPerWeek" INTEGER,
    "status" "HerindicatieStatus" NOT NULL DEFAULT 'INGEDIEND',
    "bron" TEXT NOT NULL DEFAULT 'PORTAAL',
    "ingediendDoorId" TEXT,
    "besluitOp" TIMESTAMP(3),
    "besluitDoorId" TEXT,
    "besluitToelichting" TEXT,
    "nieuweToewijzingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Herindicatieverzoek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToewijzingWijziging" (
    "id" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,
    "soort" "WijzigingSoort" NOT NULL,
    "oudeEinddatum" TIMESTAMP(3) NOT NULL,
    "nieuweEinddatum" TIMESTAMP(3) NOT NULL,
    "reden" TEXT NOT NULL,
    "redenWijziging" TEXT NOT NULL,
    "doorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ToewijzingWijziging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Orientatie" (
    "id" TEXT NOT NULL,
    "nummer" TEXT NOT NULL,
    "inwonerId" TEXT NOT NULL,
    "begeleiderId" TEXT NOT NULL,
    "startdatum" TIMESTAMP(3) NOT NULL,
    "einddatum" TIMESTAMP(3) NOT NULL,
    "status" "OrientatieStatus" NOT NULL DEFAULT 'LOPEND',
    "adviesWerkveld" TEXT,
    "adviesOpleiding" TEXT,
    "adviesVervolg" TEXT,
    "adviesOp" TIMESTAMP(3),
    "gestoptOp" TIMESTAMP(3),
    "stopreden" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Orientatie_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "LadderRegel" ADD CONSTRAINT "LadderRegel_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LadderRegel" ADD CONSTRAINT "LadderRegel_orientatieId_fkey" FOREIGN KEY ("orientatieId") REFERENCES "Orientatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ondersteuningsplan" ADD CONSTRAINT "Ondersteuningsplan_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDoel" ADD CONSTRAINT "PlanDoel_ondersteuningsplanId_fkey" FOREIGN KEY ("ondersteuningsplanId") REFERENCES "Ondersteuningsplan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluatiegesprek" ADD CONSTRAINT "Evaluatiegesprek_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Eindverantwoording" ADD CONSTRAINT "Eindverantwoording_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvDoelResultaat" ADD CONSTRAINT "EvDoelResultaat_eindverantwoordingId_fkey" FOREIGN KEY ("eindverantwoordingId") REFERENCES "Eindverantwoording"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvDoelResultaat" ADD CONSTRAINT "EvDoelResultaat_planDoelId_fkey" FOREIGN KEY ("planDoelId") REFERENCES "PlanDoel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Herindicatieverzoek" ADD CONSTRAINT "Herindicatieverzoek_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Herindicatieverzoek" ADD CONSTRAINT "Herindicatieverzoek_nieuweToewijzingId_fkey" FOREIGN KEY ("nieuweToewijzingId") REFERENCES "Toewijzing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToewijzingWijziging" ADD CONSTRAINT "ToewijzingWijziging_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Orientatie" ADD CONSTRAINT "Orientatie_inwonerId_fkey" FOREIGN KEY ("inwonerId") REFERENCES "Inwoner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Orientatie" ADD CONSTRAINT "Orientatie_begeleiderId_fkey" FOREIGN KEY ("begeleiderId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


