import { beforeAll, describe, expect, it } from "vitest";
import { calendarDate as d } from "@/domain/kalender";
import { PLAN_CONFLICT } from "@/domain/toewijzing/traject-regels";
import { outboxMap } from "@/server/mail/mailer";
import { leesOutbox } from "@/server/mail/outbox";
import * as dashboard from "@/server/toewijzingen/dashboard";
import * as startStop from "@/server/toewijzingen/start-stop";
import * as teDoen from "@/server/toewijzingen/te-doen";
import * as toewijzingLezen from "@/server/toewijzingen/toewijzing-lezen";
import * as toewijzingen from "@/server/toewijzingen/toewijzingen";
import * as trajectGesprek from "@/server/toewijzingen/traject-gesprek";
import * as trajectLezen from "@/server/toewijzingen/traject-lezen";
import * as trajectMelding from "@/server/toewijzingen/traject-melding";
import * as trajectPlan from "@/server/toewijzingen/traject-plan";
import * as werkvoorraad from "@/server/toewijzingen/werkvoorraad";
import * as wijz from "@/server/toewijzingen/wijzigingen";
import { trajectBetrokkenen } from "../fixtures/traject";
import { testDb } from "../support/database";
import { leesData, leesLijst } from "../support/gelezen";

// Issue 11 on a real database: who may see and change the plan, the meldingen and the
// evaluatiegesprek of a toewijzing, the true deadlines on the dashboards, and the audit log of
// every read of these reports.

const traject = { ...trajectLezen, ...trajectPlan, ...trajectMelding, ...trajectGesprek, PLAN_CONFLICT };
const dash = { ...dashboard, ...werkvoorraad, ...teDoen };
const betrokkenen = trajectBetrokkenen({
  regisseur: ["TRAJECTREGISSEUR"],
  collega: ["TRAJECTREGISSEUR"],
  manager: ["TEAMMANAGER"],
  centrum: ["CENTRUM"],
  mwA: ["AANBIEDER_MEDEWERKER", "a"],
  mwB: ["AANBIEDER_MEDEWERKER", "b"],
});
const { ids, als } = betrokkenen;
const BSN = "999990044";
// A fixed "now" in the middle of the toewijzing (1 March 2027 – 31 August 2027), Dutch winter time.
const NU = new Date("2027-03-15T09:00:00Z");
const omgevingNu = { nu: NU };

const regisseur = () => als("regisseur");
const collega = () => als("collega");
const manager = () => als("manager");
const centrum = () => als("centrum");
const mwA = () => als("mwA");
const mwB = () => als("mwB");

const auditRegels = (activiteit: string) => testDb.auditRegel.findMany({ where: { activiteit }, orderBy: { tijdstip: "asc" } });
const mails = async () => (await leesOutbox(outboxMap())).map((m) => `To: ${m.aan}\nSubject: ${m.onderwerp}\n\n${m.tekst}`);

beforeAll(async () => {
  const db = testDb;
  await betrokkenen.maak(db);
  const inwoner = await db.inwoner.create({
    data: {
      bsn: BSN,
      voornamen: "Sanne",
      achternaam: "Traject",
      geboortedatum: d("1990-03-15"),
      straat: "Hoofdstraat",
      huisnummer: "1",
      postcode: "7311AB",
      plaats: "Apeldoorn",
      uitkering: "PARTICIPATIEWET",
      contactpersoonId: ids.regisseur,
      zoeknaam: "sanne traject",
    },
  });
  ids.inwoner = inwoner.id;
  const basis = {
    inwonerId: inwoner.id,
    productCode: "ONTW_3",
    aanbiederId: ids.a!,
    contactpersoonId: ids.regisseur!,
    afgegevenDoorId: ids.regisseur!,
  };
  ids.gestart = (
    await db.toewijzing.create({
      data: {
        ...basis,
        nummer: "TW-2027-000001",
        startdatum: d("2027-03-01"),
        einddatum: d("2027-08-31"),
        status: "GESTART",
        gestartOp: d("2027-03-01"),
      },
    })
  ).id;
  ids.toegewezen = (
    await db.toewijzing.create({
      data: {
        ...basis,
        nummer: "TW-2027-000002",
        productCode: "OP_TREDE_3",
        urenPerWeek: 12,
        startdatum: d("2027-03-01"),
        einddatum: d("2028-02-29"),
      },
    })
  ).id;
});

