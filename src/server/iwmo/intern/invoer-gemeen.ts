import "server-only";
import { portaalToewijzingnummer } from "@/domain/iwmo/nummer";
import type { ImportContext as Ctx } from "./import-context";

// What the import steps of ./invoer.ts share: the refusal that rolls a message back, and the
// lookups of the toewijzing, inwoner and product a message names.

/** A refusal inside the transaction: the message is not stored, its changes rolled back. */
export class Weigering extends Error {
  constructor(public meldingen: string[]) {
    super(meldingen.join(" "));
  }
}

export async function toewijzingVan(ctx: Ctx, waar: string, nummer: number | null, bsn: string) {
  const portaal = nummer === null ? null : portaalToewijzingnummer(nummer);
  const t = portaal
    ? await ctx.tx.toewijzing.findFirst({
        where: { nummer: portaal, aanbiederId: ctx.aanbieder.id },
        include: { inwoner: { select: { bsn: true } } },
      })
    : null;
  if (!t) throw new Weigering([`${waar}: ToewijzingNummer ${nummer ?? "(leeg)"} is geen toewijzing van ${ctx.aanbieder.naam}.`]);
  if (t.inwoner.bsn !== bsn) throw new Weigering([`${waar}: de Bsn hoort niet bij toewijzing ${t.nummer}.`]);
  ctx.betrokkenen.add(t.inwonerId);
  ctx.toewijzingIds.add(t.id);
  return t;
}

export function productKlopt(
  waar: string,
  t: { nummer: string; iwmoCategorie: string | null; iwmoCode: string | null },
  categorie: string | null,
  code: string | null,
) {
  if ((categorie && categorie !== t.iwmoCategorie) || (code && code !== t.iwmoCode)) {
    return `${waar}: Product ${categorie ?? ""}/${code ?? ""} is niet het product van toewijzing ${t.nummer} (${t.iwmoCategorie}/${t.iwmoCode}).`;
  }
  return null;
}

/**
 * The inwoner of a 315's BSN, or null when none is registered. The answer to the aanbieder is the
 * same either way (issue 21, item 30: the upload must not tell whether a BSN is known); the
 * gemeente sees the unknown BSN in its queue and registers the inwoner first.
 */
export async function inwonerMetBsn(ctx: Ctx, bsn: string) {
  const i = await ctx.tx.inwoner.findUnique({ where: { bsn }, select: { id: true } });
  if (i) ctx.betrokkenen.add(i.id);
  return i;
}

export async function portaalProduct(ctx: Ctx, waar: string, categorie: string | null, code: string | null) {
  const p = code ? await ctx.tx.product.findFirst({ where: { iwmoCategorie: categorie ?? undefined, iwmoCode: code } }) : null;
  if (!p) throw new Weigering([`${waar}: Product ${categorie ?? ""}/${code ?? "(geen code)"} is geen product van de gemeente.`]);
  return p;
}
