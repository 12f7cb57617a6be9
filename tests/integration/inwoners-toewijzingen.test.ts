import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InwonerFormulier } from "@/domain/inwoner/invoer";
import type { AfgifteFormulier } from "@/server/toewijzingen/toewijzingen";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { frisseDatabase } from "../support/testdb";

// Issue 4 on a real SQLite file: registering, the rules as the server applies them, the
// aanbieder's view, and the audit log of every function that touches inwoner data.

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let inwoners: typeof import("@/server/inwoners/inwoners");
let toew: typeof import("@/server/toewijzingen/toewijzingen");
let dash: typeof import("@/server/toewijzingen/dashboard");
let interesse: typeof import("@/server/interesse/wachtrij");
const ids: Record<string, string> = {};
const BSN = "111222333";
// Ladder entries may not lie in the future; today (UTC) is the latest allowed date.
const VANDAAG = new Date().toISOString().slice(0, 10);

const als = (sleutel: string, rol: string, aanbiederId: string | null = null) => ({
  id: ids[sleutel]!,
  naam: sleutel,
  email: `${sleutel}@t.example`,
  rol: rol as never,
  aanbiederId,
});
const regisseur = () => als("regisseur", "TRAJECTREGISSEUR");
const consulent = () => als("consulent", "WMO_CONSULENT");
const centrum = () => als("centrum", "CENTRUM");
const mwA = () => als("mwA", "AANBIEDER_MEDEWERKER", ids.a!);
const mwB = () => als("mwB", "AANBIEDER_MEDEWERKER", ids.b!);

function inwonerFormulier(over: Partial<InwonerFormulier> = {}): InwonerFormulier {
  return {
    bsn: BSN,
    voornamen: "Sanne",
    tussenvoegsel: "de",
    achternaam: "Vries",
    geboortedatum: "1990-03-15",
    straat: "Hoofdstraat",
    huisnummer: "1",
    postcode: "7311 AB",
    plaats: "Apeldoorn",
    email: "",
    telefoon: "06 12345678",
    uitkering: "PARTICIPATIEWET",
    contactpersoonId: "",
    trede: "2",
    perspectiefTrede: "4",
    ...over,
  };
}
const afgifte = (over: Partial<AfgifteFormulier>): AfgifteFormulier => ({
  inwonerId: ids.inwoner!,
  productCode: "ONTW_4",
  aanbiederId: ids.a!,
  werkplekId: "",
  startdatum: "2026-12-01",
  einddatum: "",
  urenPerWeek: "",
  verlengingVanId: "",
  ...over,
});

async function auditRegels(activiteit: string) {
  return omgeving.db.auditRegel.findMany({ where: { activiteit }, orderBy: { tijdstip: "asc" } });
}

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = `var/test/outbox-inwoners-${Date.now()}`;
  omgeving = await frisseDatabase();
  inwoners = await import("@/server/inwoners/inwoners");
  toew = await import("@/server/toewijzingen/toewijzingen");
  dash = await import("@/server/toewijzingen/dashboard");
  interesse = await import("@/server/interesse/wachtrij");
  const { db } = omgeving;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  ids.b = (await maakAanbieder(db, "Aanbieder B")).id;
  for (const [sleutel, rol, org] of [
    ["regisseur", "TRAJECTREGISSEUR", null],
    ["consulent", "WMO_CONSULENT", null],
    ["centrum", "CENTRUM", null],
    ["mwA", "AANBIEDER_MEDEWERKER", ids.a],
    ["mwB", "AANBIEDER_MEDEWERKER", ids.b],
  ] as const) {
    ids[sleutel] = (
      await db.gebruiker.create({ data: { email: `${sleutel}@t.example`, naam: `Naam ${sleutel}`, rol, aanbiederId: org } })
    ).id;
  }
  // Tariffs for 2026 are beheer's job (only 2024 is in the policy); the tests enter them like beheer would.
  for (const [productCode, bedragCent] of [
    ["ONTW_4", 250000],
    ["OP_TREDE_3", 1063],
  ] as const) {
    await db.tarief.create({ data: { productCode, jaar: 2026, bedragCent } });
  }
});
afterAll(async () => omgeving.opruimen());

