import "server-only";
import { z } from "zod";
import { bestandsnaam, csvDatum, naarCsv } from "@/domain/declaratie/csv";
import { maandVeld } from "@/domain/declaratie/invoer";
import { STATUS_NAAM } from "@/domain/declaratie/regels";
import { idVeld } from "@/domain/id";
import { db } from "../db";
import { defineUseCase, gelukt } from "../pipeline";
import { STATUSSEN, totalenPerAanbieder, totalenPerProduct } from "./intern/totalen";

// The CSV exports of the gemeente (issue 12): use cases, so the route handlers go through the
// pipeline (permission inside) and each export is logged.

export type Csv = { csv: string; bestandsnaam: string };

export const exporteerBetaalrun = defineUseCase({
  activiteit: "betaalrun-exporteren",
  bron: "/gemeente/declaraties/export/betaalrun",
  schema: z.object({ id: idVeld }),
  toegang: "declaratie:betalen",
  wie: "gemeente",
  laad: ({ invoer }) => db.betaalrun.findUnique({ where: { id: invoer.id } }),
  nietGevonden: "Deze betaalrun bestaat niet.",
  async uitvoeren({ doel: run, audit }) {
    const regels = await db.declaratieregel.findMany({
      where: { betaalrunId: run.id },
      orderBy: [{ aanbiederId: "asc" }, { nummer: "asc" }],
      include: {
        aanbieder: { select: { naam: true, agbCode: true } },
        toewijzing: { select: { nummer: true } },
        creditVan: { select: { nummer: true } },
      },
    });
    audit.toelichting = `${run.referentie}: ${regels.length} regels`;
    const csv = naarCsv(
      [
        "Betaalrun",
        "Betaaldatum",
        "Aanbieder",
        "AGB-code",
        "Regel",
        "Toewijzing",
        "Product",
        "Maand",
        "Periode van",
        "Periode tot en met",
        "Volume",
        "Eenheid",
        "Tarief (€)",
        "Bedrag (€)",
        "Credit van",
      ],
      regels.map((r) => [
        run.referentie,
        csvDatum(run.betaaldatum),
        r.aanbieder.naam,
        r.aanbieder.agbCode,
        r.nummer,
        r.toewijzing.nummer,
        r.productCode,
        r.maand,
        csvDatum(r.periodeStart),
        csvDatum(r.periodeEind),
        r.volume,
        r.eenheid === "04" ? "uur" : "stuks",
        r.tariefCent,
        r.bedragCent,
        r.creditVan?.nummer ?? null,
      ]),
      ["Tarief (€)", "Bedrag (€)"],
    );
    return gelukt({ csv, bestandsnaam: bestandsnaam(`betaalrun-${run.referentie}`) });
  },
});

export const exporteerOverzicht = defineUseCase({
  activiteit: "declaratie-overzicht-exporteren",
  bron: "/gemeente/declaraties/export/overzicht",
  schema: z.union([
    z.object({ soort: z.literal("aanbieder"), maand: maandVeld }),
    z.object({
      soort: z.literal("product"),
      jaar: z
        .string()
        .regex(/^\d{4}$/, "Kies een jaar.")
        .transform(Number),
    }),
  ]),
  toegang: "declaratie:beoordelen",
  wie: "gemeente",
  async uitvoeren({ invoer }) {
    const bedragen = STATUSSEN.map((s) => `${STATUS_NAAM[s]} (€)`);
    if (invoer.soort === "aanbieder") {
      const rijen = await totalenPerAanbieder(invoer.maand);
      const csv = naarCsv(
        ["Maand", "Aanbieder", "Regels", ...bedragen],
        rijen.map((r) => [invoer.maand, r.aanbieder, r.aantal, ...STATUSSEN.map((s) => r[s])]),
        bedragen,
      );
      return gelukt({ csv, bestandsnaam: bestandsnaam(`declaraties-per-aanbieder-${invoer.maand}`) });
    }
    const rijen = await totalenPerProduct(invoer.jaar);
    const csv = naarCsv(
      ["Jaar", "Product", "Code", "Betaalde eenheden", ...bedragen],
      rijen.map((r) => [String(invoer.jaar), r.product, r.code, r.volumeBetaald, ...STATUSSEN.map((s) => r[s])]),
      bedragen,
    );
    return gelukt({ csv, bestandsnaam: bestandsnaam(`declaraties-per-product-${invoer.jaar}`) });
  },
});
