import "server-only";
import { centNaarInvoer } from "@/domain/beheer/bedrag";
import { huidigJaar } from "@/domain/kalender";
import { correctieSchema, dubbelTariefMelding, tariefCorrigeerbaar, tariefSchema } from "@/domain/beheer/tarief";
import { formatEuro } from "@/domain/format";
import { heeftTariefNodig } from "@/domain/toewijzing/tarief";
import { z } from "zod";
import { db } from "../db";
import { isUniekFout } from "../db";
import { defineQuery, formFout, gelukt, defineUseCase, veldFouten } from "../pipeline";

// R-TAR-1/R-TAR-3: tariffs per product per year, in cents. Which ones may change: see
// src/domain/beheer/tarief.ts.

const BRON = "/gemeente/beheer/tarieven";
const GEEN_TOESTEMMING = "Je hebt geen toestemming om tarieven te beheren.";
const EENHEID = { PER_TRAJECT: "per traject", PER_UUR: "per uur", GEMEENTELIJK: "" } as const;

/** Products that need a Werkt Mee tariff × years (every year with a tariff, this year and next). */
export const tariefOverzicht = defineQuery({
  activiteit: "tarieven-bekijken",
  bron: BRON,
  toegang: "tarieven:beheren",
  schema: z.object({}),
  laad: async ({ nu }) => {
    const producten = (
      await db.product.findMany({
        orderBy: { volgorde: "asc" },
        select: { code: true, korteNaam: true, prijsEenheid: true, tarieven: { select: { jaar: true, bedragCent: true } } },
      })
    ).filter(heeftTariefNodig);
    const dit = huidigJaar(nu);
    const jaren = [...new Set([...producten.flatMap((p) => p.tarieven.map((t) => t.jaar)), dit, dit + 1])].sort((a, b) => a - b);
    return {
      huidigJaar: dit,
      jaren,
      producten: producten.map((p) => ({
        code: p.code,
        naam: p.korteNaam,
        eenheid: EENHEID[p.prijsEenheid],
        perJaar: Object.fromEntries(p.tarieven.map((t) => [t.jaar, t.bedragCent])) as Record<number, number | undefined>,
      })),
      corrigeerbaar: producten.flatMap((p) =>
        p.tarieven
          .filter((t) => tariefCorrigeerbaar(t.jaar, nu))
          .sort((a, b) => a.jaar - b.jaar)
          .map((t) => ({
            waarde: `${p.code}:${t.jaar}`,
            label: `${p.korteNaam}, ${t.jaar} (nu ${formatEuro(t.bedragCent)})`,
            bedrag: centNaarInvoer(t.bedragCent),
          })),
      ),
    };
  },
});

export const legTariefVast = defineUseCase({
  activiteit: "tarief-vastleggen",
  bron: BRON,
  schema: tariefSchema,
  toegang: "tarieven:beheren",
  geenToegang: GEEN_TOESTEMMING,
  async uitvoeren({ invoer: { productCode, jaar, bedrag }, audit, nu }) {
    const product = await db.product.findUnique({ where: { code: productCode } });
    if (!product || !heeftTariefNodig(product)) return veldFouten({ productCode: "Kies een product uit de lijst." });
    const dubbel = async () => {
      const bestaand = await db.tarief.findUnique({ where: { productCode_jaar: { productCode, jaar } } });
      return bestaand ? veldFouten({ jaar: dubbelTariefMelding(product.korteNaam, jaar, bestaand.bedragCent, nu) }) : null;
    };
    const alBekend = await dubbel();
    if (alBekend) return alBekend;
    try {
      await db.tarief.create({ data: { productCode, jaar, bedragCent: bedrag } });
    } catch (e) {
      // Two beheerders at once: the unique key [productCode, jaar] refuses the second.
      if (isUniekFout(e)) return (await dubbel())!;
      throw e;
    }
    const bedragTekst = `${formatEuro(bedrag)} ${EENHEID[product.prijsEenheid]}`;
    audit.toelichting = `${productCode} ${jaar}: ${bedragTekst}`;
    return gelukt({ melding: `Het tarief ${jaar} voor ${product.korteNaam} is vastgelegd: ${bedragTekst}.` });
  },
});

export const corrigeerTarief = defineUseCase({
  activiteit: "tarief-corrigeren",
  bron: BRON,
  schema: correctieSchema,
  toegang: "tarieven:beheren",
  geenToegang: GEEN_TOESTEMMING,
  laad: ({ invoer: { tarief } }) =>
    db.tarief.findUnique({
      where: { productCode_jaar: { productCode: tarief.productCode, jaar: tarief.jaar } },
      include: { product: true },
    }),
  nietGevonden: "Kies een tarief uit de lijst.",
  nietGevondenVeld: "tarief",
  async uitvoeren({ invoer: { bedrag }, doel: t, audit, nu }) {
    const { productCode, jaar } = t;
    if (!tariefCorrigeerbaar(jaar, nu)) {
      return veldFouten({
        tarief: `Het tarief ${jaar} voor ${t.product.korteNaam} kan niet meer worden gewijzigd: ${jaar} is al begonnen en toewijzingen en declaraties rekenen ermee.`,
      });
    }
    if (t.bedragCent === bedrag) return veldFouten({ bedrag: `Het tarief is al ${formatEuro(bedrag)}. Vul het nieuwe bedrag in.` });
    // Only if nobody changed it since the form was shown; otherwise the old amount in the log is wrong.
    const { count } = await db.tarief.updateMany({ where: { id: t.id, bedragCent: t.bedragCent }, data: { bedragCent: bedrag } });
    if (count !== 1) return formFout("Het tarief is net door iemand anders gewijzigd. Bekijk het nieuwe bedrag en probeer het opnieuw.");
    const eenheid = EENHEID[t.product.prijsEenheid];
    audit.toelichting = `${productCode} ${jaar}: ${formatEuro(t.bedragCent)} → ${formatEuro(bedrag)} ${eenheid}`;
    return gelukt({
      melding: `Het tarief ${jaar} voor ${t.product.korteNaam} is gecorrigeerd: ${formatEuro(bedrag)} ${eenheid} (was ${formatEuro(t.bedragCent)}).`,
    });
  },
});
