import "server-only";
import type { Gelezen305, Gelezen307 } from "@/domain/iwmo/lees";
import { controleerBegindatum, controleerEinddatum, controleerStatusAanlevering } from "@/domain/iwmo/regels";
import { formatDatum } from "@/domain/format";
import { redenBijIwmoCode } from "@/domain/toewijzing/reden-beeindiging";
import { registreerStart, registreerStop } from "../../toewijzingen/intern/start-stop";
import type { ImportContext as Ctx } from "./import-context";
import { productKlopt, toewijzingVan, Weigering } from "./invoer-gemeen";

// An incoming WMO305/WMO307 (start and stop, issue 13): the same rules and the same state as the
// portal's own form (src/server/toewijzingen), every product checked before the message is refused.

export async function verwerkStartStop(ctx: Ctx, g: Gelezen305 | Gelezen307): Promise<string[]> {
  const fouten: string[] = [];
  const gedaan: string[] = [];
  const naam = g.soort === "305" ? "StartProduct" : "StopProduct";
  for (const [n, p] of g.producten.entries()) {
    const waar = `${naam} ${n + 1}`;
    const status = controleerStatusAanlevering(waar, p.statusAanlevering);
    if (status) {
      fouten.push(status);
      continue;
    }
    let t;
    try {
      t = await toewijzingVan(ctx, waar, p.toewijzingNummer, g.bsn);
    } catch (e) {
      if (e instanceof Weigering) {
        fouten.push(...e.meldingen);
        continue;
      }
      throw e;
    }
    const product = productKlopt(waar, t, p.categorie, p.code);
    if (product) fouten.push(product);
    if (p.toewijzingIngangsdatum && p.toewijzingIngangsdatum.getTime() !== t.startdatum.getTime()) {
      fouten.push(
        `${waar}: de ToewijzingIngangsdatum ${formatDatum(p.toewijzingIngangsdatum)} is niet die van toewijzing ${t.nummer} (${formatDatum(t.startdatum)}).`,
      );
    }
    const begin = controleerBegindatum(t.nummer, p.begindatum, t);
    if (begin) fouten.push(`${waar}: ${begin}`);
    if (product || begin || fouten.length) continue;

    if (p.statusAanlevering === "3") {
      // OP033: a delivery withdrawn; a start can no longer be withdrawn once the support has ended.
      if (g.soort === "305") {
        if (t.status === "BEEINDIGD")
          fouten.push(`${waar}: OP033: de ondersteuning van ${t.nummer} is beëindigd; de aanvang kan niet meer worden verwijderd.`);
        else if (t.status !== "GESTART" || t.gestartOp?.getTime() !== p.begindatum.getTime())
          fouten.push(`${waar}: OP033: er is geen start op ${formatDatum(p.begindatum)} van ${t.nummer} om te verwijderen.`);
        else {
          await ctx.tx.toewijzing.update({ where: { id: t.id }, data: { status: "TOEGEWEZEN", gestartOp: null } });
          gedaan.push(`${t.nummer}: start verwijderd`);
        }
      } else {
        const stop = (g as Gelezen307).producten[n]!;
        if (t.status !== "BEEINDIGD" || t.beeindigdOp?.getTime() !== stop.einddatum.getTime())
          fouten.push(`${waar}: OP033: er is geen stop op ${formatDatum(stop.einddatum)} van ${t.nummer} om te verwijderen.`);
        else {
          await ctx.tx.toewijzing.update({ where: { id: t.id }, data: { status: "GESTART", beeindigdOp: null, redenBeeindiging: null } });
          gedaan.push(`${t.nummer}: stop verwijderd`);
        }
      }
      continue;
    }
    if (g.soort === "305") {
      const fout = await registreerStart(ctx.tx, t, p.begindatum, ctx.nu);
      if (fout) fouten.push(`${waar} (${t.nummer}): ${fout.melding}`);
      else gedaan.push(`${t.nummer}: gestart op ${formatDatum(p.begindatum)}`);
    } else {
      const stop = (g as Gelezen307).producten[n]!;
      const reden = redenBijIwmoCode(stop.redenBeeindiging);
      if (!reden) {
        fouten.push(`${waar}: RedenBeeindiging ${stop.redenBeeindiging} kent het portaal niet.`);
        continue;
      }
      const eind = controleerEinddatum(t.nummer, p.begindatum, stop.einddatum, t);
      if (eind) {
        fouten.push(`${waar}: ${eind}`);
        continue;
      }
      if (t.gestartOp && t.gestartOp.getTime() !== p.begindatum.getTime()) {
        fouten.push(
          `${waar}: de Begindatum ${formatDatum(p.begindatum)} is niet de gemelde start van ${t.nummer} (${formatDatum(t.gestartOp)}).`,
        );
        continue;
      }
      // Item 10: the gemeente ended it on a day already past (beëindigd at once, no stop reported)
      // and the aanbieder's software answers that 301 with its 307 on the same day, as the
      // standard asks: the stop is the aanbieder's, with its reason, not a refusal.
      let fout: Awaited<ReturnType<typeof registreerStop>> = null;
      if (t.status === "BEEINDIGD" && !t.redenBeeindiging && t.beeindigdOp?.getTime() === stop.einddatum.getTime()) {
        await ctx.tx.toewijzing.updateMany({
          where: { id: t.id, status: "BEEINDIGD", redenBeeindiging: null },
          data: { redenBeeindiging: reden.key },
        });
      } else fout = await registreerStop(ctx.tx, t, stop.einddatum, reden.key, ctx.nu);
      if (fout) fouten.push(`${waar} (${t.nummer}): ${fout.melding}`);
      else {
        gedaan.push(`${t.nummer}: gestopt op ${formatDatum(stop.einddatum)} (${reden.label.toLowerCase()})`);
        // One 307 per stop: the one the outbox wrote on the aanbieder's behalf (an end by the
        // gemeente) and not yet sent gives way to the aanbieder's own.
        await ctx.tx.iwmoBericht.deleteMany({ where: { bronSleutel: `307:${t.id}`, richting: "UIT", status: "TE_VERZENDEN" } });
      }
    }
  }
  if (fouten.length) throw new Weigering(fouten);
  return gedaan;
}
