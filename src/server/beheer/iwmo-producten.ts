import "server-only";
import { categorieLabel, iwmoProductSchema } from "@/domain/beheer/iwmo-product";
import { PRODUCTCATEGORIE } from "@/domain/iwmo/codes";
import { z } from "zod";
import { db, isUniekFout } from "../db";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";

// Issue 21 item 9 (ADR 0031): the iWmo productcategorie and productcode of each maatwerk product.
// A change applies to toewijzingen issued from then on: an issued toewijzing keeps the product its
// 301 named (OP033x1 lets a toewijzing's end, volume and budget change, not its product).

const BRON = "/gemeente/beheer/berichtenverkeer";

/** The maatwerk products with their iWmo codes, and the category choices (code list WMO020). */
export const iwmoProducten = defineQuery({
  activiteit: "iwmo-producten-bekijken",
  bron: BRON,
  toegang: "iwmo:instellen",
  schema: z.object({}),
  laad: async () => {
    const producten = await db.product.findMany({
      where: { soort: "MAATWERK" },
      orderBy: { volgorde: "asc" },
      select: { code: true, korteNaam: true, iwmoCategorie: true, iwmoCode: true },
    });
    return {
      producten: producten.map((p) => ({ ...p, categorie: p.iwmoCategorie ? categorieLabel(p.iwmoCategorie) : null })),
      categorieen: Object.keys(PRODUCTCATEGORIE).map((c) => ({ waarde: c, label: categorieLabel(c) })),
    };
  },
});

export const wijzigIwmoProduct = defineUseCase({
  activiteit: "iwmo-product-wijzigen",
  bron: BRON,
  schema: iwmoProductSchema,
  toegang: "iwmo:instellen",
  geenToegang: "Je hebt geen toestemming om de iWmo-codes van producten te beheren.",
  laad: ({ invoer }) => db.product.findFirst({ where: { code: invoer.productCode, soort: "MAATWERK" } }),
  nietGevonden: "Kies een product uit de lijst.",
  nietGevondenVeld: "productCode",
  async uitvoeren({ invoer: { categorie, code }, doel: p, audit }) {
    if (p.iwmoCategorie === categorie && p.iwmoCode === code) {
      return formFout(`${p.korteNaam} heeft al productcategorie ${categorieLabel(categorie)} en productcode ${code}.`);
    }
    const ander = await db.product.findFirst({ where: { iwmoCode: code, code: { not: p.code } }, select: { korteNaam: true } });
    if (ander) return veldFouten({ code: `Productcode ${code} hoort al bij ${ander.korteNaam}. Elke productcode hoort bij één product.` });
    try {
      // Only if nobody changed it since the form was shown: the log names the old codes.
      const { count } = await db.product.updateMany({
        where: { code: p.code, iwmoCategorie: p.iwmoCategorie, iwmoCode: p.iwmoCode },
        data: { iwmoCategorie: categorie, iwmoCode: code },
      });
      if (count !== 1) return formFout("Dit product is net door iemand anders gewijzigd. Bekijk de nieuwe codes en probeer het opnieuw.");
    } catch (e) {
      if (isUniekFout(e)) return veldFouten({ code: `Productcode ${code} hoort al bij een ander product.` });
      throw e;
    }
    audit.toelichting = `${p.code}: ${p.iwmoCategorie ?? "-"}/${p.iwmoCode ?? "-"} → ${categorie}/${code}`;
    return gelukt({
      melding: `${p.korteNaam} heeft nu productcategorie ${categorieLabel(categorie)} en productcode ${code}. Dit geldt voor toewijzingen die vanaf nu worden afgegeven.`,
    });
  },
});
