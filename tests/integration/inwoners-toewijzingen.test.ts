import { beforeAll, describe, expect, it } from "vitest";
import { addDays, toIsoDate, vandaagInNederland } from "@/domain/kalender";
import type { InwonerFormulier } from "@/domain/inwoner/invoer";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { data, reden } from "../support/gelezen";
import { testDb } from "../support/database";
import * as inwoners from "@/server/inwoners/inwoners";
import * as toewijzingen from "@/server/toewijzingen/toewijzingen";
import * as toewijzingLezen from "@/server/toewijzingen/toewijzing-lezen";
import * as startStop from "@/server/toewijzingen/start-stop";
import * as dashboard from "@/server/toewijzingen/dashboard";
import * as werkvoorraad from "@/server/toewijzingen/werkvoorraad";
import * as teDoen from "@/server/toewijzingen/te-doen";
import * as interesse from "@/server/interesse/wachtrij";
import { leesData, leesLijst } from "../support/gelezen";

// Issue 4 on a real SQLite file: registering, the rules as the server applies them, the
// aanbieder's view, and the audit log of every function that touches inwoner data.

const toew = { ...toewijzingen, ...toewijzingLezen, ...startStop };
const dash = { ...dashboard, ...werkvoorraad, ...teDoen };
const ids: Record<string, string> = {};
const BSN = "111222333";
// Ladder entries may not lie in the future; today in the Netherlands is the latest allowed date.
const VANDAAG = toIsoDate(vandaagInNederland());
const MORGEN = toIsoDate(addDays(vandaagInNederland(), 1));
type AfgifteFormulier = Record<
  "inwonerId" | "productCode" | "aanbiederId" | "werkplekId" | "startdatum" | "einddatum" | "urenPerWeek" | "verlengingVanId",
  string
>;

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
  return testDb.auditRegel.findMany({ where: { activiteit }, orderBy: { tijdstip: "asc" } });
}

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = `var/test/outbox-inwoners-${Date.now()}`;
  const db = testDb;
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

const ladder = (over: Partial<Record<"datum" | "trede" | "perspectiefTrede" | "toelichting", string>>) => ({
  id: ids.inwoner!,
  datum: VANDAAG,
  trede: "3",
  perspectiefTrede: "",
  toelichting: "",
  ...over,
});
const regelIds = (r: { ok: boolean; regelFouten?: { regel: string }[] }) => (r.ok ? [] : (r.regelFouten ?? []).map((f) => f.regel));

