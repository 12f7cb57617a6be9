import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { terugsturenSchema, tredeNaTrajectSchema } from "@/domain/eindverantwoording/invoer";
import { magGelezenMarkeren, magTerugsturen } from "@/domain/eindverantwoording/regels";
import { formatDatum } from "@/domain/format";
import type { Ingelogd } from "@/domain/gebruiker";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { laadTraject } from "./intern/eindverantwoording-laden";
import { meldAanbieder, portaalLink } from "./intern/traject-berichten";
import { trajectVoorOpvolging } from "./intern/traject-toegang";

// The contact person's side of the eindverantwoording (R-EV, R-LAD-3, docs/decisions/0016): send it
// back once with a question, mark it read, and record the inwoner's trede after the traject. Only
// the inwoner's contact person on the toewijzing or traject:opvolgen-alle (trajectVoorOpvolging).

const NIET_VOOR_JOU = "Deze toewijzing bestaat niet, of alleen de contactpersoon van de inwoner (of de teammanager) beslist hierover.";

const opvolger = {
  toegang: "traject:opvolgen",
  betrokkene: betrokkeneVanToewijzing,
  wie: "gemeente",
  nietGevonden: NIET_VOOR_JOU,
} as const;

const laadVoorOpvolging = async ({ gebruiker, invoer }: { gebruiker: Ingelogd; invoer: { id: string } }) =>
  (await trajectVoorOpvolging(gebruiker, invoer.id)) ? laadTraject(invoer.id) : null;

export const stuurEindverantwoordingTerug = defineUseCase({
  ...opvolger,
  activiteit: "eindverantwoording-terugsturen",
  bron: "/gemeente/toewijzingen/[id]/eindverantwoording#terugsturen",
  schema: terugsturenSchema,
  laad: laadVoorOpvolging,
  async uitvoeren({ invoer, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const ev = t.eindverantwoording;
    if (!ev || ev.status === "CONCEPT") return formFout("Er is nog geen ingediende eindverantwoording om terug te sturen.");
    if (!magTerugsturen(ev)) {
      return formFout(
        ev.teruggestuurdOp
          ? "Deze eindverantwoording is al een keer teruggestuurd. Dat kan maar één keer: bespreek een nieuwe vraag met de aanbieder en markeer hem als gelezen."
          : "Alleen een ingediende eindverantwoording kan worden teruggestuurd.",
      );
    }
    const r = await db.eindverantwoording.updateMany({
      where: { id: ev.id, status: "INGEDIEND", teruggestuurdOp: null },
      data: { status: "TERUGGESTUURD", terugvraag: invoer.terugvraag, teruggestuurdOp: nu, teruggestuurdDoorId: g.id },
    });
    if (r.count === 0) return formFout("Deze eindverantwoording is intussen al teruggestuurd of gelezen.");
    audit.toelichting = `${t.nummer}: teruggestuurd`;
    await meldAanbieder(
      t.aanbiederId,
      `Vraag over de eindverantwoording ${t.nummer}`,
      [
        `${g.naam}, contactpersoon bij de gemeente, heeft een vraag over de eindverantwoording van toewijzing ${t.nummer} en stuurt hem terug.`,
        "De vraag staat in het portaal. Pas de eindverantwoording aan en dien hem opnieuw in:",
        portaalLink(`/aanbieder/toewijzingen/${t.id}/eindverantwoording`),
      ],
      `${g.naam}, Apeldoorn Werkt Mee`,
    );
    return gelukt({ melding: "De eindverantwoording is teruggestuurd met je vraag. De aanbieder krijgt een e-mail." });
  },
});

export const markeerEindverantwoordingGelezen = defineUseCase({
  ...opvolger,
  activiteit: "eindverantwoording-gelezen",
  bron: "/gemeente/toewijzingen/[id]/eindverantwoording#gelezen",
  schema: terugsturenSchema.pick({ id: true }),
  laad: laadVoorOpvolging,
  async uitvoeren({ doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const ev = t.eindverantwoording;
    if (!ev || !magGelezenMarkeren(ev)) return formFout("Alleen een ingediende eindverantwoording kan als gelezen worden gemarkeerd.");
    const r = await db.eindverantwoording.updateMany({
      where: { id: ev.id, status: "INGEDIEND" },
      data: { status: "GELEZEN", gelezenOp: nu, gelezenDoorId: g.id },
    });
    if (r.count === 0) return formFout("Deze eindverantwoording is intussen al teruggestuurd of gelezen.");
    audit.toelichting = `${t.nummer}: gelezen`;
    return gelukt({ melding: "De eindverantwoording is gemarkeerd als gelezen. Leg nu de trede na het traject vast." });
  },
});

/** R-LAD-3: one ladder entry per traject, linked to the toewijzing, after the report is in. */
export const legTredeNaTrajectVast = defineUseCase({
  ...opvolger,
  activiteit: "trede-na-traject-vastleggen",
  bron: "/gemeente/toewijzingen/[id]/eindverantwoording#trede",
  schema: tredeNaTrajectSchema,
  laad: laadVoorOpvolging,
  async uitvoeren({ invoer: l, doel: t, gebruiker: g, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const ev = t.eindverantwoording;
    if (!ev || (ev.status !== "INGEDIEND" && ev.status !== "GELEZEN")) {
      return formFout("Leg de trede na het traject vast als de eindverantwoording is ingediend.");
    }
    if (t.ladderRegels.length > 0) {
      return formFout("De trede na dit traject is al vastgelegd. Een correctie leg je vast in de ladderhistorie van de inwoner.");
    }
    if (l.datum < t.startdatum)
      return veldFouten({ datum: `De datum ligt op of na de start van de toewijzing (${formatDatum(t.startdatum)}).` });
    if (l.datum > vandaagInNederland(nu)) return veldFouten({ datum: "Vul een datum in tot en met vandaag." });
    await db.ladderRegel.create({
      data: {
        inwonerId: t.inwonerId,
        datum: l.datum,
        trede: l.trede,
        perspectiefTrede: l.perspectiefTrede,
        perspectiefDatum: l.perspectiefTrede ? l.datum : null,
        toelichting: [`Na traject ${t.nummer} (${t.product.korteNaam})`, l.toelichting].filter(Boolean).join(": "),
        vastgelegdDoorId: g.id,
        toewijzingId: t.id,
      },
    });
    audit.toelichting = `${t.nummer}: trede ${l.trede} na traject`;
    return gelukt({ melding: `Trede ${l.trede} is vastgelegd in de ladderhistorie van de inwoner.` });
  },
});