describe("inwoners", () => {
  it("registers an inwoner with the contact person R-TOE-2 proposes, and refuses a second with the same BSN", async () => {
    const r = await inwoners.registreerInwoner(consulent(), inwonerFormulier(), "test");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    ids.inwoner = r.id;
    const i = await omgeving.db.inwoner.findUniqueOrThrow({ where: { id: r.id }, include: { ladder: true } });
    // Participatiewet: the trajectregisseur, even though a Wmo-consulent registered her.
    expect(i.contactpersoonId).toBe(ids.regisseur);
    expect(i.ladder.map((l) => [l.trede, l.perspectiefTrede, l.vastgelegdDoorId])).toEqual([[2, 4, ids.consulent]]);
    const dubbel = await inwoners.registreerInwoner(consulent(), inwonerFormulier({ voornamen: "Iemand" }), "test");
    expect(dubbel).toMatchObject({ ok: false, fouten: { bsn: expect.stringMatching(/al een inwoner met dit BSN/) } });
    const fout = await inwoners.registreerInwoner(consulent(), inwonerFormulier({ bsn: "123456789", geboortedatum: "1990-02-30" }), "test");
    expect(fout).toMatchObject({
      ok: false,
      fouten: { bsn: expect.stringMatching(/klopt niet/), geboortedatum: expect.stringMatching(/bestaande datum/) },
    });
  });

  it("finds by name, birth date and BSN, always masked; only the logged 'toon BSN' gives the number", async () => {
    for (const q of ["sanne vries", "VRIES", "15-03-1990", "111 222 333"]) {
      const r = await inwoners.zoekInwoners(centrum(), q, "test");
      expect(
        r.regels.map((x) => [x.naam, x.bsn]),
        q,
      ).toEqual([["Sanne de Vries", "*****2333"]]);
    }
    expect((await inwoners.zoekInwoners(centrum(), "jansen", "test")).regels).toEqual([]);
    const dossier = await inwoners.inwonerDossier(centrum(), ids.inwoner!, "test");
    expect(JSON.stringify(dossier)).not.toContain(BSN);
    expect(dossier?.bsnGemaskeerd).toBe("*****2333");
    expect(await inwoners.toonBsn(centrum(), ids.inwoner!, "test")).toBe(BSN);
    expect(await inwoners.toonBsn(mwA(), ids.inwoner!, "test")).toBeNull();
    expect(await inwoners.inwonerDossier(mwA(), ids.inwoner!, "test")).toBeNull();
    expect(await inwoners.inwonerDossier(null, ids.inwoner!, "test")).toBeNull();
  });

  it("keeps the ladder history (R-LAD-3) and refuses a perspectief below the trede", async () => {
    expect(
      await inwoners.legTredeVast(
        regisseur(),
        ids.inwoner!,
        { datum: VANDAAG, trede: "3", perspectiefTrede: "2", toelichting: "" },
        "test",
      ),
    ).toMatchObject({ ok: false, fouten: { perspectiefTrede: expect.any(String) } });
    expect(
      (await inwoners.legTredeVast(centrum(), ids.inwoner!, { datum: VANDAAG, trede: "3", perspectiefTrede: "", toelichting: "" }, "test"))
        .ok,
    ).toBe(false);
    expect(
      (
        await inwoners.legTredeVast(
          regisseur(),
          ids.inwoner!,
          { datum: VANDAAG, trede: "3", perspectiefTrede: "4", toelichting: "Werkt zelfstandig" },
          "test",
        )
      ).ok,
    ).toBe(true);
    const d = await inwoners.inwonerDossier(regisseur(), ids.inwoner!, "test");
    expect(d?.ladder.map((l) => [l.trede, l.perspectiefTrede, l.toelichting])).toEqual([
      [3, 4, "Werkt zelfstandig"],
      [2, 4, null],
    ]);
    // Trede 3 for the toewijzing tests below: ontwikkeling naar 4 starts on 2 or 3, op trede 3 on 3 (R-PRD-2).
    await inwoners.legTredeVast(regisseur(), ids.inwoner!, { datum: VANDAAG, trede: "3", perspectiefTrede: "4", toelichting: "" }, "test");
  });
});