describe("inwoners", () => {
  it("registers an inwoner with the contact person R-TOE-2 proposes, and refuses a second with the same BSN", async () => {
    const r = await inwoners.registreerInwoner(consulent(), inwonerFormulier());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    ids.inwoner = r.id;
    const i = await testDb.inwoner.findUniqueOrThrow({ where: { id: r.id }, include: { ladder: true } });
    // Participatiewet: the trajectregisseur, even though a Wmo-consulent registered her.
    expect(i.contactpersoonId).toBe(ids.regisseur);
    expect(i.ladder.map((l) => [l.trede, l.perspectiefTrede, l.vastgelegdDoorId])).toEqual([[2, 4, ids.consulent]]);
    // The registration day is today in the Netherlands.
    expect(i.ladder[0]!.datum.toISOString().slice(0, 10)).toBe(VANDAAG);
    const dubbel = await inwoners.registreerInwoner(consulent(), inwonerFormulier({ voornamen: "Iemand" }));
    expect(dubbel).toMatchObject({ ok: false, fieldErrors: { bsn: expect.stringMatching(/al een inwoner met dit BSN/) } });
    const fout = await inwoners.registreerInwoner(consulent(), inwonerFormulier({ bsn: "123456789", geboortedatum: "1990-02-30" }));
    expect(fout).toMatchObject({
      ok: false,
      fieldErrors: { bsn: expect.stringMatching(/klopt niet/), geboortedatum: expect.stringMatching(/bestaande datum/) },
    });
    expect(JSON.stringify([dubbel, fout])).not.toContain(BSN);
  });

  it.each(["01-01-2999", "0000-01-01", "2099-06-01", MORGEN])(
    "refuses the birth date %s (defect 7) and stores nothing",
    async (geboortedatum) => {
      const voor = await testDb.inwoner.count();
      const r = await inwoners.registreerInwoner(consulent(), inwonerFormulier({ bsn: "100000010", geboortedatum }));
      expect(r).toMatchObject({
        ok: false,
        fieldErrors: { geboortedatum: expect.stringMatching(/bestaande datum|tussen 1900 en vandaag/) },
      });
      expect(await testDb.inwoner.count()).toBe(voor);
    },
  );

  it("refuses crafted input with Dutch field messages, never an exception", async () => {
    for (const invoer of [
      null,
      "bsn=1",
      ["a"],
      123,
      { ...inwonerFormulier({ bsn: "100000010" }), achternaam: { contains: "" }, trede: 9 },
    ]) {
      const r = await inwoners.registreerInwoner(consulent(), invoer);
      expect(r.ok).toBe(false);
    }
    expect(await testDb.inwoner.count({ where: { bsn: "100000010" } })).toBe(0);
  });

  it("finds by name, birth date and BSN, always masked; only the logged 'toon BSN' gives the number", async () => {
    for (const q of ["sanne vries", "VRIES", "15-03-1990", "111 222 333"]) {
      const r = await inwoners.zoekInwoners(centrum(), { q });
      expect(r.ok ? r.regels.map((x) => [x.naam, x.bsn]) : r, q).toEqual([["Sanne de Vries", "*****2333"]]);
    }
    // A search by BSN never sends the BSN back; a name does come back for the search box.
    expect(JSON.stringify(await inwoners.zoekInwoners(centrum(), { q: "111222333" }))).not.toContain(BSN);
    expect(await inwoners.zoekInwoners(centrum(), { q: "Vries" })).toMatchObject({ ok: true, q: "Vries" });
    expect(await inwoners.zoekInwoners(centrum(), { q: "jansen" })).toMatchObject({ ok: true, regels: [] });
    expect(await inwoners.zoekInwoners(centrum(), { q: " " })).toMatchObject({
      ok: false,
      fieldErrors: { q: expect.stringMatching(/Vul een naam/) },
    });
    expect(await inwoners.zoekInwoners(mwA(), { q: "Vries" })).toMatchObject({ ok: false });
    const dossier = await data(inwoners.inwonerDossier(centrum(), { id: ids.inwoner! }, { bron: "test" }));
    expect(JSON.stringify(dossier)).not.toContain(BSN);
    expect(dossier.bsnGemaskeerd).toBe("*****2333");
    expect(await inwoners.toonBsn(centrum(), { id: ids.inwoner! })).toMatchObject({ ok: true, bsn: BSN });
    const geweigerd = await inwoners.toonBsn(mwA(), { id: ids.inwoner! });
    expect(geweigerd.ok).toBe(false);
    expect(JSON.stringify(geweigerd)).not.toContain(BSN);
    expect(await reden(inwoners.inwonerDossier(mwA(), { id: ids.inwoner! }))).toBe("geen-toegang");
    expect(await reden(inwoners.inwonerDossier(null, { id: ids.inwoner! }))).toBe("niet-ingelogd");
    expect(await reden(inwoners.inwonerDossier(centrum(), { id: "bestaat-niet" }))).toBe("niet-gevonden");
  });

  it("keeps the ladder history (R-LAD-3) and refuses a perspectief below the trede", async () => {
    expect(await inwoners.legTredeVast(regisseur(), ladder({ perspectiefTrede: "2" }))).toMatchObject({
      ok: false,
      fieldErrors: { perspectiefTrede: expect.any(String) },
    });
    expect((await inwoners.legTredeVast(centrum(), ladder({}))).ok).toBe(false);
    expect((await inwoners.legTredeVast(regisseur(), ladder({ perspectiefTrede: "4", toelichting: "Werkt zelfstandig" }))).ok).toBe(true);
    const d = await data(inwoners.inwonerDossier(regisseur(), { id: ids.inwoner! }));
    expect(d.ladder.map((l) => [l.trede, l.perspectiefTrede, l.toelichting])).toEqual([
      [3, 4, "Werkt zelfstandig"],
      [2, 4, null],
    ]);
    // Trede 3 for the toewijzing tests below: ontwikkeling naar 4 starts on 2 or 3, op trede 3 on 3 (R-PRD-2).
    await inwoners.legTredeVast(regisseur(), ladder({ perspectiefTrede: "4" }));
  });

  it.each([MORGEN, "31-02-2026", "1999-12-31", "2999-01-01"])("refuses the ladder date %s (defect 7)", async (datum) => {
    const voor = await testDb.ladderRegel.count();
    expect(await inwoners.legTredeVast(regisseur(), ladder({ datum }))).toMatchObject({
      ok: false,
      fieldErrors: { datum: expect.any(String) },
    });
    expect(await testDb.ladderRegel.count()).toBe(voor);
  });

  it("changes the contact person only to active staff with the right role", async () => {
    expect(await inwoners.wijzigContactpersoon(regisseur(), { id: ids.inwoner!, contactpersoonId: ids.mwA! })).toMatchObject({
      ok: false,
      fieldErrors: { contactpersoonId: expect.stringMatching(/^Bij deze uitkering is de contactpersoon een trajectregisseur/) },
    });
    // Issue 11 defect 3: a Participatiewet uitkering asks for a trajectregisseur, not a Wmo-consulent.
    expect(await inwoners.wijzigContactpersoon(regisseur(), { id: ids.inwoner!, contactpersoonId: ids.consulent! })).toMatchObject({
      ok: false,
      fieldErrors: { contactpersoonId: expect.stringMatching(/Naam consulent is dat niet\. Kies een trajectregisseur\.$/) },
    });
    expect(await inwoners.wijzigContactpersoon(centrum(), { id: ids.inwoner!, contactpersoonId: ids.consulent! })).toMatchObject({
      ok: false,
    });
    expect(await inwoners.wijzigContactpersoon(regisseur(), { id: ids.inwoner!, contactpersoonId: ids.regisseur! })).toMatchObject({
      ok: true,
      melding: "Naam regisseur is nu de contactpersoon.",
    });
  });
});

