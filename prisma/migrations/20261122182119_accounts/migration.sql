-- CreateTable
CREATE TABLE "Gebruiker" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "rol" TEXT NOT NULL,
    "aanbiederId" TEXT,
    "wachtwoordHash" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "sessieVersie" INTEGER NOT NULL DEFAULT 1,
    "totpGeheim" TEXT,
    "totpActiefOp" DATETIME,
    "laatstIngelogdOp" DATETIME,
    "laatsteActiviteitOp" DATETIME,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Gebruiker_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gebruikerId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "verlooptOp" DATETIME NOT NULL,
    "gebruiktOp" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Token_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Herstelcode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gebruikerId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "gebruiktOp" DATETIME,
    CONSTRAINT "Herstelcode_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InlogPoging" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sleutel" TEXT NOT NULL,
    "gelukt" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditRegel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tijdstip" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gebruikerId" TEXT,
    "activiteit" TEXT NOT NULL,
    "betrokkene" TEXT,
    "bron" TEXT NOT NULL,
    "uitkomst" TEXT NOT NULL,
    "toelichting" TEXT
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
