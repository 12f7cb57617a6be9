import "server-only";
import { EENHEID, FREQUENTIE, REDEN_VERZOEK } from "@/domain/iwmo/codes";
import { herindicatieBeletsel } from "@/domain/herindicatie/regels";
import type { Gelezen315, Gelezen317 } from "@/domain/iwmo/lees";
import { TERMIJN, werkdagenNa } from "@/domain/iwmo/werkdagen";
import { vandaagInNederland } from "@/domain/kalender";
import { formatDatum } from "@/domain/format";
import type { ImportContext as Ctx } from "./import-context";
import { inwonerMetBsn, portaalProduct, toewijzingVan, Weigering } from "./invoer-gemeen";

// An incoming WMO315 (verzoek om toewijzing, kept for the gemeente to answer) and WMO317 (verzoek
// om wijziging → herindicatieverzoeken with bron IWMO), issue 13 and issue 21 item 11.

export async function verwerk315(ctx: Ctx, g: Gelezen315, berichtId: string): Promise<string[]> {
  const inwoner = await inwonerMetBsn(ctx, g.bsn);
  const fouten: string[] = [];
  const uiterlijk = werkdagenNa(vandaagInNederland(ctx.nu), TERMIJN.ANTWOORD_VERZOEK);
  for (const [n, p] of g.producten.entries()) {
    const waar = `AangevraagdProduct ${n + 1}`;
    try {
      await portaalProduct(ctx, waar, p.categorie, p.code);
    } catch (e) {
      if (e instanceof Weigering) fouten.push(...e.meldingen);
      else throw e;
      continue;
    }
    if (p.einddatum && p.einddatum < p.ingangsdatum) fouten.push(`${waar}: de ToewijzingEinddatum ligt vóór de ToewijzingIngangsdatum.`);
    await ctx.tx.iwmoVerzoek.create({
      data: {
        soort: "315",
        berichtId,
        aanbiederId: ctx.aanbieder.id,
        inwonerId: inwoner?.id ?? null,
        onbekendeBsn: inwoner ? null : g.bsn,
        referentieAanbieder: p.referentieAanbieder,
        productCategorie: p.categorie,
        productCode: p.code,
        ingangsdatum: p.ingangsdatum,
        einddatum: p.einddatum,
        volume: p.omvang?.volume ?? null,
        eenheid: p.omvang?.eenheid ?? null,
        frequentie: p.omvang?.frequentie ?? null,
        commentaar: p.commentaar ?? g.commentaar,
        ontvangenOp: ctx.nu,
        uiterlijkAntwoordOp: uiterlijk,
      },
    });
  }
  if (fouten.length) throw new Weigering(fouten);
  return [
    `${g.producten.length} aangevraagd product(en) wachten op een toewijzing (301) of een antwoord (319), uiterlijk ${formatDatum(uiterlijk)}.`,
  ];
}

type Verzoekregel = {
  soort: "ONGEWIJZIGD" | "TE_WIJZIGEN" | "NIEUW";
  toewijzing: { id: string; nummer: string };
  product: Awaited<ReturnType<typeof portaalProduct>> | null;
  gewenst: Gelezen317["teWijzigen"][number] | Gelezen317["nieuw"][number] | null;
};

/** Hours per week from a requested omvang (eenheid 04 uur, frequentie 2 per week); else null. */
const urenPerWeek = (o: Gelezen317["nieuw"][number]["omvang"]) => (o && o.eenheid === "04" && o.frequentie === "2" ? o.volume : null);

/**
 * A WMO317 (verzoek om wijziging) processed whole (issue 21, item 11). Every product is recorded:
 * an unchanged one as named, a product to change as a herindicatieverzoek on its toewijzing, a new
 * product as a herindicatieverzoek (another product) on a named, running toewijzing of the inwoner
 * that has no request yet. Each request meets the rules of the portal's herindicatie form (one open
 * request, a running toewijzing, the last period, a start after the toewijzing's start, hours for a
 * werkplek op trede); one that fails refuses the whole message with every reason. The verzoek is
 * answered once every request is decided (./verzoeken.ts).
 */