describe("reading a traject", () => {
  it("the aanbieder reads only its own toewijzing; forged and foreign ids are refused and logged", async () => {
    const eigen = await leesData(traject.trajectVoorAanbieder(mwA(), { id: ids.gestart! }, { bron: "test", nu: d("2027-03-15") }));
    expect(eigen).toMatchObject({ nummer: "TW-2027-000001", inwonerNaam: "Sanne Traject", geboortejaar: 1990 });
    expect(JSON.stringify(eigen)).not.toContain(BSN);
    expect(await leesData(traject.trajectVoorAanbieder(mwB(), { id: ids.gestart! }, { bron: "test" }))).toBeNull();
    expect(await leesData(traject.trajectVoorAanbieder(mwA(), { id: "bestaat-niet" }, { bron: "test" }))).toBeNull();
    expect(await leesData(traject.trajectVoorAanbieder(mwA(), { id: "'; DROP TABLE x; --" }, { bron: "test" }))).toBeNull();
    // Gemeente staff have no aanbieder: the aanbieder's read is not theirs.
    expect(await leesData(traject.trajectVoorAanbieder(regisseur(), { id: ids.gestart! }, { bron: "test" }))).toBeNull();
    const regels = await auditRegels("traject-bekijken-aanbieder");
    expect(regels.filter((r) => r.uitkomst === "gelukt" && r.betrokkene === ids.inwoner && r.gebruikerId === ids.mwA)).toHaveLength(1);
    expect(regels.filter((r) => r.uitkomst === "geweigerd" && r.gebruikerId === ids.mwB)).toHaveLength(1);
  });

  it("gemeente staff who read inwoners see it (logged); only the contact person or opvolgen-alle may decide", async () => {
    expect((await leesData(traject.trajectVoorGemeente(regisseur(), { id: ids.gestart! }, { bron: "test" })))?.magBeslissen).toBe(true);
    expect((await leesData(traject.trajectVoorGemeente(collega(), { id: ids.gestart! }, { bron: "test" })))?.magBeslissen).toBe(false);
    expect((await leesData(traject.trajectVoorGemeente(manager(), { id: ids.gestart! }, { bron: "test" })))?.magBeslissen).toBe(true);
    expect((await leesData(traject.trajectVoorGemeente(centrum(), { id: ids.gestart! }, { bron: "test" })))?.magBeslissen).toBe(false);
    expect(await leesData(traject.trajectVoorGemeente(mwA(), { id: ids.gestart! }, { bron: "test" }))).toBeNull();
    const regels = await auditRegels("traject-bekijken");
    expect(regels.filter((r) => r.betrokkene === ids.inwoner && r.uitkomst === "gelukt")).toHaveLength(4);
  });
});

describe("the reads refuse with a reason (issue 22)", () => {
  it.each([
    ["trajectVoorAanbieder", "aanbieder"],
    ["trajectVoorGemeente", "gemeente"],
  ] as const)("%s: anonymous, the wrong kind of user, another aanbieder's id", async (naam, kant) => {
    const q = traject[naam];
    expect(await q(null, { id: ids.gestart! })).toMatchObject({ ok: false, reden: "niet-ingelogd" });
    expect(await q(kant === "aanbieder" ? regisseur() : mwA(), { id: ids.gestart! })).toMatchObject({ ok: false, reden: "geen-toegang" });
    if (kant === "aanbieder") expect(await q(mwB(), { id: ids.gestart! })).toMatchObject({ ok: false, reden: "niet-gevonden" });
    expect(await q(kant === "aanbieder" ? mwA() : regisseur(), { id: "'; DROP" })).toMatchObject({ ok: false, reden: "ongeldig" });
  });

  it.each([["dashboard"], ["werkvoorraad"], ["teDoenVoorAanbieder"]] as const)("%s: anonymous and the wrong kind of user", async (naam) => {
    const q = dash[naam] as (g: unknown, i?: unknown) => Promise<{ ok: boolean }>;
    const invoer = naam === "dashboard" ? { scope: "team" } : {};
    expect(await q(null, invoer)).toMatchObject({ ok: false, reden: "niet-ingelogd" });
    expect(await q(naam === "teDoenVoorAanbieder" ? regisseur() : mwA(), invoer)).toMatchObject({ ok: false, reden: "geen-toegang" });
  });
});

