-- Issue 23: photos live in the database, so instances share no folder and a backup carries them
-- (docs/decisions/0039). The bytes of each processed photo, keyed by the storage key Foto.bestand
-- names. Files of an existing installation cannot be read in SQL: scripts/fotos-naar-database.ts
-- copies them in once after this migration.

-- CreateTable
CREATE TABLE "FotoInhoud" (
    "sleutel" TEXT NOT NULL,
    "inhoud" BYTEA NOT NULL,
    "mime" TEXT NOT NULL,
    "grootte" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FotoInhoud_pkey" PRIMARY KEY ("sleutel")
);


