import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, toIsoDate, vandaagInNederland } from "@/domain/kalender";
import * as inwoners from "@/server/inwoners/inwoners";
import { outboxMap } from "@/server/mail/mailer";
import { leesOutbox } from "@/server/mail/outbox";
import * as startStop from "@/server/toewijzingen/start-stop";
import * as toewijzingLezen from "@/server/toewijzingen/toewijzing-lezen";
import * as toewijzingen from "@/server/toewijzingen/toewijzingen";
import * as wijz from "@/server/toewijzingen/wijzigingen";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import { leesData, leesLijst } from "../support/gelezen";

// Issue 11 on a real SQLite file: editing an inwoner's address and uitkering (B), the gemeente
// ending a toewijzing or correcting its end date (C), and the server side of the domain defects
// (3: contact person role, 5: extend once, 7: werkplek level, 8: contract end and future stop).

const toew = { ...toewijzingen, ...toewijzingLezen, ...startStop };
const ids: Record<string, string> = {};
const BSN = "123456782";
const vandaag = vandaagInNederland();
const iso = (d: Date) => toIsoDate(d);
const dag = (n: number) => addDays(vandaag, n);

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
const teammanager = () => als("teammanager", "TEAMMANAGER");
const mwA = () => als("mwA", "AANBIEDER_MEDEWERKER", ids.a!);

const gegevens = (over: Record<string, string> = {}) => ({
  id: ids.inwoner!,
  straat: "Hoofdstraat",
  huisnummer: "1",
  postcode: "7311 AB",
  plaats: "Apeldoorn",
  uitkering: "PARTICIPATIEWET",
  contactpersoonId: "",
  ...over,
});

async function toewijzing(over: Record<string, unknown> = {}) {
  const n = Math.floor(Math.random() * 900000) + 100000;
  return testDb.toewijzing.create({
    data: {
      nummer: `TW-2099-${n}`,
      inwonerId: ids.inwoner!,
      productCode: "ONTW_4",
      aanbiederId: ids.a!,
      startdatum: addMonths(vandaag, -2),
      einddatum: addDays(addMonths(vandaag, 4), -1),
      status: "GESTART",
      gestartOp: addMonths(vandaag, -2),
      contactpersoonId: ids.regisseur!,
      afgegevenDoorId: ids.regisseur!,
      ...over,
    },
  });
}

const wijziging = (id: string, over: Record<string, string> = {}) => ({
  id,
  soort: "BEEINDIGD_DOOR_GEMEENTE",
  nieuweEinddatum: iso(dag(14)),
  redenWijziging: "07",
  reden: "De inwoner verhuist naar Deventer.",
  ...over,
});

beforeAll(async () => {
  const db = testDb;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  for (const [sleutel, rol, org, actief] of [
    ["regisseur", "TRAJECTREGISSEUR", null, true],
    ["regisseur2", "TRAJECTREGISSEUR", null, true],
    ["consulent", "WMO_CONSULENT", null, true],
    ["oudConsulent", "WMO_CONSULENT", null, false],
    ["centrum", "CENTRUM", null, true],
    ["teammanager", "TEAMMANAGER", null, true],
    ["mwA", "AANBIEDER_MEDEWERKER", ids.a, true],
  ] as const) {
    ids[sleutel] = (
      await db.gebruiker.create({ data: { email: `${sleutel}@t.example`, naam: `Naam ${sleutel}`, rol, aanbiederId: org, actief } })
    ).id;
  }
  const i = await db.inwoner.create({
    data: {
      bsn: BSN,
      voornamen: "Kees",
      achternaam: "Wijzer",
      zoeknaam: "kees wijzer",
      geboortedatum: new Date("1985-05-05T00:00:00Z"),
      straat: "Oudestraat",
      huisnummer: "9",
      postcode: "7311AA",
      plaats: "Apeldoorn",
      uitkering: "PARTICIPATIEWET",
      contactpersoonId: ids.regisseur,
      ladder: { create: { datum: addMonths(vandaag, -6), trede: 3, vastgelegdDoorId: ids.regisseur! } },
    },
  });
  ids.inwoner = i.id;
  const jaar = vandaag.getUTCFullYear();
  for (const j of [jaar - 1, jaar, jaar + 1]) {
    for (const [productCode, bedragCent] of [
      ["ONTW_4", 250000],
      ["OP_TREDE_3", 1063],
    ] as const) {
      await db.tarief.upsert({
        where: { productCode_jaar: { productCode, jaar: j } },
        create: { productCode, jaar: j, bedragCent },
        update: {},
      });
    }
  }
});

