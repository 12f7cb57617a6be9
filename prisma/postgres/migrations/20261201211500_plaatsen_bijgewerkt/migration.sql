-- AlterTable
ALTER TABLE "Werkplek" ADD COLUMN     "plaatsenBijgewerktOp" TIMESTAMP(3);
