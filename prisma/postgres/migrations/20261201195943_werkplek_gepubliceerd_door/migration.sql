-- AlterTable
ALTER TABLE "Werkplek" ADD COLUMN     "gepubliceerdDoorId" TEXT;
