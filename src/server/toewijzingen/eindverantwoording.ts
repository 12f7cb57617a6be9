import "server-only";
import { startNogTeMelden } from "@/domain/toewijzing/traject-regels";
import { eindverantwoordingSchema } from "@/domain/eindverantwoording/invoer";
import { controleerConcept, controleerIndienen, magBewerken, type EvContext } from "@/domain/eindverantwoording/regels";
import { idSchema } from "@/domain/id";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { mag } from "@/domain/permissies";
import { magVerlengen } from "@/domain/toewijzing/verlenging";
import { isAanbiederGebruiker } from "@/domain/gebruiker";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db, isUniekFout } from "../db";
import { huidigeTrede } from "@/domain/inwoner/trede";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { laadTraject } from "./intern/eindverantwoording-laden";
import { meldContactpersoon, portaalLink } from "./intern/traject-berichten";
import { TRAJECT_NIET_GEVONDEN, magOpvolgen, trajectVanAanbieder } from "./intern/traject-toegang";

// The eindverantwoording (R-EV-1…3, issue 11, docs/decisions/0016): written by the aanbieder with
// the inwoner, saved as a draft, submitted once; the contact person reads it (every read is logged
// with the inwoner as betrokkene), sends it back once with a question or marks it read, and then
// records the inwoner's trede after the traject in the ladder history (R-LAD-3); those decisions
// are in ./eindverantwoording-opvolgen.ts.

type GeladenTraject = NonNullable<Awaited<ReturnType<typeof laadTraject>>>;

/** The context the rules need: kind of product, whether it can still be extended, the plan's goals. */
function evContext(t: GeladenTraject): EvContext {
  // R-TOE-4: this period is number verlengingsnummer + 1 of its chain.
  const keten = Array.from({ length: t.verlengingsnummer + 1 }, () => ({
    productCode: t.productCode,
    startdatum: t.startdatum,
    einddatum: t.einddatum,
  }));
  return {
    ontwikkeling: t.product.categorie === "ONTWIKKELING",
    verlengbaar: magVerlengen(t.product, keten),
    doelIds: t.ondersteuningsplan?.doelen.map((d) => d.id) ?? [],
    startdatum: t.startdatum,
    doelTrede: t.product.doelTrede,
  };
}

function weergave(t: GeladenTraject) {
  const { inwoner, ...rest } = t;
  const context = evContext(t);
  const tredeNaTraject = t.ladderRegels[0] ?? null;
  return {
    ...rest,
    inwonerId: inwoner.id,
    inwonerNaam: volledigeNaam(inwoner),
    geboortejaar: inwoner.geboortedatum.getUTCFullYear(),
    huidigeTrede: huidigeTrede(inwoner.ladder),
    doelen: t.ondersteuningsplan?.doelen ?? [],
    context,
    tredeNaTraject,
  };
}

export type EvWeergave = ReturnType<typeof weergave>;

/** For the aanbieder of the toewijzing only (not ingetrokken); the read is logged. */
export const eindverantwoordingVoorAanbieder = defineQuery({
  activiteit: "eindverantwoording-bekijken-aanbieder",
  bron: "/aanbieder/toewijzingen/[id]/eindverantwoording",
  toegang: "traject:rapporteren",
  wie: "aanbieder",
  schema: idSchema,
  nietGevonden: TRAJECT_NIET_GEVONDEN,
  betrokkenen: (t: EvWeergave) => t.inwonerId,
  betrokkene: betrokkeneVanToewijzing,
  async laad({ gebruiker, invoer: { id } }) {
    const t = (await trajectVanAanbieder(gebruiker, id)) ? await laadTraject(id) : null;
    return t ? weergave(t) : null;
  },
});

/**
 * For gemeente staff who may read inwoner files (the team works on shared cases, ADR 0008); only
 * the contact person or traject:opvolgen-alle decides (`magBeslissen`). Every read is logged.
 */
export const eindverantwoordingVoorGemeente = defineQuery({
  activiteit: "eindverantwoording-lezen",
  bron: "/gemeente/toewijzingen/[id]/eindverantwoording",
  toegang: "inwoner:lezen",
  wie: "gemeente",
  schema: idSchema,
  betrokkenen: (t: EvWeergave & { magBeslissen: boolean }) => t.inwonerId,
  betrokkene: betrokkeneVanToewijzing,
  async laad({ gebruiker, invoer: { id } }) {
    const t = await laadTraject(id);
    return t ? { ...weergave(t), magBeslissen: magOpvolgen(gebruiker, t) } : null;
  },
});

// ---------------------------------------------------------------------------------------------
// The aanbieder: save as draft or submit.
// ---------------------------------------------------------------------------------------------

