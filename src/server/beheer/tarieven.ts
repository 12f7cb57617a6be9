import "server-only";
import { centNaarInvoer } from "@/domain/beheer/bedrag";
import { huidigJaar } from "@/domain/beheer/jaar";
import {
  correctieSchema,
  dubbelTariefMelding,
  tariefCorrigeerbaar,
  tariefSchema,
  type CorrectieInvoer,
  type TariefInvoer,
} from "@/domain/beheer/tarief";
import { formatEuro } from "@/domain/format";
import { heeftTariefNodig } from "@/domain/toewijzing/tarief";
import { audit } from "../audit";
import type { Ingelogd } from "../auth/sessie";
import { db } from "../db";
import { geweigerd, isUniekFout, magBeheren, veldfouten, type Uitkomst } from "./uitkomst";

// R-TAR-1/R-TAR-3: tariffs per product per year, in cents. Which ones may change: see
// src/domain/beheer/tarief.ts.

const BRON = "/gemeente/beheer/tarieven";
const GEEN_TOESTEMMING = "Je hebt geen toestemming om tarieven te beheren.";
export const EENHEID = { PER_TRAJECT: "per traject", PER_UUR: "per uur", GEMEENTELIJK: "" } as const;

/** Products that need a Werkt Mee tariff × years (every year with a tariff, this year and next). */
export async function tariefOverzicht(g: Ingelogd | null, nu = new Date()) {
  if (!magBeheren(g, "tarieven:beheren")) return null;
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
}

export async function legTariefVast(g: Ingelogd | null, invoer: TariefInvoer, nu = new Date()): Promise<Uitkomst<keyof TariefInvoer>> {
  if (!magBeheren(g, "tarieven:beheren")) return geweigerd(g, "tarief-vastleggen", BRON, GEEN_TOESTEMMING);
  const r = tariefSchema.safeParse(invoer);
  if (!r.success) return { ok: false, fouten: veldfouten(r.error) };
  const { productCode, jaar, bedrag } = r.data;
  const product = await db.product.findUnique({ where: { code: productCode } });
  if (!product || !heeftTariefNodig(product)) return { ok: false, fouten: { productCode: "Kies een product uit de lijst." } };

  const dubbel = async () => {
    const bestaand = await db.tarief.findUnique({ where: { productCode_jaar: { productCode, jaar } } });
    return bestaand
      ? { ok: false as const, fouten: { jaar: dubbelTariefMelding(product.korteNaam, jaar, bestaand.bedragCent, nu) } }
      : null;
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
  await audit({
    gebruikerId: g.id,
    activiteit: "tarief-vastleggen",
    bron: BRON,
    uitkomst: "gelukt",
    toelichting: `${productCode} ${jaar}: ${bedragTekst}`,
  });
  return { ok: true, melding: `Het tarief ${jaar} voor ${product.korteNaam} is vastgelegd: ${bedragTekst}.` };
}

export async function corrigeerTarief(
  g: Ingelogd | null,
  invoer: CorrectieInvoer,
  nu = new Date(),
): Promise<Uitkomst<keyof CorrectieInvoer>> {
  if (!magBeheren(g, "tarieven:beheren")) return geweigerd(g, "tarief-corrigeren", BRON, GEEN_TOESTEMMING);
  const r = correctieSchema.safeParse(invoer);
  if (!r.success) return { ok: false, fouten: veldfouten(r.error) };
  const {
    tarief: { productCode, jaar },
    bedrag,
  } = r.data;
  const t = await db.tarief.findUnique({ where: { productCode_jaar: { productCode, jaar } }, include: { product: true } });
  if (!t) return { ok: false, fouten: { tarief: "Kies een tarief uit de lijst." } };
  if (!tariefCorrigeerbaar(jaar, nu)) {
    return {
      ok: false,
      fouten: {
        tarief: `Het tarief ${jaar} voor ${t.product.korteNaam} kan niet meer worden gewijzigd: ${jaar} is al begonnen en toewijzingen en declaraties rekenen ermee.`,
      },
    };
  }
  if (t.bedragCent === bedrag)
    return { ok: false, fouten: { bedrag: `Het tarief is al ${formatEuro(bedrag)}. Vul het nieuwe bedrag in.` } };
  // Only if nobody changed it since the form was shown; otherwise the old amount in the log is wrong.
  const { count } = await db.tarief.updateMany({ where: { id: t.id, bedragCent: t.bedragCent }, data: { bedragCent: bedrag } });
  if (count !== 1)
    return {
      ok: false,
      fouten: {},
      melding: "Het tarief is net door iemand anders gewijzigd. Bekijk het nieuwe bedrag en probeer het opnieuw.",
    };
  const eenheid = EENHEID[t.product.prijsEenheid];
  await audit({
    gebruikerId: g.id,
    activiteit: "tarief-corrigeren",
    bron: BRON,
    uitkomst: "gelukt",
    toelichting: `${productCode} ${jaar}: ${formatEuro(t.bedragCent)} → ${formatEuro(bedrag)} ${eenheid}`,
  });
  return {
    ok: true,
    melding: `Het tarief ${jaar} voor ${t.product.korteNaam} is gecorrigeerd: ${formatEuro(bedrag)} ${eenheid} (was ${formatEuro(t.bedragCent)}).`,
  };
}