describe("toewijzingen", () => {
  it("offers the form's lists only to staff who may issue", async () => {
    expect(await toew.afgifteKeuzes(centrum())).toMatchObject({ ok: false, reden: "geen-toegang" });
    expect(await toew.afgifteKeuzes(mwA())).toMatchObject({ ok: false, reden: "geen-toegang" });
    expect(await toew.afgifteKeuzes(null)).toMatchObject({ ok: false, reden: "niet-ingelogd" });
    expect((await leesData(toew.afgifteKeuzes(regisseur())))?.aanbieders.map((a) => a.id)).toEqual(expect.arrayContaining([ids.a, ids.b]));
  });

  it("issues ontwikkeling naar 4 with A and op trede 3 with B at once (R-PRD-3), with number, end date, tariff and iWmo", async () => {
    const ontw = await toew.geefToewijzingAf(regisseur(), afgifte({}));
    expect(ontw.ok ? [] : [ontw.fieldErrors, ontw.formError, ontw.regelFouten]).toEqual([]);
    const op = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({ productCode: "OP_TREDE_3", aanbiederId: ids.b!, einddatum: "2027-11-30", urenPerWeek: "12" }),
    );
    expect(op.ok ? [] : [op.fieldErrors, op.formError, op.regelFouten]).toEqual([]);
    if (!ontw.ok || !op.ok) return;
    ids.ontw = ontw.id;
    ids.op = op.id;
    expect(ontw.nummer).toBe("TW-2026-000001");
    expect(op.nummer).toBe("TW-2026-000002");
    const t = await testDb.toewijzing.findUniqueOrThrow({ where: { id: ontw.id } });
    expect([t.einddatum.toISOString().slice(0, 10), t.tariefJaar, t.tariefCent, t.contactpersoonId, t.status]).toEqual([
      "2027-05-31",
      2026,
      250000,
      ids.regisseur,
      "TOEGEWEZEN",
    ]);
    const o = await testDb.toewijzing.findUniqueOrThrow({ where: { id: op.id } });
    expect([o.urenPerWeek, o.iwmoVolume, o.tariefCent]).toEqual([12, 12, 1063]);
  });

  it("reports each violated rule (id for the code, plain Dutch for people): mandate, start trede, missing tariff year, unknown werkplek", async () => {
    const geenMandaat = await toew.geefToewijzingAf(
      consulent(),
      afgifte({ productCode: "OP_TREDE_4", startdatum: "2026-12-15", einddatum: "2027-06-01", urenPerWeek: "8" }),
    );
    expect(regelIds(geenMandaat)).toContain("R-TOE-1");
    // R-TOE-1: the Centrum has no mandate at all; the pipeline refuses before any rule is looked at.
    const centrumMag = await toew.geefToewijzingAf(centrum(), afgifte({}));
    expect(centrumMag).toMatchObject({ ok: false, formError: "Je hebt geen mandaat om toewijzingen af te geven." });
    const geenTarief = await toew.geefToewijzingAf(
      regisseur(),
      // After the running werkplek op trede 3 (R-PRD-3), in a year without a tariff.
      afgifte({ productCode: "OP_TREDE_4", startdatum: "2028-01-03", einddatum: "2028-06-01", urenPerWeek: "8" }),
    );
    // Issue 21 item 20: a year without a tariff blocks declaring (R-TAR-2), not issuing: issued with the warning.
    expect(geenTarief).toMatchObject({
      ok: true,
      waarschuwingen: [
        {
          melding:
            "Voor 2028 is nog geen tarief vastgesteld voor Werkplek op trede 4. Uren die in 2028 gewerkt worden, kunnen pas gedeclareerd worden als dat tarief er is.",
        },
      ],
    });
    const zonderTarief = await testDb.toewijzing.findUniqueOrThrow({ where: { id: (geenTarief as { id: string }).id } });
    expect([zonderTarief.tariefCent, zonderTarief.tariefJaar]).toEqual([null, null]);
    await testDb.toewijzing.delete({ where: { id: zonderTarief.id } });
    await inwoners.legTredeVast(regisseur(), ladder({ trede: "4" }));
    const trede = await toew.geefToewijzingAf(regisseur(), afgifte({ productCode: "ONTW_4", startdatum: "2026-12-20" }));
    expect(trede.ok ? [] : (trede.regelFouten ?? []).filter((f) => f.regel === "R-PRD-2").map((f) => f.melding)).toHaveLength(1);
    await inwoners.legTredeVast(regisseur(), ladder({ trede: "3" }));
    const wpB = await maakWerkplek(testDb, { aanbiederId: ids.b!, titel: "Van B" });
    const verkeerdeWerkplek = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({ productCode: "ORIENTATIE", werkplekId: wpB.id, einddatum: "2027-01-31" }),
    );
    expect(verkeerdeWerkplek.ok ? {} : verkeerdeWerkplek.fieldErrors).toMatchObject({ werkplekId: expect.any(String) });
    // Defect 11: the messages people read carry no rule ids.
    for (const r of [geenMandaat, trede]) {
      expect(r.ok ? [] : (r.regelFouten ?? []).map((f) => f.melding).join(" ")).not.toMatch(/R-[A-Z]+/);
    }
    expect(await testDb.toewijzing.count()).toBe(2);
  });

  it.each([
    [{ startdatum: "1950-01-01" }, "startdatum"],
    [{ startdatum: "0000-01-01" }, "startdatum"],
    [{ startdatum: "2026-02-30" }, "startdatum"],
    [{ einddatum: "2999-01-01" }, "einddatum"],
    [{ einddatum: "31-04-2027" }, "einddatum"],
  ])("refuses the dates %o at their field (defect 7)", async (datums, veld) => {
    const r = await toew.geefToewijzingAf(regisseur(), afgifte({ productCode: "ORIENTATIE", ...datums }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { [veld]: expect.any(String) } });
    expect(await testDb.toewijzing.count()).toBe(2);
  });

  it("refuses crafted ids and input without touching the database", async () => {
    for (const invoer of [
      afgifte({ inwonerId: { contains: "" } as never }),
      afgifte({ aanbiederId: ["a"] as never }),
      afgifte({ werkplekId: 123 as never }),
      null,
      "inwonerId=x",
    ]) {
      expect((await toew.geefToewijzingAf(regisseur(), invoer)).ok).toBe(false);
    }
    expect(await testDb.toewijzing.count()).toBe(2);
  });

  it("refuses an inwoner under 18 on the start date", async () => {
    const jong = await inwoners.registreerInwoner(
      regisseur(),
      inwonerFormulier({ bsn: "123456782", voornamen: "Jong", geboortedatum: "2008-12-02", trede: "2" }),
    );
    if (!jong.ok) throw new Error(JSON.stringify(jong.fieldErrors));
    const r = await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: jong.id, startdatum: "2026-12-01" }));
    expect(regelIds(r)).toContain("R-PRD-1");
    const op18 = await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: jong.id, startdatum: "2026-12-02" }));
    expect(op18.ok).toBe(true);
    if (op18.ok) ids.jong = op18.id;
  });

  it("shows the aanbieder only its own toewijzingen, without BSN; B cannot start or stop A's", async () => {
    const a = await leesLijst(toew.toewijzingenVanAanbieder(mwA(), {}, { bron: "test" }));
    const b = await leesLijst(toew.toewijzingenVanAanbieder(mwB(), {}, { bron: "test" }));
    expect(a.map((t) => [t.product, t.inwonerNaam, t.geboortejaar, t.contactpersoon])).toEqual([
      ["Ontwikkeling naar trede 4", "Sanne de Vries", 1990, "Naam regisseur"],
      ["Ontwikkeling naar trede 4", "Jong de Vries", 2008, "Naam regisseur"],
    ]);
    expect(b.map((t) => t.product)).toEqual(["Werkplek op trede 3"]);
    expect(JSON.stringify([a, b])).not.toMatch(/111222333|2333/);
    expect(await toew.meldStart(mwB(), { id: ids.ontw!, datum: "2026-11-20" })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/hoort niet bij jouw organisatie/),
    });
    expect(await toew.meldStop(mwB(), { id: ids.ontw!, datum: "2026-11-20", reden: "VOLGENS_PLAN" })).toMatchObject({ ok: false });
    expect(await leesData(toew.toewijzingVoorGemeente(mwA(), { id: ids.ontw! }, { bron: "test" }))).toBeNull();
    expect((await testDb.toewijzing.findUniqueOrThrow({ where: { id: ids.ontw! } })).status).toBe("TOEGEWEZEN");
  });

  it("lets A report start and stop with an iWmo reason; the gemeente sees it at once", async () => {
    await testDb.toewijzing.update({
      where: { id: ids.ontw! },
      data: { startdatum: new Date("2026-11-02T00:00:00Z"), einddatum: new Date("2027-05-01T00:00:00Z") },
    });
    expect(await toew.meldStart(mwA(), { id: ids.ontw!, datum: "2026-10-01" })).toMatchObject({
      ok: false,
      fieldErrors: { datum: expect.stringMatching(/binnen de periode/) },
    });
    expect(await toew.meldStart(mwA(), { id: ids.ontw!, datum: "2026-11-31" })).toMatchObject({
      ok: false,
      fieldErrors: { datum: expect.stringMatching(/bestaande startdatum/) },
    });
    expect((await toew.meldStart(mwA(), { id: ids.ontw!, datum: "2026-11-16" })).ok).toBe(true);
    expect((await toew.meldStart(mwA(), { id: ids.ontw!, datum: "2026-11-16" })).ok).toBe(false);
    const gemeente = await leesData(toew.toewijzingVoorGemeente(regisseur(), { id: ids.ontw! }, { bron: "test" }));
    expect([gemeente?.status, gemeente?.gestartOp?.toISOString().slice(0, 10)]).toEqual(["GESTART", "2026-11-16"]);
    expect(await toew.meldStop(mwA(), { id: ids.ontw!, datum: "2026-11-20", reden: "DOOR_GEMEENTE" })).toMatchObject({
      ok: false,
      fieldErrors: { reden: expect.any(String) },
    });
    expect(await toew.meldStop(mwA(), { id: ids.ontw!, datum: "2999-11-20", reden: "VOLGENS_PLAN" })).toMatchObject({
      ok: false,
      fieldErrors: { datum: expect.any(String) },
    });
    expect((await toew.meldStop(mwA(), { id: ids.ontw!, datum: "2026-11-20", reden: "VOORTIJDIG_IN_OVERLEG" })).ok).toBe(true);
    const na = await testDb.toewijzing.findUniqueOrThrow({ where: { id: ids.ontw! } });
    expect([na.status, na.redenBeeindiging]).toEqual(["BEEINDIGD", "VOORTIJDIG_IN_OVERLEG"]);
  });

  it("takes 'today' for a start report from the Dutch calendar, not UTC", async () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in the Netherlands.
    const avond = { nu: new Date("2026-12-01T22:30:00Z") };
    const nacht = { nu: new Date("2026-12-01T23:30:00Z") };
    expect(await toew.meldStart(mwA(), { id: ids.jong!, datum: "2026-12-02" }, avond)).toMatchObject({
      ok: false,
      fieldErrors: { datum: expect.stringMatching(/niet vooraf/) },
    });
    expect((await toew.meldStart(mwA(), { id: ids.jong!, datum: "2026-12-02" }, nacht)).ok).toBe(true);
  });

  it("puts due dates on the dashboard: 6 weeks before the end, overdue and never-started flagged", async () => {
    const vandaag = new Date("2026-12-20T00:00:00Z");
    const mijn = await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: vandaag }));
    const op = mijn?.find((r) => r.id === ids.op);
    expect(op?.termijn.toISOString().slice(0, 10)).toBe("2027-10-19");
    expect([op?.termijnStatus, op?.signaal]).toEqual(["later", "nooit-gestart"]);
    expect(await leesData(dash.dashboard(mwA(), { scope: "team" }, { bron: "test" }))).toBeNull();
    expect((await leesData(dash.dashboard(consulent(), { scope: "mijn" }, { bron: "test", nu: vandaag })))?.length).toBe(0);
    expect((await leesData(dash.dashboard(consulent(), { scope: "team" }, { bron: "test", nu: vandaag })))?.length).toBeGreaterThan(0);
  });
});

