-- DropIndex
DROP INDEX "Werkplek_status_latitude_longitude_idx";

-- CreateIndex
CREATE INDEX "Werkplek_zoeken_idx" ON "Werkplek"("status", "latitude", "longitude", "brancheId", "biedtTrede3", "biedtTrede4", "ontwikkelingNaar3", "ontwikkelingNaar4", "ontwikkelingNaar5", "plaatsenBeschikbaar", "titel", "id");


