import "server-only";
import { vandaagInNederland } from "@/domain/kalender";
import { maandformulierSchema } from "@/domain/declaratie/invoer";
import { parseUren } from "@/domain/declaratie/regels";
import { logVerwerking } from "../audit";
import { db } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { TRAJECT_NIET_GEVONDEN } from "../toewijzingen/intern/traject-toegang";
import { beoordeelRegel, type RegelAanvraag, type RegelOmgeving } from "@/domain/declaratie/beoordeling";
import { tarieven } from "./intern/declareren";
import { bewaarLos } from "./intern/opslag";
import { gestarteToewijzingen } from "./intern/toewijzingen";

// The aanbieder declares a month (issue 12, R-DEC-1…3): the month form of /aanbieder/declaraties.

const BRON = "/aanbieder/declaraties";

type MaandUitkomst = { melding: string; ingediend: string[] };

/**
 * The month form (its fields: src/domain/declaratie/maandformulier.ts). Each line is validated
 * and stored on its own: one bad line never loses the others; the errors come back per field.
 */
export const dienMaandIn = defineUseCase({
  activiteit: "declaratie-indienen",
  bron: BRON,
  schema: maandformulierSchema,
  toegang: "declaratie:indienen",
  wie: "aanbieder",
  async uitvoeren({ invoer, gebruiker: g, nu, audit }) {
    const { maand } = invoer;
    if (invoer.uren.length + invoer.vastePrijzen.length === 0) return formFout("Vul bij minstens één toewijzing de gewerkte uren in.");
    const eigen = new Map((await gestarteToewijzingen(g.aanbiederId)).map((t) => [t.id, t]));
    const [tariefRijen, bestaand] = await Promise.all([
      tarieven(),
      db.declaratieregel.findMany({
        where: { toewijzingId: { in: [...eigen.keys()] }, actiefSleutel: { not: null } },
        select: { actiefSleutel: true },
      }),
    ]);
    const bezet = new Set(bestaand.map((b) => b.actiefSleutel));
    const vandaag = vandaagInNederland(nu);
    const fouten: Record<string, string> = {};
    const ingediend: string[] = [];
    const omgeving: RegelOmgeving = { tarieven: tariefRijen, vandaag, bezet };
    const verwerk = async (id: string, veld: string, aanvraag: RegelAanvraag) => {
      const t = eigen.get(id);
      if (!t) {
        fouten[veld] = TRAJECT_NIET_GEVONDEN;
        return;
      }
      const r = beoordeelRegel(t, aanvraag, omgeving);
      if (!r.ok) {
        fouten[veld] = r.melding;
        return;
      }
      const opgeslagen = await bewaarLos(r.regel, { actiefSleutel: r.sleutel, ingediendDoorId: g.id, nu });
      if (opgeslagen === "bezet") {
        fouten[veld] = "Voor deze maand is al gedeclareerd. Corrigeer de ingediende regel als er iets niet klopt.";
        return;
      }
      ingediend.push(opgeslagen.nummer);
      await logVerwerking(g, "declaratie-indienen", BRON, t.inwonerId, "gelukt", `${opgeslagen.nummer} bij ${t.nummer}`);
    };
    for (const regel of invoer.uren) {
      const uren = parseUren(regel.uren);
      if (!uren.ok) {
        fouten[regel.veld] = uren.melding;
        continue;
      }
      await verwerk(regel.toewijzingId, regel.veld, { soort: "uren", maand, uren: uren.uren, reden: regel.reden });
    }
    for (const p of invoer.vastePrijzen) await verwerk(p.toewijzingId, p.veld, { soort: "vasteprijs" });
    audit.toelichting = ingediend.length ? `${maand}: ${ingediend.join(", ")}` : null;
    const aantal = ingediend.length;
    if (Object.keys(fouten).length) {
      const n = Object.keys(fouten).length;
      return veldFouten<MaandUitkomst>(
        fouten,
        `${aantal === 0 ? "Er is niets ingediend." : `${aantal} ${aantal === 1 ? "regel is" : "regels zijn"} ingediend (${ingediend.join(", ")}).`} ${n === 1 ? "Eén regel heeft" : `${n} regels hebben`} een fout: verbeter ${n === 1 ? "die" : "ze"} en dien opnieuw in.`,
        { ingediend },
      );
    }
    return gelukt({ melding: `${aantal === 1 ? "De regel is" : `${aantal} regels zijn`} ingediend: ${ingediend.join(", ")}.`, ingediend });
  },
});
