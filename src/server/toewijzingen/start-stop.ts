import "server-only";
import type { AanbiederGebruiker } from "@/domain/gebruiker";
import { startMeldingSchema, stopMeldingSchema } from "@/domain/toewijzing/melding-invoer";
import { betrokkeneVanToewijzing } from "../betrokkene";
import { db } from "../db";
import { berichtenBijToewijzing, MET_BERICHTEN } from "../iwmo/intern/uitgaand";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { registreerStart, registreerStop, type StartStopFout } from "./intern/start-stop";

// The aanbieder reports the start and the stop of its own organisation's toewijzing (issue 4).

const NIET_GEVONDEN = "Deze toewijzing bestaat niet of hoort niet bij jouw organisatie.";

/** The toewijzing named in the input, only when it is of the caller's own organisation. */
const eigenToewijzing = ({ gebruiker, invoer }: { gebruiker: AanbiederGebruiker; invoer: { id: string } }) =>
  db.toewijzing.findFirst({ where: { id: invoer.id, aanbiederId: gebruiker.aanbiederId } });

const melder = {
  toegang: "toewijzing:start-stop-melden",
  betrokkene: betrokkeneVanToewijzing,
  wie: "aanbieder",
  laad: eigenToewijzing,
  nietGevonden: NIET_GEVONDEN,
} as const;

const alsUitkomst = (f: StartStopFout) => (f.veld ? veldFouten({ [f.veld]: f.melding }) : formFout(f.melding));

/** The aanbieder reports the actual start date: within the toewijzing, and not ahead of time. */
export const meldStart = defineUseCase({
  ...melder,
  activiteit: "toewijzing-start-melden",
  bron: "/aanbieder/toewijzingen#start",
  schema: startMeldingSchema,
  async uitvoeren({ invoer: { datum }, doel: t, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    // The 305 is made beside the change, in its transaction (issue 22: never on a GET).
    const fout = await db.$transaction(async (tx) => {
      const fout = await registreerStart(tx, t, datum, nu);
      if (!fout) await berichtenBijToewijzing(tx, t.id, nu);
      return fout;
    }, MET_BERICHTEN);
    if (fout) return alsUitkomst(fout);
    audit.toelichting = `${t.nummer}: gestart`;
    return gelukt({ melding: "De start is gemeld. De gemeente ziet het meteen." });
  },
});

/** The aanbieder reports the stop: a date between the start and the end, and an iWmo reden beëindiging. */
export const meldStop = defineUseCase({
  ...melder,
  activiteit: "toewijzing-stop-melden",
  bron: "/aanbieder/toewijzingen#stop",
  schema: stopMeldingSchema,
  async uitvoeren({ invoer: { datum, reden }, doel: t, audit, nu }) {
    audit.betrokkene = t.inwonerId;
    const fout = await db.$transaction(async (tx) => {
      const fout = await registreerStop(tx, t, datum, reden, nu);
      if (!fout) await berichtenBijToewijzing(tx, t.id, nu);
      return fout;
    }, MET_BERICHTEN);
    if (fout) return alsUitkomst(fout);
    audit.toelichting = `${t.nummer}: gestopt (${reden})`;
    return gelukt({ melding: "De stop is gemeld. De gemeente ziet het meteen." });
  },
});
