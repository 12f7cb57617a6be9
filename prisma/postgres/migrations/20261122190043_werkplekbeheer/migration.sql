-- CreateEnum
CREATE TYPE "RevisieStatus" AS ENUM ('CONCEPT', 'INGEDIEND', 'AFGEWEZEN');

-- AlterTable
ALTER TABLE "Werkplek" ADD COLUMN     "afwijzingsreden" TEXT,
ADD COLUMN     "gewijzigdDoorId" TEXT,
ADD COLUMN     "ingediendOp" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WerkplekRevisie" (
    "id" TEXT NOT NULL,
    "werkplekId" TEXT NOT NULL,
    "inhoud" TEXT NOT NULL,
    "status" "RevisieStatus" NOT NULL DEFAULT 'CONCEPT',
    "ingediendOp" TIMESTAMP(3),
    "afwijzingsreden" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WerkplekRevisie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Foto" (
    "id" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "bestand" TEXT NOT NULL,
    "breedte" INTEGER NOT NULL,
    "hoogte" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Foto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WerkplekFoto" (
    "werkplekId" TEXT NOT NULL,
    "fotoId" TEXT NOT NULL,
    "altTekst" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,

    CONSTRAINT "WerkplekFoto_pkey" PRIMARY KEY ("werkplekId","fotoId")
);

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

-- AddForeignKey
ALTER TABLE "Werkplek" ADD CONSTRAINT "Werkplek_gewijzigdDoorId_fkey" FOREIGN KEY ("gewijzigdDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WerkplekRevisie" ADD CONSTRAINT "WerkplekRevisie_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Foto" ADD CONSTRAINT "Foto_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WerkplekFoto" ADD CONSTRAINT "WerkplekFoto_werkplekId_fkey" FOREIGN KEY ("werkplekId") REFERENCES "Werkplek"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WerkplekFoto" ADD CONSTRAINT "WerkplekFoto_fotoId_fkey" FOREIGN KEY ("fotoId") REFERENCES "Foto"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


