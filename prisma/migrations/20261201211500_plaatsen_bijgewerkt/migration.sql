-- AlterTable
ALTER TABLE "Werkplek" ADD COLUMN "plaatsenBijgewerktOp" DATETIME;
