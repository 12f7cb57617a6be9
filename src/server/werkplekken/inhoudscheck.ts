import "server-only";
import { z } from "zod";
import { idSchema } from "@/domain/id";
import { mag } from "@/domain/permissies";
import { parsePostcode } from "@/domain/postcode";
import { afwijzingSchema, goedkeuringSchema, nietAfgevinkt } from "@/domain/inhoudscheck";
import { verschillen, type WerkplekInhoud, type WerkplekVeld } from "@/domain/werkplek-invoer";
import type { Ingelogd } from "@/domain/gebruiker";
import { db } from "../db";
import { env } from "../env";
import { geocoder } from "../geo";
import { verstuurMail } from "../mail/mailer";
import { defineQuery, defineUseCase, formFout, gelukt, veldFouten } from "../pipeline";
import { gepubliceerdDoor, inhoudNaarKolommen, leesLiveInhoud, parseRevisie, schrijfKoppelingen } from "./intern/inhoud";

// R-WP-1: the content check by Centrum Werkt Mee (and beheer) before anything reaches the public.
// The decisions run on the use-case pipeline (issue 8): every approval and rejection is
// audit-logged (who, when, which werkplek, what happened), and the werkplek keeps who last
// approved it (gepubliceerdOp/gepubliceerdDoorId) for the aanbieder's page and this one.

const GEEN_TOEGANG = "Je mag geen werkplekken beoordelen.";

export type WachtrijItem = { werkplekId: string; soort: "nieuw" | "wijziging"; titel: string; aanbieder: string; ingediendOp: Date };

/** Everything waiting for a check, oldest first: new werkplekken and revisions of published ones. */
export const inhoudscheckWachtrij = defineQuery({
  activiteit: "inhoudscheck-wachtrij-bekijken",
  bron: "/gemeente/inhoudscheck",
  toegang: "inhoudscheck:beoordelen",
  geenToegang: GEEN_TOEGANG,
  schema: z.object({}),
  laad: async (): Promise<WachtrijItem[]> => {
    const [nieuw, revisies] = await Promise.all([
      db.werkplek.findMany({
        where: { status: "INGEDIEND" },
        select: { id: true, titel: true, ingediendOp: true, updatedAt: true, aanbieder: { select: { naam: true } } },
      }),
      db.werkplekRevisie.findMany({
        where: { status: "INGEDIEND" },
        select: {
          werkplekId: true,
          ingediendOp: true,
          updatedAt: true,
          inhoud: true,
          werkplek: { select: { aanbieder: { select: { naam: true } } } },
        },
      }),
    ]);
    const items: WachtrijItem[] = [
      ...nieuw.map((w) => ({
        werkplekId: w.id,
        soort: "nieuw" as const,
        titel: w.titel,
        aanbieder: w.aanbieder.naam,
        ingediendOp: w.ingediendOp ?? w.updatedAt,
      })),
      ...revisies.map((r) => ({
        werkplekId: r.werkplekId,
        soort: "wijziging" as const,
        titel: parseRevisie(r.inhoud).titel,
        aanbieder: r.werkplek.aanbieder.naam,
        ingediendOp: r.ingediendOp ?? r.updatedAt,
      })),
    ];
    return items.sort((a, b) => a.ingediendOp.getTime() - b.ingediendOp.getTime());
  },
});

export type CheckItem = {
  werkplekId: string;
  slug: string;
  soort: "nieuw" | "wijziging";
  versie: number;
  aanbieder: { naam: string; contractVan: Date; contractTot: Date | null; gecontracteerd: boolean };
  adresGevonden: boolean;
  voorstel: WerkplekInhoud;
  live: WerkplekInhoud | null;
  gewijzigd: WerkplekVeld[];
  ingediendOp: Date;
  /** The last approval (of the werkplek or an earlier revision), if any. */
  gepubliceerd: { op: Date; door: string | null } | null;
  namen: { branches: Record<string, string>; mogelijkheden: Record<string, string>; fotos: Record<string, string> };
};

