import "server-only";
import { planSchema } from "@/domain/toewijzing/traject-invoer";
import { PLAN_CONFLICT } from "@/domain/toewijzing/traject-regels";
import { db, isUniekFout } from "../db";
import { defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { rapporteur } from "./intern/traject-toegang";

// The ondersteuningsplan (issue 11, RULES §4; R-EV-2): the aanbieder keeps it up to date until the
// eindverantwoording is submitted.

/** Ondersteuningsplan: add, change and remove goals, until the eindverantwoording is submitted; `versie` guards a parallel edit. */
export const slaPlanOp = defineUseCase({
  ...rapporteur,
  activiteit: "ondersteuningsplan-opslaan",
  bron: "/aanbieder/toewijzingen/[id]#plan",
  schema: planSchema,
  async uitvoeren({ invoer: f, doel: t, gebruiker: g, audit }) {
    audit.betrokkene = t.inwonerId;
    const [ev, plan] = await Promise.all([
      db.eindverantwoording.findUnique({ where: { toewijzingId: t.id }, select: { ingediendOp: true } }),
      db.ondersteuningsplan.findUnique({ where: { toewijzingId: t.id }, include: { doelen: { select: { id: true } } } }),
    ]);
    if (ev?.ingediendOp) return formFout("De eindverantwoording is ingediend; het ondersteuningsplan kan niet meer worden gewijzigd.");
    if (f.doelen.length === 0 && !plan) return veldFouten({ "doel-0-omschrijving": "Beschrijf ten minste één doel." });
    const bekend = new Set(plan?.doelen.map((d) => d.id) ?? []);
    if (f.doelen.some((d) => d.id && !bekend.has(d.id))) return formFout(PLAN_CONFLICT);
    if ((plan?.versie ?? 0) !== f.versie) return formFout(PLAN_CONFLICT);
    try {
      await db.$transaction(async (tx) => {
        let planId: string;
        if (!plan) {
          planId = (await tx.ondersteuningsplan.create({ data: { toewijzingId: t.id, bijgewerktDoorId: g.id } })).id;
        } else {
          const r = await tx.ondersteuningsplan.updateMany({
            where: { id: plan.id, versie: f.versie },
            data: { versie: { increment: 1 }, bijgewerktDoorId: g.id },
          });
          if (r.count === 0) throw new Conflict();
          planId = plan.id;
        }
        const blijft = new Set(f.doelen.map((d) => d.id).filter(Boolean));
        await tx.planDoel.deleteMany({ where: { ondersteuningsplanId: planId, id: { notIn: [...blijft] as string[] } } });
        for (const [volgorde, d] of f.doelen.entries()) {
          if (d.id) {
            await tx.planDoel.update({ where: { id: d.id }, data: { soort: d.soort, omschrijving: d.omschrijving, volgorde } });
          } else {
            await tx.planDoel.create({ data: { ondersteuningsplanId: planId, soort: d.soort, omschrijving: d.omschrijving, volgorde } });
          }
        }
      });
    } catch (e) {
      if (e instanceof Conflict || isUniekFout(e)) return formFout(PLAN_CONFLICT);
      throw e;
    }
    audit.toelichting = `${t.nummer}: ondersteuningsplan (${f.doelen.length} doelen)`;
    return gelukt({ melding: `Het ondersteuningsplan is opgeslagen (${f.doelen.length === 1 ? "1 doel" : `${f.doelen.length} doelen`}).` });
  },
});
class Conflict extends Error {}