export async function verwerk317(ctx: Ctx, g: Gelezen317, berichtId: string): Promise<string[]> {
  if (!g.teWijzigen.length && !g.nieuw.length)
    throw new Weigering(["Verzoek: er is niets te wijzigen (geen TeWijzigenProduct of NieuwProduct)."]);
  const fouten: string[] = [];
  const genoemd = new Map<number, Awaited<ReturnType<typeof toewijzingVan>>>();
  const noem = async (waar: string, nummer: number) => {
    if (genoemd.has(nummer)) {
      fouten.push(`${waar}: ToewijzingNummer ${nummer} staat al eerder in dit verzoek.`);
      return null;
    }
    try {
      const t = await toewijzingVan(ctx, waar, nummer, g.bsn);
      genoemd.set(nummer, t);
      return t;
    } catch (e) {
      if (!(e instanceof Weigering)) throw e;
      fouten.push(...e.meldingen);
      return null;
    }
  };
  const beletsel = async (t: { id: string; status: string; einddatum: Date }) => {
    const [verlenging, open] = await Promise.all([
      ctx.tx.toewijzing.findFirst({ where: { verlengingVanId: t.id }, select: { nummer: true } }),
      ctx.tx.herindicatieverzoek.count({ where: { toewijzingId: t.id, status: "INGEDIEND" } }),
    ]);
    return herindicatieBeletsel({
      status: t.status,
      verlenging,
      openVerzoek: open > 0,
      einddatum: t.einddatum,
      vandaag: vandaagInNederland(ctx.nu),
    });
  };
  const datums = (waar: string, t: { nummer: string; startdatum: Date }, p: { gewensteIngangsdatum: Date; einddatum: Date | null }) => {
    if (!p.einddatum) fouten.push(`${waar}: de Einddatum ontbreekt; het portaal heeft een gewenste einddatum nodig.`);
    else if (p.einddatum < p.gewensteIngangsdatum) fouten.push(`${waar}: de Einddatum ligt vóór de GewensteIngangsdatum.`);
    if (p.gewensteIngangsdatum <= t.startdatum)
      fouten.push(`${waar}: het vervolg begint na de start van toewijzing ${t.nummer} (${formatDatum(t.startdatum)}).`);
  };
  const uren = (waar: string, categorie: string, omvang: Gelezen317["nieuw"][number]["omvang"]) => {
    if (categorie === "OP_TREDE" && urenPerWeek(omvang) === null)
      fouten.push(`${waar}: een werkplek op trede heeft een omvang in uren per week (Omvang met Eenheid 04 en Frequentie 2).`);
  };

  const regels: Verzoekregel[] = [];
  for (const [i, nummer] of g.ongewijzigd.entries()) {
    const t = await noem(`OngewijzigdProduct ${i + 1}`, nummer);
    if (t) regels.push({ soort: "ONGEWIJZIGD", toewijzing: t, product: null, gewenst: null });
  }
  const bezet = new Set<string>();
  for (const [i, p] of g.teWijzigen.entries()) {
    const waar = `TeWijzigenProduct ${i + 1}`;
    const t = await noem(waar, p.toewijzingNummer);
    if (!t) continue;
    const reden = await beletsel(t);
    if (reden) fouten.push(`${waar} (${t.nummer}): ${reden}`);
    const product = await ctx.tx.product.findUnique({ where: { code: t.productCode } });
    datums(waar, t, p);
    if (product) uren(waar, product.categorie, p.omvang);
    bezet.add(t.id);
    regels.push({ soort: "TE_WIJZIGEN", toewijzing: t, product, gewenst: p });
  }
  for (const [i, p] of g.nieuw.entries()) {
    const waar = `NieuwProduct ${i + 1}`;
    let product;
    try {
      product = await portaalProduct(ctx, waar, p.categorie, p.code);
    } catch (e) {
      if (!(e instanceof Weigering)) throw e;
      fouten.push(...e.meldingen);
      continue;
    }
    if (product.soort !== "MAATWERK") {
      fouten.push(`${waar}: Product ${p.categorie}/${p.code} is geen maatwerk; een vervolg is een maatwerkproduct.`);
      continue;
    }
    let op = null;
    for (const t of genoemd.values()) if (!bezet.has(t.id) && !(await beletsel(t))) op = op ?? t;
    if (!op) {
      fouten.push(
        `${waar}: het portaal legt een nieuw product vast als vervolg op een lopende toewijzing van deze inwoner zonder open herindicatieverzoek, en die staat niet (meer) in dit verzoek. Vraag het product aan met een WMO315.`,
      );
      continue;
    }
    datums(waar, op, p);
    uren(waar, product.categorie, p.omvang);
    bezet.add(op.id);
    regels.push({ soort: "NIEUW", toewijzing: op, product, gewenst: p });
  }
  if (fouten.length) throw new Weigering(fouten);

  const eerste = regels.find((r) => r.gewenst)!;
  const uiterlijk = werkdagenNa(vandaagInNederland(ctx.nu), TERMIJN.ANTWOORD_VERZOEK);
  const t0 = [...genoemd.values()][0]!;
  const verzoek = await ctx.tx.iwmoVerzoek.create({
    data: {
      soort: "317",
      berichtId,
      aanbiederId: ctx.aanbieder.id,
      inwonerId: t0.inwonerId,
      toewijzingId: eerste.toewijzing.id,
      referentieAanbieder: g.referentieAanbieder,
      productCode: eerste.product?.code ?? null,
      ingangsdatum: eerste.gewenst!.gewensteIngangsdatum,
      einddatum: eerste.gewenst!.einddatum,
      volume: eerste.gewenst!.omvang?.volume ?? null,
      eenheid: eerste.gewenst!.omvang?.eenheid ?? null,
      frequentie: eerste.gewenst!.omvang?.frequentie ?? null,
      ontvangenOp: ctx.nu,
      uiterlijkAntwoordOp: uiterlijk,
    },
  });
  const gedaan: string[] = [];
  let eersteHerindicatie: string | null = null;
  for (const [volgorde, r] of regels.entries()) {
    let herindicatieverzoekId: string | null = null;
    const p = r.gewenst;
    if (p && r.product) {
      const omvang = p.omvang;
      const h = await ctx.tx.herindicatieverzoek.create({
        data: {
          toewijzingId: r.toewijzing.id,
          reden: `Verzoek om wijziging (WMO317 ${g.referentieAanbieder}): ${REDEN_VERZOEK[g.redenVerzoek] ?? `reden ${g.redenVerzoek}`}; ${
            r.soort === "NIEUW" ? `nieuw product ${r.product.korteNaam}` : `wijziging van ${r.toewijzing.nummer}`
          }${omvang ? `; omvang ${omvang.volume} ${EENHEID[omvang.eenheid] ?? ""} ${FREQUENTIE[omvang.frequentie] ?? ""}` : ""}.`,
          productCode: r.product.code,
          voorgesteldeStart: p.gewensteIngangsdatum,
          voorgesteldeEind: p.einddatum!,
          urenPerWeek: r.product.categorie === "OP_TREDE" ? urenPerWeek(omvang) : null,
          bron: "IWMO",
          ingediendDoorId: null,
        },
      });
      herindicatieverzoekId = h.id;
      eersteHerindicatie ??= h.id;
      gedaan.push(`Herindicatieverzoek voor ${r.toewijzing.nummer} vastgelegd (${r.soort === "NIEUW" ? "nieuw product" : "wijziging"}).`);
    }
    await ctx.tx.iwmoVerzoekProduct.create({
      data: {
        verzoekId: verzoek.id,
        soort: r.soort,
        volgorde,
        toewijzingId: r.toewijzing.id,
        productCategorie: r.product?.iwmoCategorie ?? null,
        productCode: r.product?.code ?? null,
        ingangsdatum: p?.gewensteIngangsdatum ?? null,
        einddatum: p?.einddatum ?? null,
        volume: p?.omvang?.volume ?? null,
        eenheid: p?.omvang?.eenheid ?? null,
        frequentie: p?.omvang?.frequentie ?? null,
        herindicatieverzoekId,
      },
    });
  }
  await ctx.tx.iwmoVerzoek.update({ where: { id: verzoek.id }, data: { herindicatieverzoekId: eersteHerindicatie } });
  const ongewijzigd = regels.filter((r) => r.soort === "ONGEWIJZIGD").map((r) => r.toewijzing.nummer);
  return [
    ...gedaan,
    ...(ongewijzigd.length ? [`Ongewijzigd: ${ongewijzigd.join(", ")}.`] : []),
    `Het verzoek wordt als geheel beantwoord (301 of 319), uiterlijk ${formatDatum(uiterlijk)}.`,
  ];
}
