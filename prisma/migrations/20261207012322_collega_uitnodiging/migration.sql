-- CreateTable
CREATE TABLE "CollegaUitnodiging" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "aanbiederId" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "rol" TEXT NOT NULL,
    "gebruikerId" TEXT,
    "verstuurdOp" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verlooptOp" DATETIME NOT NULL,
    "ingetrokkenOp" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CollegaUitnodiging_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CollegaUitnodiging_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CollegaUitnodiging_aanbiederId_ingetrokkenOp_idx" ON "CollegaUitnodiging"("aanbiederId", "ingetrokkenOp");

-- CreateIndex
CREATE INDEX "CollegaUitnodiging_gebruikerId_idx" ON "CollegaUitnodiging"("gebruikerId");

-- Every aanbieder account that was invited and never activated gets its invitation as a record,
-- so the colleagues list keeps showing it (docs/decisions/0022).
INSERT INTO "CollegaUitnodiging" ("id", "aanbiederId", "naam", "email", "rol", "gebruikerId", "verstuurdOp", "verlooptOp", "ingetrokkenOp", "createdAt")
SELECT 'mig' || g."id", g."aanbiederId", g."naam", g."email", g."rol", g."id",
       COALESCE((SELECT MAX(t."createdAt") FROM "Token" t WHERE t."gebruikerId" = g."id" AND t."soort" = 'UITNODIGING'), g."createdAt"),
       COALESCE((SELECT MAX(t."verlooptOp") FROM "Token" t WHERE t."gebruikerId" = g."id" AND t."soort" = 'UITNODIGING'), g."createdAt"),
       CASE WHEN g."actief" = 1 THEN NULL ELSE g."updatedAt" END,
       g."createdAt"
FROM "Gebruiker" g
WHERE g."aanbiederId" IS NOT NULL AND g."wachtwoordHash" IS NULL;
