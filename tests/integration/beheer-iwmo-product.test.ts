import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { data, reden } from "../support/gelezen";
import { frisseDatabase } from "../support/testdb";

// Issue 21 item 9: beheer sets a product's iWmo productcategorie (a choice from WMO020, never free
// text) and productcode, through the pipeline with an audit record; toewijzingen issued before
// keep the codes their 301 named.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let mod: typeof import("@/server/beheer/iwmo-producten");
type G = { id: string; naam: string; email: string; rol: "BEHEERDER" | "TEAMMANAGER"; aanbiederId: null };
let beheerder: G;
let teammanager: G;

beforeAll(async () => {
  omgeving = await frisseDatabase();
  mod = await import("@/server/beheer/iwmo-producten");
  const maak = async (rol: G["rol"], email: string) => {
    const g = await omgeving.db.gebruiker.create({ data: { email, naam: rol, rol } });
    return { id: g.id, naam: g.naam, email: g.email, rol, aanbiederId: null };
  };
  beheerder = await maak("BEHEERDER", "bea@t.example");
  teammanager = await maak("TEAMMANAGER", "tm@t.example");
});
afterAll(async () => omgeving.opruimen());

const product = (code: string) =>
  omgeving.db.product.findUniqueOrThrow({ where: { code }, select: { iwmoCategorie: true, iwmoCode: true } });

describe("beheer: a product's iWmo category and code", () => {
  it("lists the maatwerk products with the category's meaning, and the 18 categories of WMO020 to choose from", async () => {
    const o = await data(mod.iwmoProducten(beheerder));
    expect(o!.producten.find((p) => p.code === "ONTW_4")).toMatchObject({ iwmoCode: "07W41", categorie: "07 Dagbesteding" });
    expect(o!.producten.some((p) => p.code === "ORIENTATIE")).toBe(false);
    expect(o!.categorieen).toHaveLength(18);
    expect(o!.categorieen.find((c) => c.waarde === "04")).toEqual({ waarde: "04", label: "04 Kortdurend verblijf" });
    expect(await reden(mod.iwmoProducten(teammanager))).toBe("geen-toegang");
  });

  it("changes category and code, audit-logged with old and new; a code is upper-cased", async () => {
    const r = await mod.wijzigIwmoProduct(beheerder, { productCode: "BG_BASIS", categorie: "09", code: " 09g01 " });
    expect(r).toEqual({
      ok: true,
      melding:
        "Begeleiding groep basis heeft nu productcategorie 09 Overige groepsgerichte ondersteuning en productcode 09G01. Dit geldt voor toewijzingen die vanaf nu worden afgegeven.",
    });
    expect(await product("BG_BASIS")).toEqual({ iwmoCategorie: "09", iwmoCode: "09G01" });
    const [regel] = await omgeving.db.auditRegel.findMany({ where: { activiteit: "iwmo-product-wijzigen" } });
    expect(regel).toMatchObject({ gebruikerId: beheerder.id, uitkomst: "gelukt", toelichting: "BG_BASIS: 07/07G01 → 09/09G01" });
  });

  it("refuses free text as a category, a malformed or taken code, an unknown product and a role without the right; nothing changes", async () => {
    const fouten = async (invoer: Record<string, unknown>, g: G = beheerder) => {
      const r = await mod.wijzigIwmoProduct(g, invoer);
      expect(r.ok).toBe(false);
      return r.ok ? null : r;
    };
    expect((await fouten({ productCode: "ONTW_4", categorie: "Dagbesteding", code: "07W41" }))!.fieldErrors).toEqual({
      categorie: "Kies een productcategorie uit de lijst.",
    });
    expect((await fouten({ productCode: "ONTW_4", categorie: "19", code: "07W41" }))!.fieldErrors.categorie).toBe(
      "Kies een productcategorie uit de lijst.",
    );
    expect((await fouten({ productCode: "ONTW_4", categorie: "07", code: "07-W41X" }))!.fieldErrors.code).toMatch(
      /1 tot 5 letters en cijfers/,
    );
    expect((await fouten({ productCode: "ONTW_4", categorie: "07", code: "07W51" }))!.fieldErrors.code).toBe(
      "Productcode 07W51 hoort al bij Ontwikkeling naar trede 5. Elke productcode hoort bij één product.",
    );
    expect((await fouten({ productCode: "ORIENTATIE", categorie: "07", code: "07O01" }))!.fieldErrors.productCode).toBe(
      "Kies een product uit de lijst.",
    );
    expect((await fouten({ productCode: "ONTW_4", categorie: "07", code: "07W41" }))!.formError).toMatch(
      /heeft al productcategorie 07 Dagbesteding/,
    );
    expect((await fouten({ productCode: "ONTW_4", categorie: "09", code: "09W41" }, teammanager))!.formError).toMatch(/geen toestemming/);
    expect(await product("ONTW_4")).toEqual({ iwmoCategorie: "07", iwmoCode: "07W41" });
  });

  it("a toewijzing issued before keeps the codes its 301 named", async () => {
    const aanbieder = await omgeving.db.aanbieder.create({
      data: {
        slug: "x",
        naam: "X",
        kvkNummer: "1",
        agbCode: "98107341",
        omschrijving: "-",
        contactNaam: "-",
        contactEmail: "x@t.example",
        contractVan: new Date("2020-01-01"),
      },
    });
    const inwoner = await omgeving.db.inwoner.create({
      data: {
        bsn: "999990007",
        voornamen: "A",
        achternaam: "B",
        zoeknaam: "a b",
        geboortedatum: new Date("1990-01-01"),
        straat: "S",
        huisnummer: "1",
        postcode: "7311 AB",
        plaats: "Apeldoorn",
        uitkering: "UWV",
      },
    });
    const t = await omgeving.db.toewijzing.create({
      data: {
        nummer: "TW-2026-000900",
        inwonerId: inwoner.id,
        productCode: "OP_TREDE_3",
        aanbiederId: aanbieder.id,
        startdatum: new Date("2026-01-01"),
        einddatum: new Date("2026-12-31"),
        iwmoCategorie: "07",
        iwmoCode: "07W30",
        afgegevenDoorId: beheerder.id,
      },
    });
    expect((await mod.wijzigIwmoProduct(beheerder, { productCode: "OP_TREDE_3", categorie: "09", code: "09W30" })).ok).toBe(true);
    expect(
      await omgeving.db.toewijzing.findUniqueOrThrow({ where: { id: t.id }, select: { iwmoCategorie: true, iwmoCode: true } }),
    ).toEqual({
      iwmoCategorie: "07",
      iwmoCode: "07W30",
    });
  });
});