export const bewaarEindverantwoording = defineUseCase({
  activiteit: "eindverantwoording-bewaren",
  bron: "/aanbieder/toewijzingen/[id]/eindverantwoording",
  schema: eindverantwoordingSchema,
  toegang: "traject:rapporteren",
  betrokkene: betrokkeneVanToewijzing,
  wie: "aanbieder",
  laad: async ({ gebruiker, invoer }) => ((await trajectVanAanbieder(gebruiker, invoer.id)) ? laadTraject(invoer.id) : null),
  nietGevonden: TRAJECT_NIET_GEVONDEN,
  async uitvoeren({ invoer: ev, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    if (startNogTeMelden(t))
      return formFout("Meld eerst de start van deze toewijzing. Een eindverantwoording gaat over een gestart traject.");
    const bestaand = t.eindverantwoording;
    if (bestaand && !magBewerken(bestaand.status)) {
      return formFout("Deze eindverantwoording is al ingediend en kan niet meer worden gewijzigd.");
    }
    if (bestaand && ev.versie !== bestaand.versie) {
      return formFout(
        "Een collega heeft deze eindverantwoording intussen bewaard. Je invoer staat er nog: kopieer je tekst, vernieuw de pagina en vul hem opnieuw in.",
      );
    }
    const c = evContext(t);
    const indienen = ev.actie === "indienen";
    const fouten = indienen ? controleerIndienen(ev, c) : controleerConcept(ev, c);
    if (Object.keys(fouten).length) {
      return veldFouten(
        fouten,
        indienen ? "De eindverantwoording is nog niet compleet. Je invoer is niet ingediend en staat er nog." : null,
      );
    }
    const velden = {
      algemeen: ev.algemeen,
      resultaatToelichting: ev.resultaatToelichting,
      voortzetten: ev.voortzetten,
      nieuweDoelen: c.verlengbaar ? ev.nieuweDoelen : "",
      vervolgNodig: ev.vervolgNodig,
      adviesTrede: ev.adviesTrede,
      adviesWaarHoe: ev.adviesWaarHoe,
      // R-EV-3 only for ontwikkeling.
      stapGemaakt: c.ontwikkeling ? ev.stapGemaakt : null,
      stapToelichting: c.ontwikkeling ? ev.stapToelichting : "",
      bereikteTrede: c.ontwikkeling ? ev.bereikteTrede : null,
      samenMetInwonerOp: ev.samenMetInwoner ? ev.samenMetInwonerOp : null,
    };
    const status = indienen ? "INGEDIEND" : (bestaand?.status ?? "CONCEPT");
    const ingediend = indienen ? { ingediendOp: bestaand?.ingediendOp ?? nu, ingediendDoorId: g.id, laatstIngediendOp: nu } : {};
    const resultaten = c.doelIds.flatMap((planDoelId) => {
      const d = ev.doelen[planDoelId];
      return d?.resultaat ? [{ planDoelId, resultaat: d.resultaat, toelichting: d.toelichting }] : [];
    });
    try {
      await db.$transaction(async (tx) => {
        let evId: string;
        if (bestaand) {
          // Optimistic concurrency: only the version the form was opened on, and only while editable.
          const r = await tx.eindverantwoording.updateMany({
            where: { id: bestaand.id, versie: bestaand.versie, status: { in: ["CONCEPT", "TERUGGESTUURD"] } },
            data: { ...velden, ...ingediend, status, versie: { increment: 1 } },
          });
          if (r.count === 0) throw new Conflict();
          evId = bestaand.id;
        } else {
          evId = (await tx.eindverantwoording.create({ data: { toewijzingId: t.id, ...velden, ...ingediend, status } })).id;
        }
        await tx.evDoelResultaat.deleteMany({ where: { eindverantwoordingId: evId } });
        for (const r of resultaten) await tx.evDoelResultaat.create({ data: { eindverantwoordingId: evId, ...r } });
      });
    } catch (e) {
      if (e instanceof Conflict || isUniekFout(e)) {
        return formFout(
          "Een collega heeft deze eindverantwoording intussen bewaard. Je invoer staat er nog: kopieer je tekst en vernieuw de pagina.",
        );
      }
      throw e;
    }
    audit.toelichting = `${t.nummer}: ${indienen ? "ingediend" : "concept"}`;
    if (!indienen) return gelukt({ melding: "Het concept is opgeslagen. Je kunt later verder schrijven; de gemeente ziet het nog niet." });
    await meldContactpersoon(t.contactpersoonId, `Eindverantwoording ${t.nummer} ingediend`, [
      `${t.aanbieder.naam} heeft de eindverantwoording van toewijzing ${t.nummer} ingediend${bestaand?.teruggestuurdOp ? " (na je vraag)" : ""}.`,
      `Lees hem in het portaal: ${portaalLink(`/gemeente/toewijzingen/${t.id}/eindverantwoording`)}`,
    ]);
    return gelukt({ melding: "De eindverantwoording is ingediend. De contactpersoon van de gemeente leest hem." });
  },
});

class Conflict extends Error {}

/**
 * Status only, for a summary on the toewijzing's page (which logs its own read): the report's and
 * the latest herindicatie request's state. Scoped like the full read: an aanbieder user sees only
 * its own organisation's, staff need inwoner:lezen.
 */
export const trajectAfsluitingStatus = defineQuery({
  activiteit: "traject-afsluiting-bekijken",
  bron: "/gemeente/toewijzingen/[id]",
  toegang: "ingelogd",
  schema: idSchema,
  async laad({ gebruiker: g, invoer: { id } }) {
    const zichtbaar = isAanbiederGebruiker(g)
      ? mag(g.rol, "traject:rapporteren") && (await trajectVanAanbieder(g, id)) !== null
      : mag(g.rol, "inwoner:lezen");
    if (!zichtbaar) return null;
    const t = await db.toewijzing.findUnique({
      where: { id },
      select: {
        eindverantwoording: { select: { status: true, ingediendOp: true, gelezenOp: true } },
        herindicatieverzoeken: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, createdAt: true } },
        _count: { select: { ladderRegels: true } },
      },
    });
    if (!t) return null;
    return { ev: t.eindverantwoording, herindicatie: t.herindicatieverzoeken[0] ?? null, tredeVastgelegd: t._count.ladderRegels > 0 };
  },
});