/** One submitted werkplek or revision with what changed against the live version. */
export const inhoudscheckItem = defineQuery({
  activiteit: "inhoudscheck-item-bekijken",
  bron: "/gemeente/inhoudscheck/[id]",
  toegang: "inhoudscheck:beoordelen",
  geenToegang: GEEN_TOEGANG,
  schema: idSchema,
  nietGevonden: "Deze werkplek wacht niet (meer) op een controle.",
  laad: async ({ invoer: { id: werkplekId }, nu }): Promise<CheckItem | null> => {
    const w = await db.werkplek.findUnique({ where: { id: werkplekId }, include: { revisie: true, aanbieder: true } });
    if (!w) return null;
    const isRevisie = w.status === "GEPUBLICEERD" && w.revisie?.status === "INGEDIEND";
    if (!isRevisie && w.status !== "INGEDIEND") return null;
    const live = await leesLiveInhoud(w.id);
    const voorstel = isRevisie ? parseRevisie(w.revisie!.inhoud) : live!;
    const postcode = parsePostcode(voorstel.postcode);
    const [branches, mogelijkheden, fotos] = await Promise.all([
      db.branche.findMany({ select: { slug: true, naam: true } }),
      db.mogelijkheid.findMany({ select: { slug: true, naam: true } }),
      db.foto.findMany({
        where: { id: { in: [...voorstel.fotos, ...(live?.fotos ?? [])].map((f) => f.fotoId) } },
        select: { id: true, bestand: true },
      }),
    ]);
    return {
      werkplekId: w.id,
      slug: w.slug,
      soort: isRevisie ? "wijziging" : "nieuw",
      versie: w.versie,
      aanbieder: {
        naam: w.aanbieder.naam,
        contractVan: w.aanbieder.contractVan,
        contractTot: w.aanbieder.contractTot,
        gecontracteerd: w.aanbieder.contractVan <= nu && (!w.aanbieder.contractTot || w.aanbieder.contractTot >= nu),
      },
      adresGevonden: postcode.ok && (await geocoder.zoek(postcode.postcode)) !== null,
      voorstel,
      live: isRevisie ? live : null,
      gewijzigd: isRevisie && live ? verschillen(live, voorstel) : [],
      ingediendOp: (isRevisie ? w.revisie!.ingediendOp : w.ingediendOp) ?? w.updatedAt,
      gepubliceerd: await gepubliceerdDoor(w),
      namen: {
        branches: Object.fromEntries(branches.map((b) => [b.slug, b.naam])),
        mogelijkheden: Object.fromEntries(mogelijkheden.map((m) => [m.slug, m.naam])),
        fotos: Object.fromEntries(fotos.map((f) => [f.id, f.bestand])),
      },
    };
  },
});

const BRON = "/gemeente/inhoudscheck";
const AL_BEOORDEELD = "Deze werkplek is intussen gewijzigd of al beoordeeld. Open hem opnieuw vanuit de wachtrij.";

/** The item as the reviewer saw it: still waiting and at the same version, else it changed in between. */
async function teBeoordelen({ gebruiker, invoer, nu }: { gebruiker: Ingelogd; invoer: { id: string; versie: number | null }; nu: Date }) {
  // The same read as the page (no audit: nothing personal), with the caller the pipeline checked.
  const r = await inhoudscheckItem(gebruiker, { id: invoer.id }, { nu });
  return r.ok && r.data.versie === invoer.versie ? r.data : null;
}

/** Approve: a new werkplek is published; a revision replaces the live content. Records who and when. */
export const keurWerkplekGoed = defineUseCase({
  activiteit: "inhoudscheck-goedkeuren",
  bron: BRON,
  schema: goedkeuringSchema,
  toegang: "inhoudscheck:beoordelen",
  geenToegang: GEEN_TOEGANG,
  laad: teBeoordelen,
  nietGevonden: AL_BEOORDEELD,
  async uitvoeren({ invoer, doel: item, gebruiker, audit, nu }) {
    const ontbreekt = nietAfgevinkt(invoer.checklist);
    if (ontbreekt.length) {
      return veldFouten(
        { checklist: `Nog niet afgevinkt: ${ontbreekt.map((c) => c.label.toLowerCase()).join("; ")}.` },
        "Vink elk criterium af voordat je goedkeurt. Klopt een criterium niet, wijs de werkplek dan af met een reden.",
      );
    }
    const postcode = parsePostcode(item.voorstel.postcode);
    const locatie = postcode.ok ? await geocoder.zoek(postcode.postcode) : null;
    if (!locatie) return formFout("De postcode van deze werkplek is onbekend; wijs hem af met die reden.");
    const werkplekId = item.werkplekId;
    const aanbiederId = (await db.werkplek.findUniqueOrThrow({ where: { id: werkplekId }, select: { aanbiederId: true } })).aanbiederId;
    const goedgekeurd = await db.$transaction(async (tx) => {
      const claim = await tx.werkplek.updateMany({
        where: { id: werkplekId, versie: item.versie },
        data: {
          versie: { increment: 1 },
          status: "GEPUBLICEERD",
          afwijzingsreden: null,
          gepubliceerdOp: nu,
          gepubliceerdDoorId: gebruiker.id,
        },
      });
      if (claim.count === 0) return false;
      if (item.soort === "wijziging") {
        await tx.werkplek.update({ where: { id: werkplekId }, data: await inhoudNaarKolommen(tx, aanbiederId, item.voorstel, locatie) });
        await schrijfKoppelingen(tx, werkplekId, item.voorstel);
        await tx.werkplekRevisie.delete({ where: { werkplekId } });
      }
      return true;
    });
    if (!goedgekeurd) return formFout(AL_BEOORDEELD);
    audit.toelichting = `${item.slug}: ${item.soort === "nieuw" ? "gepubliceerd" : "wijziging goedgekeurd"}`;
    await meldAanbieder(aanbiederId, `Werkplek goedgekeurd: ${item.voorstel.titel}`, [
      `De gemeente heeft ${item.soort === "nieuw" ? "de werkplek" : "de wijziging van de werkplek"} "${item.voorstel.titel}" goedgekeurd.`,
      `Hij staat nu in de catalogus: ${env.APP_URL}/werkplekken/${item.slug}`,
    ]);
    return gelukt({ melding: `"${item.voorstel.titel}" is goedgekeurd en staat in de catalogus.` });
  },
});