describe("B: editing address and uitkering", () => {
  it("changes the address, audit-logged with the pseudonym and what changed, never the values", async () => {
    const r = await inwoners.wijzigInwoner(regisseur(), gegevens({ straat: "Nieuwstraat", huisnummer: "12a", postcode: "7311ab" }));
    expect(r).toEqual({ ok: true, melding: "De gegevens zijn gewijzigd." });
    const i = await testDb.inwoner.findUniqueOrThrow({ where: { id: ids.inwoner! } });
    expect([i.straat, i.huisnummer, i.postcode, i.contactpersoonId]).toEqual(["Nieuwstraat", "12a", "7311AB", ids.regisseur]);
    const [a] = await testDb.auditRegel.findMany({ where: { activiteit: "inwoner-wijzigen" } });
    expect(a).toMatchObject({ uitkomst: "gelukt", betrokkene: ids.inwoner, gebruikerId: ids.regisseur, toelichting: "gewijzigd: adres" });
    expect(JSON.stringify(a)).not.toMatch(/Nieuwstraat|123456782/);
  });

  it("a new uitkering proposes the contact person R-TOE-2 names, also on the running Werkt Mee toewijzing", async () => {
    const t = await toewijzing();
    const r = await inwoners.wijzigInwoner(regisseur(), gegevens({ straat: "Nieuwstraat", huisnummer: "12a", uitkering: "UWV" }));
    expect(r).toEqual({
      ok: true,
      melding: "De gegevens zijn gewijzigd. Naam consulent is nu de contactpersoon (Wmo-consulent). Ook op de lopende toewijzing.",
    });
    const i = await testDb.inwoner.findUniqueOrThrow({ where: { id: ids.inwoner! } });
    expect([i.uitkering, i.contactpersoonId]).toEqual(["UWV", ids.consulent]);
    expect((await testDb.toewijzing.findUniqueOrThrow({ where: { id: t.id } })).contactpersoonId).toBe(ids.consulent);
    await testDb.toewijzing.delete({ where: { id: t.id } });
  });

  it("defect 3: refuses a chosen contact person of the wrong role or inactive, and stores nothing", async () => {
    const fout = await inwoners.wijzigInwoner(regisseur(), gegevens({ uitkering: "PARTICIPATIEWET", contactpersoonId: ids.consulent! }));
    expect(fout).toMatchObject({
      ok: false,
      fieldErrors: { contactpersoonId: expect.stringMatching(/^Bij deze uitkering is de contactpersoon een trajectregisseur/) },
    });
    const inactief = await inwoners.wijzigInwoner(regisseur(), gegevens({ uitkering: "GEEN", contactpersoonId: ids.oudConsulent! }));
    expect(inactief).toMatchObject({ ok: false, fieldErrors: { contactpersoonId: expect.stringMatching(/is niet meer actief/) } });
    expect((await testDb.inwoner.findUniqueOrThrow({ where: { id: ids.inwoner! } })).uitkering).toBe("UWV");
    // The same rule for the contact person form and the registration.
    expect(await inwoners.wijzigContactpersoon(regisseur(), { id: ids.inwoner!, contactpersoonId: ids.regisseur! })).toMatchObject({
      ok: false,
      fieldErrors: { contactpersoonId: expect.stringMatching(/Kies een Wmo-consulent\.$/) },
    });
    expect(await inwoners.wijzigContactpersoon(regisseur(), { id: ids.inwoner!, contactpersoonId: ids.oudConsulent! })).toMatchObject({
      ok: false,
    });
    const reg = await inwoners.registreerInwoner(regisseur(), {
      bsn: "111222333",
      voornamen: "Ans",
      tussenvoegsel: "",
      achternaam: "Rol",
      geboortedatum: "1990-01-01",
      straat: "Hoofdstraat",
      huisnummer: "2",
      postcode: "7311 AB",
      plaats: "Apeldoorn",
      email: "",
      telefoon: "",
      uitkering: "UWV",
      contactpersoonId: ids.regisseur!,
      trede: "2",
      perspectiefTrede: "",
    });
    expect(reg).toMatchObject({ ok: false, fieldErrors: { contactpersoonId: expect.stringMatching(/Kies een Wmo-consulent\.$/) } });
  });

  it("back to Participatiewet: the chosen trajectregisseur is taken", async () => {
    const r = await inwoners.wijzigInwoner(regisseur(), gegevens({ uitkering: "PARTICIPATIEWET", contactpersoonId: ids.regisseur2! }));
    expect(r).toMatchObject({ ok: true, melding: expect.stringContaining("Naam regisseur2 is nu de contactpersoon (trajectregisseur).") });
    await inwoners.wijzigInwoner(regisseur(), gegevens({ contactpersoonId: ids.regisseur! }));
  });

  it("validates the fields in Dutch and keeps them per field", async () => {
    const r = await inwoners.wijzigInwoner(regisseur(), gegevens({ postcode: "73", huisnummer: "", uitkering: "LOTERIJ" }));
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        postcode: expect.any(String),
        huisnummer: "Vul een huisnummer in, bijvoorbeeld 12 of 12a.",
        uitkering: "Kies welke uitkering de inwoner heeft.",
      },
    });
  });

  it("refuses an aanbieder and staff without inwoner:registreren; an unknown id is not found, never a 500", async () => {
    expect(await inwoners.wijzigInwoner(mwA(), gegevens({ straat: "Hackstraat" }))).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect(await inwoners.wijzigInwoner(centrum(), gegevens({ straat: "Hackstraat" }))).toMatchObject({
      ok: false,
      formError: "Je mag de gegevens van inwoners niet wijzigen.",
    });
    expect(await inwoners.wijzigInwoner(null, gegevens({ straat: "Hackstraat" }))).toMatchObject({ ok: false });
    expect(await inwoners.wijzigInwoner(regisseur(), gegevens({ id: "cm0000000000000000000000" }))).toMatchObject({
      ok: false,
      formError: "Deze inwoner bestaat niet.",
    });
    expect(await inwoners.wijzigInwoner(regisseur(), gegevens({ id: "../x" }))).toMatchObject({ ok: false });
    expect((await testDb.inwoner.findUniqueOrThrow({ where: { id: ids.inwoner! } })).straat).not.toBe("Hackstraat");
    const geweigerd = await testDb.auditRegel.findMany({ where: { activiteit: "inwoner-wijzigen", uitkomst: "geweigerd" } });
    expect(geweigerd.map((a) => a.gebruikerId)).toEqual(expect.arrayContaining([ids.mwA, ids.centrum]));
  });
});