describe("ondersteuningsplan", () => {
  const plan = (versie: number, doelen: [string, string, string?][], extra: Record<string, string> = {}) => ({
    id: ids.gestart!,
    versie: String(versie),
    aantal: String(doelen.length + 1),
    ...Object.fromEntries(
      doelen.flatMap(([soort, omschrijving, id], n) => [
        [`doel-${n}-soort`, soort],
        [`doel-${n}-omschrijving`, omschrijving],
        [`doel-${n}-id`, id ?? ""],
      ]),
    ),
    ...extra,
  });

  it("the aanbieder sets several goals; another aanbieder cannot, not even with the right version", async () => {
    const r = await traject.slaPlanOp(
      mwA(),
      plan(0, [
        ["KENNIS", "Weet hoe de kassa werkt."],
        ["HOUDING", "Komt op tijd."],
      ]),
    );
    expect(r).toMatchObject({ ok: true, melding: "Het ondersteuningsplan is opgeslagen (2 doelen)." });
    expect(await traject.slaPlanOp(mwB(), plan(1, [["KENNIS", "Overschreven"]]))).toMatchObject({
      ok: false,
      formError: "Deze toewijzing bestaat niet of hoort niet bij jouw organisatie.",
    });
    expect(await traject.slaPlanOp(regisseur(), plan(1, [["KENNIS", "Overschreven"]]))).toMatchObject({ ok: false });
    const doelen = await testDb.planDoel.findMany({ orderBy: { volgorde: "asc" } });
    expect(doelen.map((x) => x.omschrijving)).toEqual(["Weet hoe de kassa werkt.", "Komt op tijd."]);
  });

  it("says per row what is missing", async () => {
    const r = await traject.slaPlanOp(
      mwA(),
      plan(1, [
        ["", "Zonder soort"],
        ["VAARDIGHEDEN", ""],
      ]),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        "doel-0-soort": "Kies bij doel 1 of het om kennis, vaardigheden of houding gaat.",
        "doel-1-omschrijving": 'Beschrijf doel 2, of vink "Verwijderen" aan.',
      },
    });
  });

  it("edits and removes goals in place; a save on an old version is refused (optimistic concurrency)", async () => {
    const [eerste, tweede] = await testDb.planDoel.findMany({ orderBy: { volgorde: "asc" } });
    const r = await traject.slaPlanOp(
      mwA(),
      plan(
        1,
        [
          ["KENNIS", "Weet hoe de kassa en de pin werken.", eerste!.id],
          ["HOUDING", "Komt op tijd.", tweede!.id],
          ["VAARDIGHEDEN", "Helpt klanten."],
        ],
        {
          "doel-1-verwijderen": "ja",
          aantal: "4",
        },
      ),
    );
    expect(r.ok).toBe(true);
    const doelen = await testDb.planDoel.findMany({ orderBy: { volgorde: "asc" } });
    expect(doelen.map((x) => [x.id === eerste!.id, x.omschrijving])).toEqual([
      [true, "Weet hoe de kassa en de pin werken."],
      [false, "Helpt klanten."],
    ]);
    // A colleague's page still shows version 1.
    expect(await traject.slaPlanOp(mwA(), plan(1, [["KENNIS", "Oud"]]))).toMatchObject({ ok: false, formError: traject.PLAN_CONFLICT });
    expect((await testDb.ondersteuningsplan.findFirstOrThrow()).versie).toBe(2);
  });

  it("is read-only once the eindverantwoording is submitted", async () => {
    const ev = await testDb.eindverantwoording.create({ data: { toewijzingId: ids.gestart!, status: "INGEDIEND", ingediendOp: NU } });
    expect(await traject.slaPlanOp(mwA(), plan(2, [["KENNIS", "Later"]]))).toMatchObject({
      ok: false,
      formError: "De eindverantwoording is ingediend; het ondersteuningsplan kan niet meer worden gewijzigd.",
    });
    await testDb.eindverantwoording.delete({ where: { id: ev.id } });
  });

  it("every save is audit-logged with the inwoner's pseudonym", async () => {
    const regels = await auditRegels("ondersteuningsplan-opslaan");
    expect(regels.filter((r) => r.uitkomst === "gelukt").every((r) => r.betrokkene === ids.inwoner)).toBe(true);
    expect(regels.filter((r) => r.uitkomst === "gelukt")).toHaveLength(2);
  });
});