describe("toewijzingen", () => {
  it("issues ontwikkeling naar 4 with A and op trede 3 with B at once (R-PRD-3), with number, end date, tariff and iWmo", async () => {
    const ontw = await toew.geefToewijzingAf(regisseur(), afgifte({}), "test");
    expect(ontw.ok ? [] : [ontw.fouten, ontw.regelFouten]).toEqual([]);
    const op = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({ productCode: "OP_TREDE_3", aanbiederId: ids.b!, einddatum: "2027-11-30", urenPerWeek: "12" }),
      "test",
    );
    expect(op.ok ? [] : [op.fouten, op.regelFouten]).toEqual([]);
    if (!ontw.ok || !op.ok) return;
    ids.ontw = ontw.id;
    ids.op = op.id;
    expect(ontw.nummer).toBe("TW-2026-000001");
    expect(op.nummer).toBe("TW-2026-000002");
    const t = await omgeving.db.toewijzing.findUniqueOrThrow({ where: { id: ontw.id } });
    expect([t.einddatum.toISOString().slice(0, 10), t.tariefJaar, t.tariefCent, t.contactpersoonId, t.status]).toEqual([
      "2027-05-31",
      2026,
      250000,
      ids.regisseur,
      "TOEGEWEZEN",
    ]);
    const o = await omgeving.db.toewijzing.findUniqueOrThrow({ where: { id: op.id } });
    expect([o.urenPerWeek, o.iwmoVolume, o.tariefCent]).toEqual([12, 12, 1063]);
  });

  it("shows each violated rule with its id: mandate, start trede, missing tariff year, unknown werkplek", async () => {
    const geenMandaat = await toew.geefToewijzingAf(
      consulent(),
      afgifte({ productCode: "OP_TREDE_4", startdatum: "2026-12-15", einddatum: "2027-06-01", urenPerWeek: "8" }),
      "test",
    );
    expect(geenMandaat.ok ? [] : geenMandaat.regelFouten.map((f) => f.regel)).toContain("R-TOE-1");
    const centrumMag = await toew.geefToewijzingAf(centrum(), afgifte({}), "test");
    expect(centrumMag.ok ? [] : centrumMag.regelFouten.map((f) => f.regel)).toEqual(["R-TOE-1"]);
    const geenTarief = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({ productCode: "OP_TREDE_4", startdatum: "2027-01-04", einddatum: "2027-06-01", urenPerWeek: "8" }),
      "test",
    );
    expect(geenTarief.ok ? [] : geenTarief.regelFouten.map((f) => f.melding)).toContainEqual(
      expect.stringMatching(/Voor 2027 is nog geen tarief vastgesteld/),
    );
    await inwoners.legTredeVast(regisseur(), ids.inwoner!, { datum: VANDAAG, trede: "4", perspectiefTrede: "", toelichting: "" }, "test");
    const trede = await toew.geefToewijzingAf(regisseur(), afgifte({ productCode: "ONTW_4", startdatum: "2026-12-20" }), "test");
    expect(trede.ok ? [] : trede.regelFouten.filter((f) => f.regel === "R-PRD-2").map((f) => f.melding)).toHaveLength(1);
    await inwoners.legTredeVast(regisseur(), ids.inwoner!, { datum: VANDAAG, trede: "3", perspectiefTrede: "", toelichting: "" }, "test");
    const wpB = await maakWerkplek(omgeving.db, { aanbiederId: ids.b!, titel: "Van B" });
    const verkeerdeWerkplek = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({ productCode: "ORIENTATIE", werkplekId: wpB.id, einddatum: "2027-01-31" }),
      "test",
    );
    expect(verkeerdeWerkplek.ok ? {} : verkeerdeWerkplek.fouten).toMatchObject({ werkplekId: expect.any(String) });
    expect(await omgeving.db.toewijzing.count()).toBe(2);
  });

  it("refuses an inwoner under 18 on the start date", async () => {
    const jong = await inwoners.registreerInwoner(
      regisseur(),
      inwonerFormulier({ bsn: "123456782", voornamen: "Jong", geboortedatum: "2008-12-02", trede: "2" }),
      "test",
    );
    if (!jong.ok) throw new Error(JSON.stringify(jong.fouten));
    const r = await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: jong.id, startdatum: "2026-12-01" }), "test");
    expect(r.ok ? [] : r.regelFouten.map((f) => f.regel)).toContain("R-PRD-1");
    expect((await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: jong.id, startdatum: "2026-12-02" }), "test")).ok).toBe(true);
  });

  it("shows the aanbieder only its own toewijzingen, without BSN; B cannot start or stop A's", async () => {
    const a = await toew.toewijzingenVanAanbieder(mwA(), "test");
    const b = await toew.toewijzingenVanAanbieder(mwB(), "test");
    expect(a.map((t) => [t.product, t.inwonerNaam, t.geboortejaar, t.contactpersoon])).toEqual([
      ["Ontwikkeling naar trede 4", "Sanne de Vries", 1990, "Naam regisseur"],
      ["Ontwikkeling naar trede 4", "Jong de Vries", 2008, "Naam regisseur"],
    ]);
    expect(b.map((t) => t.product)).toEqual(["Werkplek op trede 3"]);
    expect(JSON.stringify([a, b])).not.toMatch(/111222333|2333/);
    expect(await toew.meldStart(mwB(), ids.ontw!, "2026-11-20", "test")).toMatchObject({
      ok: false,
      melding: expect.stringMatching(/hoort niet bij jouw organisatie/),
    });
    expect(await toew.meldStop(mwB(), ids.ontw!, "2026-11-20", "VOLGENS_PLAN", "test")).toMatchObject({ ok: false });
    expect(await toew.toewijzingVoorGemeente(mwA(), ids.ontw!, "test")).toBeNull();
    expect((await omgeving.db.toewijzing.findUniqueOrThrow({ where: { id: ids.ontw! } })).status).toBe("TOEGEWEZEN");
  });

  it("lets A report start and stop with an iWmo reason; the gemeente sees it at once", async () => {
    await omgeving.db.toewijzing.update({
      where: { id: ids.ontw! },
      data: { startdatum: new Date("2026-11-02T00:00:00Z"), einddatum: new Date("2027-05-01T00:00:00Z") },
    });
    expect(await toew.meldStart(mwA(), ids.ontw!, "2026-10-01", "test")).toMatchObject({
      ok: false,
      fouten: { [`start-${ids.ontw}`]: expect.stringMatching(/binnen de periode/) },
    });
    expect((await toew.meldStart(mwA(), ids.ontw!, "2026-11-16", "test")).ok).toBe(true);
    expect((await toew.meldStart(mwA(), ids.ontw!, "2026-11-16", "test")).ok).toBe(false);
    const gemeente = await toew.toewijzingVoorGemeente(regisseur(), ids.ontw!, "test");
    expect([gemeente?.status, gemeente?.gestartOp?.toISOString().slice(0, 10)]).toEqual(["GESTART", "2026-11-16"]);
    expect(await toew.meldStop(mwA(), ids.ontw!, "2026-11-20", "DOOR_GEMEENTE", "test")).toMatchObject({
      ok: false,
      fouten: { [`reden-${ids.ontw}`]: expect.any(String) },
    });
    expect((await toew.meldStop(mwA(), ids.ontw!, "2026-11-20", "VOORTIJDIG_IN_OVERLEG", "test")).ok).toBe(true);
    const na = await omgeving.db.toewijzing.findUniqueOrThrow({ where: { id: ids.ontw! } });
    expect([na.status, na.redenBeeindiging]).toEqual(["BEEINDIGD", "VOORTIJDIG_IN_OVERLEG"]);
  });

  it("puts due dates on the dashboard: 6 weeks before the end, overdue and never-started flagged", async () => {
    const vandaag = new Date("2026-12-20T00:00:00Z");
    const mijn = await dash.dashboard(regisseur(), "mijn", "test", vandaag);
    const op = mijn?.find((r) => r.id === ids.op);
    expect(op?.termijn.toISOString().slice(0, 10)).toBe("2027-10-19");
    expect([op?.termijnStatus, op?.signaal]).toEqual(["later", "nooit-gestart"]);
    expect(await dash.dashboard(mwA(), "team", "test")).toBeNull();
    expect((await dash.dashboard(consulent(), "mijn", "test", vandaag))?.length).toBe(0);
    expect((await dash.dashboard(consulent(), "team", "test", vandaag))?.length).toBeGreaterThan(0);
  });
});

