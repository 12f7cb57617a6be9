-- Issue 21 item 9 (ADR 0031): Werkt Mee and begeleiding groep are WMO020 07 "Dagbesteding", not
-- 04 "Kortdurend verblijf". Data only, the same SQL on SQLite and PostgreSQL.

-- The products: category 07, and the municipal code's first two characters follow it.
UPDATE "Product" SET "iwmoCategorie" = '07', "iwmoCode" = '07' || substr("iwmoCode", 3)
WHERE "iwmoCategorie" = '04' AND "iwmoCode" IN ('04W31', '04W41', '04W51', '04W30', '04W40', '04G01', '04G02', '04G03');

-- Issued toewijzingen carry their product's codes: the same correction.
UPDATE "Toewijzing" SET "iwmoCategorie" = '07', "iwmoCode" = '07' || substr("iwmoCode", 3)
WHERE "iwmoCategorie" = '04' AND "iwmoCode" IN ('04W31', '04W41', '04W51', '04W30', '04W40', '04G01', '04G02', '04G03');

-- Verzoeken still to be answered ask for a product by its code: they name the corrected one.
UPDATE "IwmoVerzoek" SET "productCategorie" = '07', "productCode" = '07' || substr("productCode", 3)
WHERE "status" IN ('OPEN', 'IN_ONDERZOEK') AND "productCategorie" = '04'
  AND "productCode" IN ('04W31', '04W41', '04W51', '04W30', '04W40', '04G01', '04G02', '04G03');

-- Item 16: an ontwikkeling verlenging allocates no second unit (the fixed price is once per traject).
UPDATE "Toewijzing" SET "iwmoVolume" = 0
WHERE "verlengingVanId" IS NOT NULL AND "iwmoEenheid" = '82' AND "iwmoFrequentie" = '6' AND "iwmoVolume" = 1
  AND "productCode" IN (SELECT "code" FROM "Product" WHERE "categorie" = 'ONTWIKKELING');

-- Messages never sent are made again by the outbox from the corrected state (new identification,
-- same facts), nobody outside the portal has seen them.
DELETE FROM "IwmoBericht"
WHERE "richting" = 'UIT' AND "status" = 'TE_VERZENDEN'
  AND ("xml" LIKE '%<iwmo:Categorie>04</iwmo:Categorie>%' OR "xml" LIKE '%<wmo323:ProductCategorie>04</wmo323:ProductCategorie>%'
       OR ("soort" = '301' AND "xml" LIKE '%<iwmo:Eenheid>82</iwmo:Eenheid>%<iwmo:Frequentie>6</iwmo:Frequentie>%'
           AND "xml" LIKE '%<wmo301:RedenWijziging>04</wmo301:RedenWijziging>%'));

-- Messages sent or received stay as they were, their line in the log says what they carry.
UPDATE "IwmoBericht"
SET "omschrijving" = "omschrijving" || ' (productcategorie 04 Kortdurend verblijf, sinds 7 december 2026: 07 Dagbesteding)'
WHERE ("xml" LIKE '%<iwmo:Categorie>04</iwmo:Categorie>%' OR "xml" LIKE '%<wmo323:ProductCategorie>04</wmo323:ProductCategorie>%')
  AND ("xml" LIKE '%>04W__<%' OR "xml" LIKE '%>04G0_<%');

-- One product per productcode: a code in a 315/323 names one product.
CREATE UNIQUE INDEX "Product_iwmoCode_key" ON "Product"("iwmoCode");
