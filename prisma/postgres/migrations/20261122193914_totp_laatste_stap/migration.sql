-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "totpLaatsteStap" INTEGER;