describe("audit log", () => {
  it("every function that reads or changes inwoner data writes a record with the pseudonym, never the BSN", async () => {
    const { db } = omgeving;
    const interesseRij = await db.interesse.create({
      data: {
        referentie: "AWM-TEST0001",
        werkplekId: (await maakWerkplek(db, { aanbiederId: ids.a! })).id,
        naam: "Sanne",
        telefoon: "0612345678",
        postcode: "7311",
        bericht: "",
        toestemmingOp: new Date(),
      },
    });
    const voor = await db.auditRegel.count();
    // Each call: [activity it must log, call]. The list covers every export of the three modules that touches inwoner data.
    const stappen: [string, () => Promise<unknown>][] = [
      [
        "inwoner-registreren",
        () => inwoners.registreerInwoner(regisseur(), inwonerFormulier({ bsn: "100000009", voornamen: "Audit" }), "test"),
      ],
      ["inwoner-zoeken", () => inwoners.zoekInwoners(regisseur(), "Sanne", "test")],
      ["inwoner-bekijken", () => inwoners.inwonerDossier(regisseur(), ids.inwoner!, "test")],
      ["bsn-tonen", () => inwoners.toonBsn(regisseur(), ids.inwoner!, "test")],
      [
        "ladder-vastleggen",
        () =>
          inwoners.legTredeVast(regisseur(), ids.inwoner!, { datum: VANDAAG, trede: "2", perspectiefTrede: "", toelichting: "" }, "test"),
      ],
      ["contactpersoon-wijzigen", () => inwoners.wijzigContactpersoon(regisseur(), ids.inwoner!, ids.consulent!, "test")],
      [
        "toewijzing-afgeven",
        () => toew.geefToewijzingAf(regisseur(), afgifte({ productCode: "ORIENTATIE", einddatum: "2027-01-31" }), "test"),
      ],
      ["toewijzing-bekijken", () => toew.toewijzingVoorGemeente(regisseur(), ids.op!, "test")],
      ["toewijzing-bekijken-aanbieder", () => toew.toewijzingenVanAanbieder(mwB(), "test")],
      ["toewijzing-start-melden", () => toew.meldStart(mwB(), ids.op!, "2026-12-01", "test")],
      ["toewijzing-stop-melden", () => toew.meldStop(mwB(), ids.op!, "2026-12-01", "VOLGENS_PLAN", "test")],
      ["termijnen-bekijken", () => dash.dashboard(regisseur(), "team", "test")],
      ["interesse-bekijken", () => interesse.interesseWachtrij(centrum(), "open", "test")],
      [
        "interesse-koppelen",
        () => interesse.behandelInteresse(centrum(), interesseRij.id, { soort: "koppelen", inwonerId: ids.inwoner! }, "test"),
      ],
    ];
    for (const [activiteit, stap] of stappen) {
      const aantal = (await auditRegels(activiteit)).length;
      await stap();
      const regels = await auditRegels(activiteit);
      expect(regels.length, activiteit).toBeGreaterThan(aantal);
      const laatste = regels.at(-1)!;
      expect(laatste.betrokkene, activiteit).toMatch(/^[a-z0-9]{20,40}$|^interesse:/);
      expect(laatste.bron, activiteit).toBe("test");
    }
    const intrekken = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({ productCode: "OP_TREDE_4", aanbiederId: ids.b!, startdatum: "2026-12-28", einddatum: "2027-03-01", urenPerWeek: "4" }),
      "test",
    );
    if (intrekken.ok) {
      await toew.trekIn(regisseur(), intrekken.id, "Verkeerde aanbieder gekozen", "test");
      expect((await auditRegels("toewijzing-intrekken")).length).toBe(1);
    }
    // Refused attempts are logged too, with their outcome.
    await inwoners.inwonerDossier(mwA(), ids.inwoner!, "test");
    expect((await auditRegels("inwoner-bekijken")).at(-1)).toMatchObject({
      uitkomst: "geweigerd",
      gebruikerId: ids.mwA,
      betrokkene: ids.inwoner,
    });
    // No audit record anywhere holds a BSN.
    const alles = await db.auditRegel.findMany();
    expect(alles.length).toBeGreaterThan(voor);
    expect(JSON.stringify(alles)).not.toMatch(/111222333|123456782|100000009/);
  });
});