describe("meldingen (R-EV-4)", () => {
  const melding = (id: string) => ({ id, soort: "CALAMITEIT", watGebeurde: "Gevallen van de trap.", aanpak: "Huisarts gebeld." });

  it("only while gestart; the contact person gets an e-mail with their name and no BSN", async () => {
    expect(await traject.meldGebeurtenis(mwA(), melding(ids.toegewezen!), omgevingNu)).toMatchObject({
      ok: false,
      formError: "Een melding kan alleen zolang de toewijzing gestart is, tussen de start en het einde.",
    });
    expect(await traject.meldGebeurtenis(mwB(), melding(ids.gestart!), omgevingNu)).toMatchObject({ ok: false });
    expect(
      await traject.meldGebeurtenis(mwA(), { id: ids.gestart!, soort: "KLACHT", watGebeurde: "", aanpak: "" }, omgevingNu),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        soort: "Kies of het een calamiteit is of dat de resultaten in gevaar zijn.",
        watGebeurde: "Beschrijf wat er is gebeurd.",
        aanpak: "Beschrijf wat jullie eraan doen.",
      },
    });
    const r = await traject.meldGebeurtenis(mwA(), melding(ids.gestart!), omgevingNu);
    expect(r).toMatchObject({ ok: true, melding: "De melding is verstuurd. Naam regisseur (contactpersoon) krijgt een e-mail." });
    const mail = (await mails()).find((m) => m.includes("Nieuwe melding bij TW-2027-000001"));
    expect(mail).toContain("To: regisseur@t.example");
    expect(mail).toContain("Beste Naam regisseur,");
    expect(mail).not.toContain(BSN);
    // After the end of the toewijzing: no more meldingen.
    expect((await traject.meldGebeurtenis(mwA(), melding(ids.gestart!), { nu: new Date("2027-09-01T10:00:00Z") })).ok).toBe(false);
  });

  it("appears on the contact person's work list until they mark it read; a colleague cannot mark it", async () => {
    const w = await leesData(dash.werkvoorraad(regisseur(), {}, { bron: "test", nu: NU }));
    expect(w?.meldingen.map((m) => [m.nummer, m.wat])).toEqual([["TW-2027-000001", "Calamiteit"]]);
    expect((await leesData(dash.werkvoorraad(collega(), {}, { bron: "test", nu: NU })))?.meldingen).toEqual([]);
    expect((await leesData(dash.werkvoorraad(manager(), {}, { bron: "test", nu: NU })))?.meldingen).toHaveLength(1);
    expect(await leesData(dash.werkvoorraad(mwA(), {}, { bron: "test", nu: NU }))).toBeNull();
    const m = await testDb.melding.findFirstOrThrow();
    expect(await traject.markeerMeldingGelezen(collega(), { id: m.id })).toMatchObject({
      ok: false,
      formError: "Alleen de contactpersoon van de inwoner (of de teammanager) beslist hierover.",
    });
    expect(await traject.markeerMeldingGelezen(mwA(), { id: m.id })).toMatchObject({
      ok: false,
      formError: "Je hebt geen toestemming voor deze handeling.",
    });
    expect(await traject.markeerMeldingGelezen(regisseur(), { id: m.id })).toMatchObject({ ok: true });
    expect(await traject.markeerMeldingGelezen(regisseur(), { id: m.id })).toMatchObject({ ok: false });
    expect((await leesData(dash.werkvoorraad(regisseur(), {}, { bron: "test", nu: NU })))?.meldingen).toEqual([]);
    const geweigerd = (await auditRegels("melding-gelezen")).filter((r) => r.uitkomst === "geweigerd");
    expect(geweigerd.some((r) => r.gebruikerId === ids.collega && r.betrokkene === ids.inwoner)).toBe(true);
    expect((await auditRegels("werkvoorraad-bekijken")).some((r) => r.betrokkene === ids.inwoner)).toBe(true);
  });
});