describe("C: the gemeente ends a toewijzing or corrects its end date", () => {
  it("an end in the future: stored with WMO002 code, status unchanged, the aanbieder sees it and gets an e-mail without BSN", async () => {
    const t = await toewijzing();
    const r = await wijz.wijzigEinddatum(regisseur(), wijziging(t.id));
    expect(r).toMatchObject({
      ok: true,
      melding: expect.stringMatching(/^De toewijzing eindigt op .* Aanbieder A krijgt hierover een e-mail\.$/),
    });
    const na = await testDb.toewijzing.findUniqueOrThrow({ where: { id: t.id }, include: { wijzigingen: true } });
    expect([na.status, iso(na.einddatum), na.beeindigdOp]).toEqual(["GESTART", iso(dag(14)), null]);
    expect(na.wijzigingen).toMatchObject([
      { soort: "BEEINDIGD_DOOR_GEMEENTE", redenWijziging: "07", reden: "De inwoner verhuist naar Deventer.", doorId: ids.regisseur },
    ]);
    expect(iso(na.wijzigingen[0]!.oudeEinddatum)).toBe(iso(t.einddatum));
    // The aanbieder's list carries the change.
    const lijst = await leesLijst(toew.toewijzingenVanAanbieder(mwA(), {}, { bron: "test" }));
    expect(lijst.find((x) => x.id === t.id)?.wijzigingen).toMatchObject([{ soort: "BEEINDIGD_DOOR_GEMEENTE", redenWijziging: "07" }]);
    // The e-mail names the contact person of the toewijzing, never the BSN or the inwoner's name.
    const mails = (await leesOutbox(outboxMap())).filter((m) => m.onderwerp.includes(t.nummer));
    expect(mails.map((m) => m.aan).sort()).toEqual(["contact@test.example", "mwa@t.example"]);
    expect(mails[0]!.tekst).toContain("Naam regisseur (regisseur@t.example)");
    expect(mails[0]!.tekst).toContain("Verhuizing naar een andere gemeente");
    expect(mails[0]!.tekst).not.toMatch(/123456782|Kees|Wijzer|Deventer/);
    const [a] = await testDb.auditRegel.findMany({ where: { activiteit: "toewijzing-einddatum-wijzigen", uitkomst: "gelukt" } });
    expect(a).toMatchObject({ betrokkene: ids.inwoner, toelichting: `${t.nummer}: beëindigd (WMO002 07)` });
  });

  it("an end date that has passed ends it at once (beëindigd, on that day)", async () => {
    const t = await toewijzing();
    const r = await wijz.wijzigEinddatum(regisseur(), wijziging(t.id, { nieuweEinddatum: iso(dag(-1)), redenWijziging: "05" }));
    expect(r).toMatchObject({ ok: true, melding: expect.stringMatching(/^De toewijzing is beëindigd per /) });
    const na = await testDb.toewijzing.findUniqueOrThrow({ where: { id: t.id } });
    expect([na.status, iso(na.beeindigdOp!), iso(na.einddatum)]).toEqual(["BEEINDIGD", iso(dag(-1)), iso(dag(-1))]);
    // Ended: no second change.
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t.id, { nieuweEinddatum: iso(dag(-2)) }))).toMatchObject({
      ok: false,
      formError: "Deze toewijzing is al beëindigd. De einddatum kan niet meer veranderen.",
    });
  });

  it("a correction gets WMO002 14 and may lengthen within the product's duration, not beyond it", async () => {
    const t = await toewijzing({ productCode: "OP_TREDE_3", urenPerWeek: 8, einddatum: addDays(addMonths(vandaag, 6), -1) });
    const maximum = addDays(addMonths(t.startdatum, 24), -1);
    const te = await wijz.wijzigEinddatum(
      regisseur(),
      wijziging(t.id, { soort: "EINDDATUM_GECORRIGEERD", nieuweEinddatum: iso(addDays(maximum, 1)) }),
    );
    expect(te).toMatchObject({ ok: false, fieldErrors: { nieuweEinddatum: expect.stringMatching(/duurt ten hoogste 2 jaar/) } });
    const ok = await wijz.wijzigEinddatum(
      regisseur(),
      wijziging(t.id, { soort: "EINDDATUM_GECORRIGEERD", nieuweEinddatum: iso(maximum), redenWijziging: "" }),
    );
    expect(ok).toMatchObject({ ok: true, melding: expect.stringMatching(/^De einddatum is nu /) });
    const w = await testDb.toewijzingWijziging.findFirstOrThrow({ where: { toewijzingId: t.id } });
    expect([w.soort, w.redenWijziging]).toEqual(["EINDDATUM_GECORRIGEERD", "14"]);
  });

  it("refuses an end before the reported start, a later end when ending, no reason, and the same date", async () => {
    const t = await toewijzing({ gestartOp: addMonths(vandaag, -1) });
    const voorStart = await wijz.wijzigEinddatum(
      regisseur(),
      wijziging(t.id, { nieuweEinddatum: iso(addDays(addMonths(vandaag, -1), -1)) }),
    );
    expect(voorStart).toMatchObject({ ok: false, fieldErrors: { nieuweEinddatum: expect.stringMatching(/meldde de start op/) } });
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t.id, { nieuweEinddatum: iso(addMonths(vandaag, -1)) }))).toMatchObject({
      ok: true,
    });
    const t2 = await toewijzing();
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t2.id, { nieuweEinddatum: iso(addDays(t2.einddatum, 1)) }))).toMatchObject({
      ok: false,
      fieldErrors: { nieuweEinddatum: expect.stringMatching(/^Beëindigen maakt de toewijzing korter/) },
    });
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t2.id, { redenWijziging: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { redenWijziging: "Kies de reden van de beëindiging." },
    });
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t2.id, { redenWijziging: "01" }))).toMatchObject({ ok: false });
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t2.id, { reden: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { reden: expect.any(String) },
    });
    expect(
      await wijz.wijzigEinddatum(regisseur(), wijziging(t2.id, { soort: "EINDDATUM_GECORRIGEERD", nieuweEinddatum: iso(t2.einddatum) })),
    ).toMatchObject({ ok: false, fieldErrors: { nieuweEinddatum: expect.stringMatching(/eindigt al op/) } });
    expect(await testDb.toewijzingWijziging.count({ where: { toewijzingId: t2.id } })).toBe(0);
  });

  it("refuses an end past the aanbieder's contract (defect 8) and past the AOW day (R-PRD-1)", async () => {
    const b = await maakAanbieder(testDb, "Aanbieder met einde");
    await testDb.aanbieder.update({ where: { id: b.id }, data: { contractTot: dag(30) } });
    const t = await toewijzing({ aanbiederId: b.id, productCode: "OP_TREDE_3", urenPerWeek: 8, einddatum: dag(20) });
    expect(
      await wijz.wijzigEinddatum(regisseur(), wijziging(t.id, { soort: "EINDDATUM_GECORRIGEERD", nieuweEinddatum: iso(dag(31)) })),
    ).toMatchObject({ ok: false, fieldErrors: { nieuweEinddatum: expect.stringMatching(/Het contract van Aanbieder met einde/) } });

    const oud = await testDb.inwoner.create({
      data: {
        bsn: "100000009",
        voornamen: "Oud",
        achternaam: "Genoeg",
        zoeknaam: "oud genoeg",
        // 67 on (today + 40 days): the AOW day.
        geboortedatum: addDays(addMonths(vandaag, -67 * 12), 40),
        straat: "Straat",
        huisnummer: "1",
        postcode: "7311AA",
        plaats: "Apeldoorn",
        uitkering: "PARTICIPATIEWET",
        contactpersoonId: ids.regisseur,
      },
    });
    const t2 = await toewijzing({ inwonerId: oud.id, productCode: "OP_TREDE_3", urenPerWeek: 8, einddatum: dag(20) });
    expect(
      await wijz.wijzigEinddatum(regisseur(), wijziging(t2.id, { soort: "EINDDATUM_GECORRIGEERD", nieuweEinddatum: iso(dag(40)) })),
    ).toMatchObject({ ok: false, fieldErrors: { nieuweEinddatum: expect.stringMatching(/bereikt de AOW-leeftijd/) } });
    expect(
      await wijz.wijzigEinddatum(regisseur(), wijziging(t2.id, { soort: "EINDDATUM_GECORRIGEERD", nieuweEinddatum: iso(dag(39)) })),
    ).toMatchObject({ ok: true });
  });

  it("a verlengd toewijzing keeps its end; an ingetrokken one cannot change", async () => {
    const t = await toewijzing();
    await toewijzing({
      startdatum: addDays(t.einddatum, 1),
      einddatum: addDays(addMonths(t.einddatum, 6), 0),
      verlengingVanId: t.id,
      status: "TOEGEWEZEN",
      gestartOp: null,
    });
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t.id))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/is verlengd/),
    });
    const weg = await toewijzing({ status: "INGETROKKEN", gestartOp: null });
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(weg.id))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/ingetrokken/),
    });
  });

  it("authorisation: an aanbieder, the centrum and anonymous are refused; unknown ids are not found", async () => {
    const t = await toewijzing();
    for (const wie of [mwA(), centrum(), null]) {
      expect(await wijz.wijzigEinddatum(wie, wijziging(t.id))).toMatchObject({ ok: false });
    }
    expect((await testDb.toewijzing.findUniqueOrThrow({ where: { id: t.id } })).einddatum).toEqual(t.einddatum);
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging("cm0000000000000000000000"))).toMatchObject({
      ok: false,
      formError: "Deze toewijzing bestaat niet.",
    });
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging("<script>"))).toMatchObject({ ok: false });
  });

  it("issue 21 item 28: only the contact person with mandate (or the teammanager) ends, corrects or withdraws", async () => {
    const t = await toewijzing();
    const nieuw = await toewijzing({ status: "TOEGEWEZEN", gestartOp: null, startdatum: dag(7) });
    const alleenContact = "Alleen de contactpersoon van de inwoner (of de teammanager) beslist hierover.";
    // A Wmo-consulent and another trajectregisseur hold toewijzing:afgeven, but are not this inwoner's contact person.
    for (const wie of [consulent(), als("regisseur2", "TRAJECTREGISSEUR")]) {
      expect(await wijz.wijzigEinddatum(wie, wijziging(t.id))).toEqual({
        ok: false,
        reden: "regel",
        fieldErrors: {},
        formError: alleenContact,
      });
      expect(
        await wijz.wijzigEinddatum(
          wie,
          wijziging(t.id, { soort: "EINDDATUM_GECORRIGEERD", nieuweEinddatum: iso(dag(20)), redenWijziging: "14" }),
        ),
      ).toMatchObject({ ok: false, formError: alleenContact });
      expect(await toew.trekIn(wie, { id: nieuw.id, reden: "Verkeerde aanbieder gekozen" })).toEqual({
        ok: false,
        reden: "regel",
        fieldErrors: {},
        formError: alleenContact,
      });
    }
    const na = await testDb.toewijzing.findUniqueOrThrow({ where: { id: t.id }, include: { wijzigingen: true } });
    expect([na.einddatum, na.status, na.wijzigingen.length]).toEqual([t.einddatum, "GESTART", 0]);
    expect((await testDb.toewijzing.findUniqueOrThrow({ where: { id: nieuw.id } })).status).toBe("TOEGEWEZEN");
    // The refusals are in the audit log with the inwoner they concern.
    const geweigerd = await testDb.auditRegel.findMany({
      where: {
        activiteit: { in: ["toewijzing-einddatum-wijzigen", "toewijzing-intrekken"] },
        uitkomst: "geweigerd",
        gebruikerId: ids.consulent,
      },
    });
    expect(geweigerd.length).toBe(3);
    expect(geweigerd.every((a) => a.betrokkene === ids.inwoner)).toBe(true);

    // R-TOE-1: a Wmo-consulent who is the contact person still lacks the mandate for a Participatiewet inwoner.
    const vanConsulent = await toewijzing({ contactpersoonId: ids.consulent });
    expect(await wijz.wijzigEinddatum(consulent(), wijziging(vanConsulent.id))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Participatiewet-uitkering/),
    });

    // The contact person and the teammanager may.
    expect(await wijz.wijzigEinddatum(regisseur(), wijziging(t.id))).toMatchObject({ ok: true });
    expect(await toew.trekIn(teammanager(), { id: nieuw.id, reden: "Verkeerde aanbieder gekozen" })).toMatchObject({ ok: true });
  });
});

