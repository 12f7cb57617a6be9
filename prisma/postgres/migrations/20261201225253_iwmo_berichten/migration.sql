-- CreateTable
CREATE TABLE "IwmoBericht" (
    "id" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "richting" TEXT NOT NULL,
    "partij" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "afzender" TEXT NOT NULL,
    "ontvanger" TEXT NOT NULL,
    "identificatie" TEXT NOT NULL,
    "dagtekening" TIMESTAMP(3) NOT NULL,
    "bronSleutel" TEXT,
    "inhoudHash" TEXT NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "xml" TEXT NOT NULL,
    "antwoordOpId" TEXT,
    "uiterlijkOp" TIMESTAMP(3),
    "omschrijving" TEXT NOT NULL,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verzondenOp" TIMESTAMP(3),
    "ontvangenOp" TIMESTAMP(3),

    CONSTRAINT "IwmoBericht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IwmoBerichtToewijzing" (
    "berichtId" TEXT NOT NULL,
    "toewijzingId" TEXT NOT NULL,

    CONSTRAINT "IwmoBerichtToewijzing_pkey" PRIMARY KEY ("berichtId","toewijzingId")
);

-- CreateTable
CREATE TABLE "IwmoVerzoek" (
    "id" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "berichtId" TEXT NOT NULL,
    "aanbiederId" TEXT NOT NULL,
    "inwonerId" TEXT NOT NULL,
    "toewijzingId" TEXT,
    "herindicatieverzoekId" TEXT,
    "referentieAanbieder" TEXT NOT NULL,
    "productCategorie" TEXT,
    "productCode" TEXT,
    "ingangsdatum" TIMESTAMP(3) NOT NULL,
    "einddatum" TIMESTAMP(3),
    "volume" INTEGER,
    "eenheid" TEXT,
    "frequentie" TEXT,
    "commentaar" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "redenAfwijzing" TEXT,
    "antwoordToewijzingId" TEXT,
    "ontvangenOp" TIMESTAMP(3) NOT NULL,
    "uiterlijkAntwoordOp" TIMESTAMP(3) NOT NULL,
    "beantwoordOp" TIMESTAMP(3),

    CONSTRAINT "IwmoVerzoek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IwmoInstelling" (
    "sleutel" TEXT NOT NULL,
    "waarde" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IwmoInstelling_pkey" PRIMARY KEY ("sleutel")
);

-- CreateIndex
CREATE UNIQUE INDEX "IwmoBericht_bronSleutel_key" ON "IwmoBericht"("bronSleutel");

-- CreateIndex
CREATE UNIQUE INDEX "IwmoBericht_inhoudHash_key" ON "IwmoBericht"("inhoudHash");

-- CreateIndex
CREATE INDEX "IwmoBericht_status_partij_idx" ON "IwmoBericht"("status", "partij");

-- CreateIndex
CREATE INDEX "IwmoBericht_aanbiederId_aangemaaktOp_idx" ON "IwmoBericht"("aanbiederId", "aangemaaktOp");

-- CreateIndex
CREATE UNIQUE INDEX "IwmoBericht_afzender_identificatie_key" ON "IwmoBericht"("afzender", "identificatie");

-- CreateIndex
CREATE INDEX "IwmoBerichtToewijzing_toewijzingId_idx" ON "IwmoBerichtToewijzing"("toewijzingId");

-- CreateIndex
CREATE UNIQUE INDEX "IwmoVerzoek_herindicatieverzoekId_key" ON "IwmoVerzoek"("herindicatieverzoekId");

-- CreateIndex
CREATE INDEX "IwmoVerzoek_status_idx" ON "IwmoVerzoek"("status");

-- CreateIndex
CREATE INDEX "IwmoVerzoek_aanbiederId_idx" ON "IwmoVerzoek"("aanbiederId");

-- AddForeignKey
ALTER TABLE "IwmoBericht" ADD CONSTRAINT "IwmoBericht_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IwmoBerichtToewijzing" ADD CONSTRAINT "IwmoBerichtToewijzing_berichtId_fkey" FOREIGN KEY ("berichtId") REFERENCES "IwmoBericht"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IwmoBerichtToewijzing" ADD CONSTRAINT "IwmoBerichtToewijzing_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IwmoVerzoek" ADD CONSTRAINT "IwmoVerzoek_berichtId_fkey" FOREIGN KEY ("berichtId") REFERENCES "IwmoBericht"("id") ON DELETE CASCADE ON UPDATE CASCADE;