describe("evaluatiegesprek (R-TOE-5)", () => {
  const voorstel = (datum: string, tijd = "10:00") => ({ id: ids.gestart!, datum, tijd, plaats: "Stadhuis Apeldoorn" });

  it("refuses a moment in the past or after the einddatum, and another aanbieder", async () => {
    expect(await traject.planGesprek(mwA(), voorstel("2027-03-14"), omgevingNu)).toMatchObject({
      ok: false,
      fieldErrors: { datum: "Kies een moment in de toekomst." },
    });
    expect(await traject.planGesprek(mwA(), voorstel("2027-09-01"), omgevingNu)).toMatchObject({
      ok: false,
      fieldErrors: { datum: "Het gesprek is uiterlijk op de laatste dag van de toewijzing (31 augustus 2027)." },
    });
    expect(await traject.planGesprek(mwA(), voorstel("2027-05-01", "25:00"), omgevingNu)).toMatchObject({
      ok: false,
      fieldErrors: { tijd: "Vul een bestaande tijd in, bijvoorbeeld 10:30." },
    });
    expect((await traject.planGesprek(mwB(), voorstel("2027-05-01"), omgevingNu)).ok).toBe(false);
  });

  it("the aanbieder plans, the contact person asks another moment, the aanbieder plans again, the contact person accepts", async () => {
    const r = await traject.planGesprek(mwA(), voorstel("2027-05-03"), omgevingNu);
    expect(r).toMatchObject({ ok: true });
    expect((r as { melding: string }).melding).not.toContain("te laat");
    expect(
      (await mails()).some((m) => m.includes("Evaluatiegesprek voorgesteld voor TW-2027-000001") && m.includes("3 mei 2027 om 10:00")),
    ).toBe(true);
    expect(await traject.planGesprek(mwA(), voorstel("2027-05-04"), omgevingNu)).toMatchObject({ ok: false });
    expect((await leesData(dash.werkvoorraad(regisseur(), {}, { bron: "test", nu: NU })))?.gesprekkenTeBevestigen).toHaveLength(1);
    // Issue 21 item 22: once the proposed moment has passed, it cannot be accepted.
    const voorbij = await testDb.evaluatiegesprek.findFirstOrThrow({ where: { status: "VOORGESTELD" } });
    expect(
      await traject.beantwoordGesprek(regisseur(), { id: voorbij.id, antwoord: "accepteren" }, { nu: new Date("2027-05-03T09:00:00Z") }),
    ).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: {},
      formError: "Het voorgestelde moment (3 mei 2027 om 10:00) is al voorbij. Vraag de aanbieder om een ander moment.",
    });

    const e = await testDb.evaluatiegesprek.findFirstOrThrow({ where: { status: "VOORGESTELD" } });
    expect(await traject.beantwoordGesprek(collega(), { id: e.id, antwoord: "accepteren" })).toMatchObject({ ok: false });
    expect(await traject.beantwoordGesprek(regisseur(), { id: e.id, antwoord: "ander-moment", tegenvoorstel: "" })).toMatchObject({
      ok: false,
      fieldErrors: { tegenvoorstel: "Schrijf welk ander moment je voorstelt." },
    });
    expect(
      await traject.beantwoordGesprek(regisseur(), { id: e.id, antwoord: "ander-moment", tegenvoorstel: "Liever 10 mei." }),
    ).toMatchObject({ ok: true });
    expect((await mails()).some((m) => m.includes("To: mwA@t.example") && m.includes("Liever 10 mei."))).toBe(true);
    // Not accepted yet: the deadline is still open.
    const open = await leesData(traject.trajectVoorAanbieder(mwA(), { id: ids.gestart! }, { bron: "test", nu: d("2027-03-15") }));
    expect(open?.termijnen.find((x) => x.soort === "evaluatiegesprek")?.toestand).toBe("open");
    expect(open?.magGesprekPlannen).toBe(true);

    expect((await traject.planGesprek(mwA(), voorstel("2027-05-10"), omgevingNu)).ok).toBe(true);
    const tweede = await testDb.evaluatiegesprek.findFirstOrThrow({ where: { status: "VOORGESTELD" } });
    expect(await traject.beantwoordGesprek(regisseur(), { id: tweede.id, antwoord: "accepteren" })).toMatchObject({ ok: true });
    const na = await leesData(traject.trajectVoorAanbieder(mwA(), { id: ids.gestart! }, { bron: "test", nu: d("2027-08-01") }));
    // Done on the day of the first proposal (ADR 0015), before the 20 July deadline, also after it.
    expect(na?.termijnen.find((x) => x.soort === "evaluatiegesprek")).toMatchObject({ toestand: "gedaan" });
  });

  it("the outcome is recorded by the contact person after the gesprek only", async () => {
    const e = await testDb.evaluatiegesprek.findFirstOrThrow({ where: { status: "GEACCEPTEERD" } });
    expect(await traject.legGesprekUitkomstVast(regisseur(), { id: e.id, uitkomst: "Goed gegaan." }, omgevingNu)).toMatchObject({
      ok: false,
    });
    const later = { nu: new Date("2027-05-10T12:00:00Z") };
    // Issue 21 item 22: not before the eindverantwoording, the basis of the gesprek, is in.
    expect(await traject.legGesprekUitkomstVast(regisseur(), { id: e.id, uitkomst: "Goed gegaan." }, later)).toEqual({
      ok: false,
      reden: "regel",
      fieldErrors: {},
      formError:
        "De aanbieder heeft de eindverantwoording nog niet ingediend. Die is de basis van het evaluatiegesprek; leg de uitkomst vast als hij er is.",
    });
    await testDb.eindverantwoording.create({
      data: { toewijzingId: ids.gestart!, status: "INGEDIEND", ingediendOp: new Date("2027-05-09T10:00:00Z") },
    });
    expect((await traject.legGesprekUitkomstVast(collega(), { id: e.id, uitkomst: "Goed gegaan." }, later)).ok).toBe(false);
    expect((await traject.legGesprekUitkomstVast(mwA(), { id: e.id, uitkomst: "Goed gegaan." }, later)).ok).toBe(false);
    expect(await traject.legGesprekUitkomstVast(regisseur(), { id: e.id, uitkomst: "Goed gegaan." }, later)).toMatchObject({ ok: true });
    expect((await testDb.evaluatiegesprek.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("AFGEROND");
    // The deadline tests below start without an eindverantwoording.
    await testDb.eindverantwoording.delete({ where: { toewijzingId: ids.gestart! } });
  });

  it("planning after the deadline is accepted and said to be late", async () => {
    const t = await testDb.toewijzing.create({
      data: {
        nummer: "TW-2027-000003",
        inwonerId: ids.inwoner!,
        productCode: "ONTW_4",
        aanbiederId: ids.a!,
        contactpersoonId: ids.regisseur,
        afgegevenDoorId: ids.regisseur!,
        startdatum: d("2027-01-01"),
        einddatum: d("2027-04-30"),
        status: "GESTART",
        gestartOp: d("2027-01-01"),
      },
    });
    // Deadline 19 March 2027; today (15 March) is on time, 25 March is late.
    const r = await traject.planGesprek(
      mwA(),
      { id: t.id, datum: "2027-04-01", tijd: "9:30", plaats: "Bij de aanbieder" },
      {
        nu: new Date("2027-03-25T09:00:00Z"),
      },
    );
    expect((r as { melding: string }).melding).toContain(
      "de termijn om het gesprek te plannen was 19 maart 2027; het telt als te laat gepland.",
    );
  });
});