/** Reject with a reason the aanbieder reads (e-mail and in the portal); the live version stays as it was. */
export const wijsWerkplekAf = defineUseCase({
  activiteit: "inhoudscheck-afwijzen",
  bron: BRON,
  schema: afwijzingSchema,
  toegang: "inhoudscheck:beoordelen",
  geenToegang: GEEN_TOEGANG,
  laad: teBeoordelen,
  nietGevonden: AL_BEOORDEELD,
  async uitvoeren({ invoer: { reden }, doel: item, audit }) {
    const werkplekId = item.werkplekId;
    const afgewezen = await db.$transaction(async (tx) => {
      const claim = await tx.werkplek.updateMany({
        where: { id: werkplekId, versie: item.versie },
        data:
          item.soort === "nieuw" ? { versie: { increment: 1 }, status: "AFGEWEZEN", afwijzingsreden: reden } : { versie: { increment: 1 } },
      });
      if (claim.count === 0) return false;
      if (item.soort === "wijziging")
        await tx.werkplekRevisie.update({ where: { werkplekId }, data: { status: "AFGEWEZEN", afwijzingsreden: reden } });
      return true;
    });
    if (!afgewezen) return formFout(AL_BEOORDEELD);
    // The reason itself stays out of the log: it is free text and may name people.
    audit.toelichting = `${item.slug}: ${item.soort === "nieuw" ? "afgewezen" : "wijziging afgewezen"}`;
    const w = await db.werkplek.findUniqueOrThrow({ where: { id: werkplekId }, select: { aanbiederId: true } });
    await meldAanbieder(w.aanbiederId, `Werkplek afgewezen: ${item.voorstel.titel}`, [
      `De gemeente heeft ${item.soort === "nieuw" ? "de werkplek" : "de wijziging van de werkplek"} "${item.voorstel.titel}" afgewezen.`,
      "",
      "Reden:",
      reden,
      "",
      item.soort === "wijziging" ? "De huidige versie blijft in de catalogus staan." : "De werkplek staat niet in de catalogus.",
      `Pas de werkplek aan en dien hem opnieuw in: ${env.APP_URL}/aanbieder/werkplekken/${werkplekId}`,
    ]);
    return gelukt({ melding: `"${item.voorstel.titel}" is afgewezen. De aanbieder krijgt de reden per e-mail.` });
  },
});

/** The aanbieder's active users who manage werkplekken get the outcome. */
async function meldAanbieder(aanbiederId: string, onderwerp: string, regels: string[]) {
  const ontvangers = await db.gebruiker.findMany({
    where: { aanbiederId, actief: true, wachtwoordHash: { not: null } },
    select: { email: true, naam: true, rol: true },
  });
  for (const o of ontvangers.filter((o) => mag(o.rol, "werkplek:beheren"))) {
    await verstuurMail({
      aan: o.email,
      onderwerp,
      tekst: [`Beste ${o.naam},`, "", ...regels, "", "Met vriendelijke groet,", "Centrum Werkt Mee, gemeente Apeldoorn"].join("\n"),
    });
  }
}
