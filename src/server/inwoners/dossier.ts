import "server-only";
import { idSchema } from "@/domain/id";
import { maskeerBsn } from "@/domain/inwoner/bsn";
import { contactpersoonRol } from "@/domain/inwoner/contactpersoon";
import { volledigeNaam } from "@/domain/inwoner/invoer";
import { db } from "../db";
import { defineQuery, defineUseCase, gelukt } from "../pipeline";
import { bestaandeInwoner, GEEN_TOEGANG } from "./intern";

// The inwoner's file (issue 4): read with the BSN masked; the full BSN only on an explicit,
// logged request (toonBsn).

/** The inwoner's file for staff; the BSN masked. One logged read; a refusal is logged with the inwoner. */
export const inwonerDossier = defineQuery({
  activiteit: "inwoner-bekijken",
  bron: "/gemeente/inwoners/[id]",
  toegang: "inwoner:lezen",
  geenToegang: GEEN_TOEGANG,
  schema: idSchema,
  nietGevonden: "Deze inwoner bestaat niet.",
  async laad({ invoer: { id } }) {
    const i = await db.inwoner.findUnique({
      where: { id },
      include: {
        contactpersoon: { select: { id: true, naam: true, rol: true } },
        ladder: { orderBy: [{ datum: "desc" }, { createdAt: "desc" }], include: { vastgelegdDoor: { select: { naam: true } } } },
        toewijzingen: {
          orderBy: { startdatum: "desc" },
          include: { product: { select: { korteNaam: true } }, aanbieder: { select: { naam: true } } },
        },
      },
    });
    if (!i) return null;
    const { bsn, ...rest } = i;
    return { ...rest, naam: volledigeNaam(i), bsnGemaskeerd: maskeerBsn(bsn), voorgesteldeContactRol: contactpersoonRol(i.uitkering) };
  },
  betrokkene: ({ id }) => id,
  betrokkenen: (i) => i.id,
});

/** The full BSN, only on an explicit request by someone who may read inwoners; a logged read. */
export const toonBsn = defineUseCase({
  activiteit: "bsn-tonen",
  bron: "/gemeente/inwoners/[id]#toon-bsn",
  schema: idSchema,
  toegang: "inwoner:lezen",
  geenToegang: "Je mag het BSN van deze inwoner niet zien.",
  betrokkene: (i) => i.id,
  laad: bestaandeInwoner,
  nietGevonden: "Deze inwoner bestaat niet.",
  async uitvoeren({ doel }) {
    return gelukt({ melding: "Het BSN is getoond en vastgelegd in het logboek.", bsn: doel.bsn });
  },
});
