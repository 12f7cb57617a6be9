-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('AANBIEDER_BEHEERDER', 'AANBIEDER_MEDEWERKER', 'WMO_CONSULENT', 'TRAJECTREGISSEUR', 'ACTIVERINGSCOACH', 'TEAMMANAGER', 'CENTRUM', 'BEHEERDER');

-- CreateEnum
CREATE TYPE "TokenSoort" AS ENUM ('UITNODIGING', 'WACHTWOORD_HERSTEL');

-- CreateTable
CREATE TABLE "Gebruiker" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "rol" "Rol" NOT NULL,
    "aanbiederId" TEXT,
    "wachtwoordHash" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "sessieVersie" INTEGER NOT NULL DEFAULT 1,
    "totpGeheim" TEXT,
    "totpActiefOp" TIMESTAMP(3),
    "laatstIngelogdOp" TIMESTAMP(3),
    "laatsteActiviteitOp" TIMESTAMP(3),
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gebruiker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "soort" "TokenSoort" NOT NULL,
    "hash" TEXT NOT NULL,
    "verlooptOp" TIMESTAMP(3) NOT NULL,
    "gebruiktOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Herstelcode" (
    "id" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "gebruiktOp" TIMESTAMP(3),

    CONSTRAINT "Herstelcode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InlogPoging" (
    "id" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "gelukt" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InlogPoging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRegel" (
    "id" TEXT NOT NULL,
    "tijdstip" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gebruikerId" TEXT,
    "activiteit" TEXT NOT NULL,
    "betrokkene" TEXT,
    "bron" TEXT NOT NULL,
    "uitkomst" TEXT NOT NULL,
    "toelichting" TEXT,

    CONSTRAINT "AuditRegel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_email_key" ON "Gebruiker"("email");

-- CreateIndex
CREATE INDEX "Gebruiker_aanbiederId_idx" ON "Gebruiker"("aanbiederId");

-- CreateIndex
CREATE UNIQUE INDEX "Token_hash_key" ON "Token"("hash");

-- CreateIndex
CREATE INDEX "Token_gebruikerId_soort_idx" ON "Token"("gebruikerId", "soort");

-- CreateIndex
CREATE INDEX "Herstelcode_gebruikerId_idx" ON "Herstelcode"("gebruikerId");

-- CreateIndex
CREATE INDEX "InlogPoging_sleutel_createdAt_idx" ON "InlogPoging"("sleutel", "createdAt");

-- CreateIndex
CREATE INDEX "AuditRegel_tijdstip_idx" ON "AuditRegel"("tijdstip");

-- CreateIndex
CREATE INDEX "AuditRegel_gebruikerId_tijdstip_idx" ON "AuditRegel"("gebruikerId", "tijdstip");

-- CreateIndex
CREATE INDEX "AuditRegel_activiteit_tijdstip_idx" ON "AuditRegel"("activiteit", "tijdstip");

-- AddForeignKey
ALTER TABLE "Gebruiker" ADD CONSTRAINT "Gebruiker_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Herstelcode" ADD CONSTRAINT "Herstelcode_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;


