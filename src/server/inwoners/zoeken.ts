import "server-only";
import { maskeerBsn } from "@/domain/inwoner/bsn";
import { inwonerZoekvraagSchema, parseZoekvraag, volledigeNaam, zoekSchema } from "@/domain/inwoner/invoer";
import { normaliseer } from "@/domain/tekst";
import type { Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";
import { defineQuery, defineUseCase, gelukt } from "../pipeline";
import { GEEN_TOEGANG } from "./intern";

// Finding inwoners in the back office (issue 4). The BSN leaves this module only masked.

const BRON_ZOEKEN = "/gemeente/inwoners";

export type InwonerRegel = {
  id: string;
  naam: string;
  geboortedatum: Date;
  bsn: string;
  plaats: string;
  contactpersoon: string | null;
  /** Issue 21 item 25: closed from this day (only listed when asked for). */
  afgeslotenOp: Date | null;
};

/**
 * Search by BSN, birth date or name; at most 25 results. Each inwoner found is one logged read
 * (the pipeline's own record is left out: it would say nothing more, and the query may be a BSN).
 * `q` comes back for the search box only when it is not a BSN: a BSN is never echoed.
 */
export const zoekInwoners = defineUseCase({
  activiteit: "inwoner-zoeken",
  bron: "/gemeente/inwoners",
  schema: zoekSchema,
  toegang: "inwoner:lezen",
  geenToegang: GEEN_TOEGANG,
  zonderAudit: true,
  async uitvoeren({ invoer: { q, mijn, afgesloten }, gebruiker: g }) {
    const vraag = parseZoekvraag(q);
    const r = await vindInwoners(g, { q, mijn, metAfgesloten: afgesloten }, { bron: BRON_ZOEKEN });
    const regels = r.ok ? r.data : [];
    const verborgen = afgesloten ? 0 : await verborgenAfgesloten(g, q, mijn);
    return gelukt({ regels, verborgen, q: vraag.soort === "bsn" ? "" : q });
  },
});

function zoekWhere(g: Ingelogd, q: string, mijn: boolean) {
  const vraag = parseZoekvraag(q);
  const where =
    vraag.soort === "bsn"
      ? { bsn: vraag.bsn }
      : vraag.soort === "geboortedatum"
        ? { geboortedatum: vraag.datum }
        : vraag.soort === "naam"
          ? {
              AND: normaliseer(vraag.tekst)
                .split(" ")
                .filter(Boolean)
                .map((w) => ({ zoeknaam: { contains: w } })),
            }
          : {};
  return { ...where, ...(mijn ? { contactpersoonId: g.id } : {}) };
}

/** How many closed inwoners the search left out (a count only: no read of their data). */
function verborgenAfgesloten(g: Ingelogd, q: string, mijn: boolean): Promise<number> {
  return db.inwoner.count({ where: { ...zoekWhere(g, q, mijn), afgeslotenOp: { not: null } } });
}

/**
 * The inwoners matching a search (BSN, birth date or name), at most 25; each one found is one
 * logged read ("zoekvraag: bsn" etc.: never the query itself). Called by the search above, by
 * linking an interest request in the queue and by the oriëntatie's inwoner search, each naming
 * its own page as `bron`. Closed inwoners (issue 21 item 25) only with `metAfgesloten`.
 */
export const vindInwoners = defineQuery({
  activiteit: "inwoner-zoeken",
  bron: BRON_ZOEKEN,
  toegang: "inwoner:lezen",
  geenToegang: GEEN_TOEGANG,
  schema: inwonerZoekvraagSchema,
  async laad({ gebruiker: g, invoer: { q, mijn, metAfgesloten } }): Promise<InwonerRegel[]> {
    const gevonden = await db.inwoner.findMany({
      where: { ...zoekWhere(g, q, mijn), ...(metAfgesloten ? {} : { afgeslotenOp: null }) },
      orderBy: [{ achternaam: "asc" }, { voornamen: "asc" }],
      take: 25,
      select: {
        id: true,
        voornamen: true,
        tussenvoegsel: true,
        achternaam: true,
        geboortedatum: true,
        bsn: true,
        plaats: true,
        afgeslotenOp: true,
        contactpersoon: { select: { naam: true } },
      },
    });
    return gevonden.map((i) => ({
      id: i.id,
      naam: volledigeNaam(i),
      geboortedatum: i.geboortedatum,
      bsn: maskeerBsn(i.bsn),
      plaats: i.plaats,
      contactpersoon: i.contactpersoon?.naam ?? null,
      afgeslotenOp: i.afgeslotenOp,
    }));
  },
  betrokkenen: (regels) => regels.map((r) => r.id),
  toelichting: ({ q }) => `zoekvraag: ${parseZoekvraag(q).soort}`,
});
