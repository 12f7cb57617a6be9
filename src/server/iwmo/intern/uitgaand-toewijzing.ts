import "server-only";
import { REDEN_WIJZIGING, redenBeeindigingBijWijziging } from "@/domain/iwmo/codes";
import { vandaagInNederland } from "@/domain/kalender";
import { REDENEN_BEEINDIGING } from "@/domain/toewijzing/reden-beeindiging";
import { verzoekVanAntwoord } from "./verzoeken";
import { bestaat, heeftIwmo, laadToewijzing, maak301, maak305, maak307, type Ctx, type T } from "./uitgaand-bouw";

// Which message a toewijzing's facts need (issue 13), one function per fact. Each is idempotent
// (`bronSleutel`): it makes its message once, when the fact is there and its message is not. The
// use cases call them in their own transaction through ./uitgaand.ts; the scheduled catch-up
// (`werkUitgaandBij`) calls the same functions for every toewijzing.

/** 1. The first WMO301 (a verlenging: RedenWijziging 04). */
export async function eerste301(ctx: Ctx, id: string) {
  const sleutel = `301:toewijzing:${id}`;
  if (await bestaat(ctx.tx, sleutel)) return null;
  const t = (await laadToewijzing(ctx.tx, id))!;
  if (!heeftIwmo(t) || t.status === "INGETROKKEN") return null;
  const verzoek = await verzoekVanAntwoord(ctx.tx, t.id);
  return maak301(ctx, t, {
    bronSleutel: sleutel,
    moment: t.createdAt,
    einddatum: t.einddatum,
    redenWijziging: t.verlengingVanId ? REDEN_WIJZIGING.VERLENGING : null,
    omschrijving: t.verlengingVanId ? "verlenging" : "nieuw",
    referentieAanbieder: verzoek?.referentieAanbieder,
    uiterlijkOp: verzoek?.uiterlijkAntwoordOp,
    antwoordOpId: verzoek?.berichtId,
  });
}

/** 2. Withdrawn: a 301 never sent is dropped; one sent is "verwijderd" (13, einddatum = ingangsdatum). */
export async function ingetrokken301(ctx: Ctx, id: string) {
  const t = (await laadToewijzing(ctx.tx, id))!;
  if (t.status !== "INGETROKKEN") return null;
  const eerste = await ctx.tx.iwmoBericht.findFirst({ where: { bronSleutel: `301:toewijzing:${id}` } });
  if (!eerste) return null;
  if (eerste.status === "TE_VERZENDEN") {
    await ctx.tx.iwmoBericht.delete({ where: { id: eerste.id } });
    return null;
  }
  const sleutel = `301:ingetrokken:${id}`;
  if (await bestaat(ctx.tx, sleutel)) return null;
  return maak301(ctx, t, {
    bronSleutel: sleutel,
    moment: t.ingetrokkenOp ?? ctx.nu,
    einddatum: t.startdatum,
    redenWijziging: REDEN_WIJZIGING.VERWIJDERD,
    omschrijving: "ingetrokken",
  });
}

/** 3. The aanbieder's start reported in the portal (not when it came in as a message). */
export async function start305(ctx: Ctx, id: string) {
  const t = (await laadToewijzing(ctx.tx, id))!;
  if (!t.gestartOp || (await bestaat(ctx.tx, `305:${id}`))) return null;
  if (await ctx.tx.iwmoBerichtToewijzing.count({ where: { toewijzingId: id, bericht: { soort: "305", richting: "IN" } } })) return null;
  return maak305(ctx, t);
}

/**
 * The stop to report: the aanbieder's own, or (started, no stop reported) the gemeente's end once
 * reached; item 10: the latest end by the gemeente decides the 307's reason through its WMO002 one.
 */
async function stopVan(ctx: Ctx, t: T) {
  if (t.beeindigdOp && t.redenBeeindiging) {
    const code = REDENEN_BEEINDIGING.find((r) => r.key === t.redenBeeindiging)?.iwmoCode;
    if (!code) throw new Error(`Reden beëindiging ${t.redenBeeindiging} has no iWmo code`);
    return { code, einddatum: t.beeindigdOp };
  }
  const einde = await ctx.tx.toewijzingWijziging.findFirst({
    where: { toewijzingId: t.id, soort: "BEEINDIGD_DOOR_GEMEENTE" },
    orderBy: { createdAt: "desc" },
    select: { redenWijziging: true },
  });
  const einddatum = t.beeindigdOp ?? t.einddatum;
  if (!einde?.redenWijziging || !t.gestartOp || einddatum > vandaagInNederland(ctx.nu)) return null;
  const code = redenBeeindigingBijWijziging(einde.redenWijziging);
  if (!code) throw new Error(`RedenWijziging ${einde.redenWijziging} has no WMO588 reason`);
  return { code, einddatum };
}

/** 3. The stop (WMO307), the aanbieder's or the gemeente's end once reached. */
export async function stop307(ctx: Ctx, id: string) {
  const t = (await laadToewijzing(ctx.tx, id))!;
  const s = await stopVan(ctx, t);
  if (!s || (await bestaat(ctx.tx, `307:${id}`))) return null;
  if (await ctx.tx.iwmoBerichtToewijzing.count({ where: { toewijzingId: id, bericht: { soort: "307", richting: "IN" } } })) return null;
  return maak307(ctx, t, s.code, s.einddatum);
}

/** 4. Every ToewijzingWijziging (ending, correction of the end date) is a new 301 (OP033x1). */
export async function wijziging301(
  ctx: Ctx,
  w: { id: string; toewijzingId: string; createdAt: Date; nieuweEinddatum: Date; redenWijziging: string | null; soort: string },
) {
  const sleutel = `301:wijziging:${w.id}`;
  if (await bestaat(ctx.tx, sleutel)) return null;
  const t = (await laadToewijzing(ctx.tx, w.toewijzingId))!;
  if (!heeftIwmo(t)) return null;
  return maak301(ctx, t, {
    bronSleutel: sleutel,
    moment: w.createdAt,
    einddatum: w.nieuweEinddatum,
    redenWijziging: w.redenWijziging,
    omschrijving: w.soort === "BEEINDIGD_DOOR_GEMEENTE" ? "beëindigd door de gemeente" : "einddatum gecorrigeerd",
  });
}

/**
 * 5. A toewijzing whose product the aanbieder knows differently (its 301 went out before the
 * category was corrected, ADR 0031): one 301 with RedenWijziging 14 (administratieve correctie)
 * naming the product as the portal has it now, so the aanbieder's 305/307/323 can match it.
 */
export async function product301(ctx: Ctx, id: string) {
  const t = (await laadToewijzing(ctx.tx, id))!;
  if (!heeftIwmo(t) || t.status === "INGETROKKEN") return null;
  const sleutel = `301:product:${id}:${t.iwmoCategorie}:${t.iwmoCode ?? ""}`;
  if (await bestaat(ctx.tx, sleutel)) return null;
  return maak301(ctx, t, {
    bronSleutel: sleutel,
    moment: ctx.nu,
    einddatum: t.einddatum,
    redenWijziging: REDEN_WIJZIGING.ADMINISTRATIEVE_CORRECTIE,
    omschrijving: `productcategorie en productcode gecorrigeerd (${t.iwmoCategorie}/${t.iwmoCode})`,
  });
}