describe("true deadlines on the dashboards", () => {
  it("a submitted eindverantwoording is done, not late; an ended toewijzing without one stays listed", async () => {
    const vandaag = d("2027-08-01");
    const voor = await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: vandaag }));
    const rij = voor?.find((r) => r.id === ids.gestart);
    expect(rij?.termijnen.map((t) => t.toestand)).toEqual(["te-laat", "gedaan", "te-laat"]);
    await testDb.eindverantwoording.create({
      data: { toewijzingId: ids.gestart!, status: "INGEDIEND", ingediendOp: new Date("2027-07-10T10:00:00Z") },
    });
    await testDb.toewijzing.update({ where: { id: ids.gestart! }, data: { status: "BEEINDIGD", beeindigdOp: d("2027-08-31") } });
    const na = await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: d("2027-09-15") }));
    // All done: the ended toewijzing leaves the list.
    expect(na?.find((r) => r.id === ids.gestart)).toBeUndefined();
    // TW-2027-000003 ended early without an eindverantwoording: it stays, due 14 days after the stop at the latest.
    await testDb.toewijzing.updateMany({
      where: { nummer: "TW-2027-000003" },
      data: { status: "BEEINDIGD", beeindigdOp: d("2027-03-20") },
    });
    const vroeg = (await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: d("2027-09-15") })))?.find(
      (r) => r.nummer === "TW-2027-000003",
    );
    expect(vroeg?.termijnen[0]).toMatchObject({ toestand: "te-laat", uiterlijk: d("2027-03-19") });
    expect(vroeg?.termijnStatus).toBe("verlopen");
    // Never started stays flagged.
    const nooit = (await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: d("2027-09-15") })))?.find(
      (r) => r.id === ids.toegewezen,
    );
    expect(nooit?.signaal).toBe("nooit-gestart");
    const w = await leesData(dash.werkvoorraad(regisseur(), {}, { bron: "test", nu: new Date("2027-09-15T10:00:00Z") }));
    expect(w?.teLaat.map((i) => [i.nummer, i.wat])).toEqual(
      expect.arrayContaining([
        ["TW-2027-000003", "Eindverantwoording: te laat"],
        ["TW-2027-000002", "Niet gestart: de startdatum is voorbij"],
      ]),
    );
  });

  it("the aanbieder's Te doen shows its own deadlines only", async () => {
    const a = await leesLijst(dash.teDoenVoorAanbieder(mwA(), {}, { bron: "test", nu: d("2027-09-15") }));
    expect(a.map((x) => x.nummer)).toEqual(expect.arrayContaining(["TW-2027-000002", "TW-2027-000003"]));
    expect(await leesLijst(dash.teDoenVoorAanbieder(mwB(), {}, { bron: "test", nu: d("2027-09-15") }))).toEqual([]);
    // The ended TW-2027-000001's eindverantwoording was submitted; sent back with a question, it is on the list again.
    expect(a.some((x) => x.nummer === "TW-2027-000001")).toBe(false);
    await testDb.eindverantwoording.update({
      where: { toewijzingId: ids.gestart! },
      data: { status: "TERUGGESTUURD", terugvraag: "Welke trede?" },
    });
    const terug = await leesLijst(dash.teDoenVoorAanbieder(mwA(), {}, { bron: "test", nu: d("2027-09-15") }));
    expect(terug.find((x) => x.nummer === "TW-2027-000001")).toMatchObject({
      wat: "Eindverantwoording aanvullen (de gemeente stelde een vraag)",
      href: `/aanbieder/toewijzingen/${ids.gestart}/eindverantwoording`,
    });
    expect(
      (await auditRegels("te-doen-bekijken-aanbieder")).filter((r) => r.uitkomst === "gelukt").every((r) => r.betrokkene === ids.inwoner),
    ).toBe(true);
  });
});