describe("defects on the server", () => {
  const afgifte = (over: Record<string, string>) => ({
    inwonerId: ids.inwoner!,
    productCode: "ONTW_4",
    aanbiederId: ids.a!,
    werkplekId: "",
    startdatum: iso(vandaag),
    einddatum: "",
    urenPerWeek: "",
    verlengingVanId: "",
    ...over,
  });

  it("defect 7: a werkplek that does not offer the product's level is refused at the werkplek field", async () => {
    const wp = await maakWerkplek(testDb, { aanbiederId: ids.a!, titel: "Alleen naar drie", treden: [3], ontwikkelingNaar: [3] });
    const r = await toew.geefToewijzingAf(regisseur(), afgifte({ werkplekId: wp.id, inwonerId: ids.inwoner! }));
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { werkplekId: expect.stringMatching(/^De werkplek "Alleen naar drie" biedt geen ontwikkeling naar trede 4/) },
    });
  });

  it("defect 8: an aanbieder whose contract ends before the toewijzing is refused; a future stop is refused", async () => {
    const kort = await maakAanbieder(testDb, "Kort contract");
    await testDb.aanbieder.update({ where: { id: kort.id }, data: { contractTot: dag(30) } });
    const r = await toew.geefToewijzingAf(regisseur(), afgifte({ aanbiederId: kort.id, inwonerId: ids.inwoner! }));
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { aanbiederId: expect.stringMatching(/^Het contract van Kort contract met de gemeente loopt tot en met/) },
    });
    const t = await toewijzing();
    expect(await toew.meldStop(mwA(), { id: t.id, datum: iso(dag(1)), reden: "VOLGENS_PLAN" })).toMatchObject({
      ok: false,
      fieldErrors: { datum: "Meld de stop op of na de laatste dag van de inwoner, niet vooraf." },
    });
    expect((await testDb.toewijzing.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("GESTART");
    expect(await toew.meldStop(mwA(), { id: t.id, datum: iso(vandaag), reden: "VOLGENS_PLAN" })).toMatchObject({ ok: true });
  });

  it("defect 3: when the inwoner's contact person is inactive, the toewijzing gets an active one of the right role", async () => {
    const oud = await testDb.gebruiker.create({
      data: { email: "oud-regisseur@t.example", naam: "Oud", rol: "TRAJECTREGISSEUR", actief: false },
    });
    const i = await testDb.inwoner.create({
      data: {
        bsn: "100000010",
        voornamen: "Nina",
        achternaam: "Nieuw",
        zoeknaam: "nina nieuw",
        geboortedatum: new Date("1992-02-02T00:00:00Z"),
        straat: "Straat",
        huisnummer: "1",
        postcode: "7311AA",
        plaats: "Apeldoorn",
        uitkering: "PARTICIPATIEWET",
        contactpersoonId: oud.id,
        ladder: { create: { datum: addMonths(vandaag, -1), trede: 3, vastgelegdDoorId: ids.regisseur! } },
      },
    });
    // An activeringscoach issues (mandate, R-TOE-1) but is no contact person; the inactive
    // trajectregisseur is never stored: an active trajectregisseur is proposed instead (the old
    // fallback stored the inwoner's contact person whatever its state).
    const coach = await testDb.gebruiker.create({ data: { email: "coach@t.example", naam: "Coach", rol: "ACTIVERINGSCOACH" } });
    const r = await toew.geefToewijzingAf(
      { id: coach.id, naam: "Coach", email: "coach@t.example", rol: "ACTIVERINGSCOACH" as never, aanbiederId: null },
      afgifte({ inwonerId: i.id }),
    );
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const contact = (await testDb.toewijzing.findUniqueOrThrow({ where: { id: r.id } })).contactpersoonId;
    expect([ids.regisseur, ids.regisseur2]).toContain(contact);
  });

  it("defect 5: a new ONTW_4 the day after the previous one ended must be its verlenging; an ingetrokken one cannot be extended", async () => {
    const i = await testDb.inwoner.create({
      data: {
        bsn: "100000022",
        voornamen: "Ed",
        achternaam: "Eenmaal",
        zoeknaam: "ed eenmaal",
        geboortedatum: new Date("1992-02-02T00:00:00Z"),
        straat: "Straat",
        huisnummer: "1",
        postcode: "7311AA",
        plaats: "Apeldoorn",
        uitkering: "PARTICIPATIEWET",
        contactpersoonId: ids.regisseur,
        ladder: { create: { datum: addMonths(vandaag, -12), trede: 3, vastgelegdDoorId: ids.regisseur! } },
      },
    });
    const eerste = await toewijzing({
      inwonerId: i.id,
      startdatum: addMonths(vandaag, -12),
      einddatum: addDays(addMonths(vandaag, -6), -1),
      gestartOp: addMonths(vandaag, -12),
    });
    const tweede = await toewijzing({
      inwonerId: i.id,
      startdatum: addMonths(vandaag, -6),
      einddatum: addDays(vandaag, -1),
      gestartOp: addMonths(vandaag, -6),
      verlengingVanId: eerste.id,
      verlengingsnummer: 1,
    });
    const r = await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: i.id, startdatum: iso(vandaag) }));
    expect(r).toMatchObject({
      ok: false,
      regelFouten: [{ regel: "R-TOE-4", melding: expect.stringMatching(/maar één keer worden verlengd/) }],
    });
    // Extending the extension: refused as before.
    expect(await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: i.id, verlengingVanId: tweede.id }))).toMatchObject({
      ok: false,
      regelFouten: [{ regel: "R-TOE-4" }],
    });
    // Issue 21 item 21: the reason is asked at its own field; with it the new traject is the consulent's judgement.
    expect(r).toMatchObject({
      fieldErrors: { redenNieuwTraject: expect.stringMatching(/Schrijf waarom bij "Waarom nu een nieuw traject"/) },
    });
    expect(
      await toew.geefToewijzingAf(regisseur(), afgifte({ inwonerId: i.id, startdatum: iso(vandaag), redenNieuwTraject: "kort" })),
    ).toMatchObject({ ok: false, fieldErrors: { redenNieuwTraject: expect.stringMatching(/minstens 10 tekens/) } });
    const reden = "Na de verhuizing is er een nieuwe werkplek dichtbij; de eerdere stap is bijna gemaakt.";
    const nieuw = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({ inwonerId: i.id, startdatum: iso(vandaag), redenNieuwTraject: reden }),
    );
    expect(nieuw).toMatchObject({ ok: true, waarschuwingen: expect.arrayContaining([expect.objectContaining({ regel: "R-TOE-4" })]) });
    const getoond = await leesData(toew.toewijzingVoorGemeente(regisseur(), { id: (nieuw as { id: string }).id }, { bron: "test" }));
    expect(getoond?.redenNieuwTraject).toBe(reden);
    await testDb.toewijzing.delete({ where: { id: (nieuw as { id: string }).id } });
    const weg = await toewijzing({ inwonerId: i.id, productCode: "OP_TREDE_3", urenPerWeek: 8, status: "INGETROKKEN", gestartOp: null });
    const v = await toew.geefToewijzingAf(
      regisseur(),
      afgifte({
        inwonerId: i.id,
        productCode: "OP_TREDE_3",
        urenPerWeek: "8",
        verlengingVanId: weg.id,
        startdatum: iso(addDays(weg.einddatum, 1)),
        einddatum: iso(addMonths(weg.einddatum, 3)),
      }),
    );
    expect(v).toMatchObject({
      ok: false,
      regelFouten: expect.arrayContaining([
        expect.objectContaining({ melding: expect.stringMatching(/ingetrokken en kan niet worden verlengd/) }),
      ]),
    });
  });
});