describe("audit log", () => {
  it("every function that reads or changes inwoner data writes a record with the pseudonym, never the BSN", async () => {
    const db = testDb;
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
    // Each call: [activity it must log, where it says it came from, call]. The list covers every
    // export of the modules that touches inwoner data; use cases name their own source.
    const stappen: [string, string, () => Promise<unknown>][] = [
      [
        "inwoner-registreren",
        inwoners.registreerInwoner.bron,
        () => inwoners.registreerInwoner(regisseur(), inwonerFormulier({ bsn: "100000009", voornamen: "Audit" })),
      ],
      ["inwoner-zoeken", inwoners.zoekInwoners.bron, () => inwoners.zoekInwoners(regisseur(), { q: "Sanne" })],
      ["inwoner-bekijken", "test", () => inwoners.inwonerDossier(regisseur(), { id: ids.inwoner! }, { bron: "test" })],
      ["bsn-tonen", inwoners.toonBsn.bron, () => inwoners.toonBsn(regisseur(), { id: ids.inwoner! })],
      ["ladder-vastleggen", inwoners.legTredeVast.bron, () => inwoners.legTredeVast(regisseur(), ladder({ trede: "2" }))],
      [
        "contactpersoon-wijzigen",
        inwoners.wijzigContactpersoon.bron,
        () => inwoners.wijzigContactpersoon(regisseur(), { id: ids.inwoner!, contactpersoonId: ids.regisseur! }),
      ],
      [
        "toewijzing-afgeven",
        toew.geefToewijzingAf.bron,
        async () => {
          const n = await inwoners.registreerInwoner(regisseur(), inwonerFormulier({ bsn: "100000034", voornamen: "Afgifte", trede: "3" }));
          return toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: n.ok ? n.id : "", startdatum: "2026-12-28" }));
        },
      ],
      ["toewijzing-bekijken", "test", () => leesData(toew.toewijzingVoorGemeente(regisseur(), { id: ids.op! }, { bron: "test" }))],
      ["toewijzing-bekijken-aanbieder", "test", () => leesLijst(toew.toewijzingenVanAanbieder(mwB(), {}, { bron: "test" }))],
      ["toewijzing-start-melden", toew.meldStart.bron, () => toew.meldStart(mwB(), { id: ids.op!, datum: "2026-12-01" })],
      [
        "toewijzing-stop-melden",
        toew.meldStop.bron,
        () => toew.meldStop(mwB(), { id: ids.op!, datum: "2026-12-01", reden: "VOLGENS_PLAN" }),
      ],
      ["termijnen-bekijken", "test", () => leesData(dash.dashboard(regisseur(), { scope: "team" }, { bron: "test" }))],
      ["interesse-bekijken", "test", () => interesse.interesseWachtrij(centrum(), { filter: "open" }, { bron: "test" })],
      [
        "interesse-toewijzen",
        interesse.wijsInteresseToe.bron,
        () => interesse.wijsInteresseToe(centrum(), { id: interesseRij.id, behandelaarId: ids.centrum! }),
      ],
      [
        "interesse-koppelen",
        interesse.koppelInteresse.bron,
        () =>
          interesse.koppelInteresse(centrum(), {
            id: interesseRij.id,
            inwoner: `https://portaal.example/gemeente/inwoners/${ids.inwoner}`,
          }),
      ],
      ["interesse-afhandelen", interesse.handelInteresseAf.bron, () => interesse.handelInteresseAf(centrum(), { id: interesseRij.id })],
    ];
    for (const [activiteit, bron, stap] of stappen) {
      const aantal = (await auditRegels(activiteit)).length;
      const uitkomst = await stap();
      expect((uitkomst as { ok?: boolean } | null)?.ok, activiteit).not.toBe(false);
      const regels = await auditRegels(activiteit);
      expect(regels.length, activiteit).toBeGreaterThan(aantal);
      const laatste = regels.at(-1)!;
      expect(laatste.betrokkene, activiteit).toMatch(/^[a-z0-9]{20,40}$|^interesse:/);
      expect(laatste.bron, activiteit).toBe(bron);
    }
    // Withdrawing needs a toewijzing that has not started: a fresh inwoner on trede 3 gets one.
    const nieuw = await inwoners.registreerInwoner(regisseur(), inwonerFormulier({ bsn: "100000022", voornamen: "Intrek", trede: "3" }));
    if (!nieuw.ok) throw new Error(JSON.stringify(nieuw.fieldErrors));
    const intrekken = await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: nieuw.id, startdatum: "2026-12-28" }));
    expect(intrekken.ok ? [] : [intrekken.fieldErrors, intrekken.regelFouten]).toEqual([]);
    if (intrekken.ok) {
      expect(await toew.trekIn(regisseur(), { id: intrekken.id, reden: "kort" })).toMatchObject({
        ok: false,
        fieldErrors: { reden: expect.any(String) },
      });
      expect(await toew.trekIn(regisseur(), { id: intrekken.id, reden: "Verkeerde aanbieder gekozen" })).toMatchObject({ ok: true });
      expect((await auditRegels("toewijzing-intrekken")).at(-1)).toMatchObject({ uitkomst: "gelukt", betrokkene: nieuw.id });
      expect(await toew.trekIn(regisseur(), { id: intrekken.id, reden: "Nog een keer" })).toMatchObject({ ok: false });
    }
    // Refused attempts are logged too, with their outcome.
    await inwoners.inwonerDossier(mwA(), { id: ids.inwoner! }, { bron: "test" });
    expect((await auditRegels("inwoner-bekijken")).at(-1)).toMatchObject({
      uitkomst: "geweigerd",
      gebruikerId: ids.mwA,
      betrokkene: ids.inwoner,
    });
    // A refusal by the rules (trede 2 is too low for op trede 4, R-PRD-2) is logged with the pseudonym.
    await toew.geefToewijzingAf(regisseur(), afgifte({ productCode: "OP_TREDE_4", einddatum: "2027-03-01", urenPerWeek: "4" }));
    expect((await auditRegels("toewijzing-afgeven")).at(-1)).toMatchObject({ uitkomst: "geweigerd", betrokkene: ids.inwoner });
    // No audit record anywhere holds a BSN.
    const alles = await db.auditRegel.findMany();
    expect(alles.length).toBeGreaterThan(voor);
    expect(JSON.stringify(alles)).not.toMatch(/111222333|123456782|100000009|100000010|100000022/);
  });
});