describe("issue 21: a toewijzing ends at its end date (item 18), and an end by the gemeente is an early stop (item 19)", () => {
  const maak = (nummer: string, over: Record<string, unknown>) =>
    testDb.toewijzing.create({
      data: {
        nummer,
        inwonerId: ids.inwoner!,
        productCode: "ONTW_4",
        aanbiederId: ids.a!,
        contactpersoonId: ids.regisseur!,
        afgegevenDoorId: ids.regisseur!,
        startdatum: d("2027-01-01"),
        einddatum: d("2027-04-30"),
        status: "GESTART",
        gestartOp: d("2027-01-01"),
        ...over,
      },
    });

  it("after its end date it is afgelopen: gesprek and herindicatie not needed, the missing stop is the aanbieder's late item", async () => {
    const t = await maak("TW-2027-000010", {});
    const nooit = await maak("TW-2027-000011", { status: "TOEGEWEZEN", gestartOp: null });
    const vandaag = d("2027-05-10");
    const rij = (await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: vandaag })))?.find((r) => r.id === t.id);
    expect(rij).toMatchObject({ status: "AFGELOPEN", eindigtBinnenkort: false });
    expect(rij?.termijnen.map((x) => x.toestand)).toEqual(["te-laat", "niet-nodig", "niet-nodig"]);

    const w = await leesData(dash.werkvoorraad(regisseur(), {}, { bron: "test", nu: new Date("2027-05-10T10:00:00Z") }));
    expect(w?.teLaat.filter((i) => i.nummer === "TW-2027-000010").map((i) => i.wat)).toEqual(["Eindverantwoording: te laat"]);
    // A toewijzing that ran out without ever starting is no longer the contact person's "niet gestart".
    expect(w?.teLaat.filter((i) => i.nummer === "TW-2027-000011").map((i) => i.wat)).toEqual(["Eindverantwoording: te laat"]);

    const a = await leesLijst(dash.teDoenVoorAanbieder(mwA(), {}, { bron: "test", nu: vandaag }));
    expect(a.filter((x) => x.nummer === "TW-2027-000010").map((x) => [x.wat, x.teLaat])).toEqual([
      ["Eindverantwoording", true],
      ["Stop melden (de einddatum is voorbij)", true],
    ]);
    expect(a.filter((x) => x.nummer === "TW-2027-000011").map((x) => x.wat)).toContain("Start melden (de startdatum is voorbij)");

    // Its eindverantwoording in: nothing is left, so it leaves the dashboard although no stop was reported.
    await testDb.eindverantwoording.create({
      data: { toewijzingId: t.id, status: "INGEDIEND", ingediendOp: new Date("2027-03-10T10:00:00Z") },
    });
    expect(
      (await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: vandaag })))?.find((r) => r.id === t.id),
    ).toBeUndefined();
    await testDb.toewijzing.deleteMany({ where: { id: { in: [t.id, nooit.id] } } });
  });

  it("item 21: an aanbieder that stopped 'tijdelijk' sees the traject resumed by the new toewijzing", async () => {
    const toew = { ...toewijzingen, ...toewijzingLezen, ...startStop };
    const stop = await maak("TW-2027-000015", {
      einddatum: d("2027-06-30"),
      status: "BEEINDIGD",
      beeindigdOp: d("2027-02-15"),
      redenBeeindiging: "TIJDELIJK",
    });
    const weer = await maak("TW-2027-000016", {
      startdatum: d("2027-05-01"),
      einddatum: d("2027-10-31"),
      status: "TOEGEWEZEN",
      gestartOp: null,
    });
    const lijst = await leesLijst(toew.toewijzingenVanAanbieder(mwA(), {}, { bron: "test" }));
    expect(lijst.find((t) => t.id === stop.id)).toMatchObject({ hervatIn: "TW-2027-000016", hervatVan: null });
    expect(lijst.find((t) => t.id === weer.id)).toMatchObject({ hervatVan: "TW-2027-000015", hervatIn: null });
    // Another aanbieder does not see it, and a stop for another reason is no resumption.
    expect((await leesLijst(toew.toewijzingenVanAanbieder(mwB(), {}, { bron: "test" }))).some((t) => t.id === weer.id)).toBe(false);
    await testDb.toewijzing.update({ where: { id: stop.id }, data: { redenBeeindiging: "VOORTIJDIG_IN_OVERLEG" } });
    expect(
      (await leesLijst(toew.toewijzingenVanAanbieder(mwA(), {}, { bron: "test" }))).find((t) => t.id === weer.id)?.hervatVan,
    ).toBeNull();
    await testDb.toewijzing.deleteMany({ where: { id: { in: [stop.id, weer.id] } } });
  });

  it("item 23: a verlenging issued directly closes the herindicatie; a report proposing a next period keeps it due", async () => {
    const t = await maak("TW-2027-000013", { einddatum: d("2027-06-30") });
    const v = await maak("TW-2027-000014", {
      startdatum: d("2027-07-01"),
      einddatum: d("2027-12-31"),
      status: "TOEGEWEZEN",
      gestartOp: null,
      verlengingVanId: t.id,
      verlengingsnummer: 1,
    });
    // The herindicatie was due on 19 May; the gemeente extended without a request.
    const rij = (await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: d("2027-06-01") })))?.find(
      (x) => x.id === t.id,
    );
    expect(rij?.termijnen.find((x) => x.soort === "herindicatie")?.toestand).toBe("niet-nodig");
    const w = await leesData(dash.werkvoorraad(regisseur(), {}, { bron: "test", nu: new Date("2027-06-01T10:00:00Z") }));
    expect(w?.teLaat.filter((i) => i.nummer === "TW-2027-000013").map((i) => i.wat)).not.toContain("Herindicatie aanvragen: te laat");
    await testDb.toewijzing.delete({ where: { id: v.id } });

    // The eindverantwoording proposes a next period: the herindicatie is not silently dropped.
    await testDb.eindverantwoording.create({
      data: { toewijzingId: t.id, status: "INGEDIEND", ingediendOp: new Date("2027-05-10T10:00:00Z"), vervolgNodig: true },
    });
    const met = (await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: d("2027-06-01") })))?.find(
      (x) => x.id === t.id,
    );
    expect(met?.termijnen.map((x) => x.toestand)).toEqual(["gedaan", "te-laat", "te-laat"]);
    const a = await leesLijst(dash.teDoenVoorAanbieder(mwA(), {}, { bron: "test", nu: d("2027-06-01") }));
    expect(a.filter((x) => x.nummer === "TW-2027-000013").map((x) => x.wat)).toContain("Herindicatie aanvragen");
    await testDb.toewijzing.delete({ where: { id: t.id } });
  });

  it("an end by the gemeente: the eindverantwoording 14 days after the stop, never due before the decision", async () => {
    const t = await maak("TW-2027-000012", { einddatum: d("2027-12-31") });
    const r = await wijz.wijzigEinddatum(
      regisseur(),
      { id: t.id, soort: "BEEINDIGD_DOOR_GEMEENTE", nieuweEinddatum: "2027-05-15", redenWijziging: "07", reden: "Verhuist naar Deventer." },
      { nu: new Date("2027-05-01T10:00:00Z") },
    );
    expect(r).toMatchObject({ ok: true });
    const rij = (await leesData(dash.dashboard(regisseur(), { scope: "mijn" }, { bron: "test", nu: d("2027-05-02") })))?.find(
      (x) => x.id === t.id,
    );
    // Not 15 May − 42 days = 3 April, before the decision of 1 May.
    expect(rij?.termijnen.map((x) => [x.soort, x.toestand, x.uiterlijk])).toEqual([
      ["eindverantwoording", "open", d("2027-05-29")],
      ["evaluatiegesprek", "niet-nodig", d("2027-11-19")],
      ["herindicatie", "niet-nodig", d("2027-11-19")],
    ]);
    expect(rij?.termijnStatus).toBe("binnenkort");
    const w = await leesData(dash.werkvoorraad(regisseur(), {}, { bron: "test", nu: new Date("2027-05-02T10:00:00Z") }));
    expect(w?.teLaat.some((i) => i.nummer === "TW-2027-000012")).toBe(false);
    await testDb.toewijzing.delete({ where: { id: t.id } });
  });
});
