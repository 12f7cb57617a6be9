import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WerkplekFormulier } from "@/domain/werkplek-invoer";
import { leesOutbox } from "@/server/mail/outbox";
import { maakAanbieder } from "../fixtures/werkplekken";
import { frisseDatabase } from "../support/testdb";
import { data, leesData, reden } from "../support/gelezen";
import { WERKPLEK_NIET_GEVONDEN as NIET_GEVONDEN } from "@/domain/werkplek-status";

let omgeving: Awaited<ReturnType<typeof frisseDatabase>>;
let beheer: typeof import("@/server/werkplekken/beheer");
let check: typeof import("@/server/werkplekken/inhoudscheck");
let detail: typeof import("@/server/werkplekken/detail");
let toegang: typeof import("@/server/fotos/toegang");
const ids: Record<string, string> = {};
const outbox = path.resolve(`var/test/outbox-werkplekbeheer-${Date.now()}`);

const als = (id: string, rol: string, aanbiederId: string | null) => ({
  id,
  naam: `Naam ${id}`,
  email: `${id}@t.example`,
  rol: rol as never,
  aanbiederId,
});
const mwA = () => als(ids.mwA!, "AANBIEDER_MEDEWERKER", ids.a!);
const mwA2 = () => als(ids.mwA2!, "AANBIEDER_MEDEWERKER", ids.a!);
const mwB = () => als(ids.mwB!, "AANBIEDER_MEDEWERKER", ids.b!);
const centrum = () => als(ids.centrum!, "CENTRUM", null);
const ALLES = ["gecontracteerd", "adres", "taken", "begeleiding"];

function formulier(over: Partial<WerkplekFormulier> = {}): WerkplekFormulier {
  return {
    titel: "Medewerker fietsenwerkplaats",
    brancheSlug: "techniek",
    omschrijving: "Een werkplaats waar we tweedehands fietsen opknappen voor de buurt.",
    taken: "- Banden plakken\n- Remmen afstellen",
    begeleiding: "Een werkmeester is de hele dag in de werkplaats.",
    straat: "Vosselmanstraat",
    huisnummer: "10",
    postcode: "7311 AB",
    plaats: "Apeldoorn",
    treden: ["biedtTrede3"],
    dagenEnTijden: "Maandag tot en met vrijdag, 9 tot 16 uur",
    urenPerWeekMin: "8",
    urenPerWeekMax: "24",
    plaatsenBeschikbaar: "2",
    toegankelijkheid: "Gelijkvloers, bus 1 stopt voor de deur.",
    mogelijkheden: ["vakvaardigheden", "begeleiding-op-de-werkplek"],
    fotos: [],
    ...over,
  };
}
/** The form as the browser posts it (FormData as an object): repeated fields as lists, photos as `foto` + `alt-<id>`. */
function alsFormulierdata(f: WerkplekFormulier) {
  const { fotos, ...rest } = f;
  return { ...rest, foto: fotos.map((x) => x.fotoId), ...Object.fromEntries(fotos.map((x) => [`alt-${x.fotoId}`, x.altTekst])) };
}
const bewaar = (
  g: ReturnType<typeof als> | null,
  o: { id?: string | null; versie?: number | null; f?: WerkplekFormulier; indienen?: boolean; foto?: File | null; alt?: string },
) =>
  beheer.bewaarWerkplek(g, {
    ...alsFormulierdata(o.f ?? formulier()),
    ...(o.id ? { id: o.id } : {}),
    ...(o.versie != null ? { versie: String(o.versie) } : {}),
    indienen: o.indienen ? "ja" : "nee",
    ...(o.foto ? { nieuweFoto: o.foto } : {}),
    nieuweFotoAlt: o.alt ?? "",
  });
const keurGoed = (g: ReturnType<typeof als> | null, id: string, versie: number, checklist: string[]) =>
  check.keurWerkplekGoed(g, { id, versie: String(versie), checklist });
const wijsAf = (g: ReturnType<typeof als> | null, id: string, versie: number, reden: string) =>
  check.wijsWerkplekAf(g, { id, versie: String(versie), reden });
const archiveer = (g: ReturnType<typeof als> | null, id: string, versie: number) =>
  beheer.archiveerWerkplek(g, { id, versie: String(versie) });
const audits = (activiteit: string) =>
  omgeving.db.auditRegel.findMany({ where: { activiteit }, orderBy: [{ tijdstip: "asc" }, { id: "asc" }] });

async function versieVan(id: string) {
  return (await omgeving.db.werkplek.findUniqueOrThrow({ where: { id } })).versie;
}

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = outbox;
  omgeving = await frisseDatabase();
  beheer = await import("@/server/werkplekken/beheer");
  check = await import("@/server/werkplekken/inhoudscheck");
  detail = await import("@/server/werkplekken/detail");
  toegang = await import("@/server/fotos/toegang");
  const { db } = omgeving;
  ids.a = (await maakAanbieder(db, "Aanbieder A")).id;
  ids.b = (await maakAanbieder(db, "Aanbieder B")).id;
  for (const [sleutel, rol, org] of [
    ["mwA", "AANBIEDER_MEDEWERKER", ids.a],
    ["mwA2", "AANBIEDER_BEHEERDER", ids.a],
    ["mwB", "AANBIEDER_MEDEWERKER", ids.b],
    ["centrum", "CENTRUM", null],
  ] as const) {
    ids[sleutel] = (
      await db.gebruiker.create({
        data: { email: `${sleutel}@t.example`, naam: `Naam ${sleutel}`, rol, aanbiederId: org, wachtwoordHash: "x" },
      })
    ).id;
  }
});
afterAll(async () => {
  await omgeving.opruimen();
  fs.rmSync(outbox, { recursive: true, force: true });
});

describe("an aanbieder creates a werkplek and the content check publishes it", () => {
  it("saves a concept that is not public, submits it, and publishes it on approval", async () => {
    const r = await bewaar(mwA(), {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    ids.nieuw = r.id;
    const w = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id }, include: { mogelijkheden: true } });
    expect(w).toMatchObject({
      status: "CONCEPT",
      aanbiederId: ids.a,
      postcode: "7311AB",
      biedtTrede3: true,
      biedtTrede4: false,
      urenPerWeekMin: 8,
    });
    expect(w.mogelijkheden).toHaveLength(2);
    // The postcode gave the coordinates (7311 lies in the centre of Apeldoorn).
    expect(w.latitude).toBeGreaterThan(52.1);
    expect(w.latitude).toBeLessThan(52.3);
    expect(w.zoektekst).toContain("fietsenwerkplaats");
    expect(await leesData(detail.gepubliceerdeWerkplek(null, { slug: w.slug }))).toBeNull();
    expect(await data(check.inhoudscheckWachtrij(centrum()))).toHaveLength(0);

    const ingediend = await bewaar(mwA(), { id: r.id, versie: w.versie, indienen: true });
    expect(ingediend).toMatchObject({ ok: true, code: "ingediend" });
    const rij = await data(check.inhoudscheckWachtrij(centrum()));
    expect(rij.map((i) => [i.titel, i.soort])).toEqual([["Medewerker fietsenwerkplaats", "nieuw"]]);

    const zonderChecklist = await keurGoed(centrum(), r.id, await versieVan(r.id), ["taken"]);
    expect(zonderChecklist.ok).toBe(false);
    expect(await leesData(detail.gepubliceerdeWerkplek(null, { slug: w.slug }))).toBeNull();

    const goed = await keurGoed(centrum(), r.id, await versieVan(r.id), ALLES);
    expect(goed.ok).toBe(true);
    expect((await leesData(detail.gepubliceerdeWerkplek(null, { slug: w.slug })))?.titel).toBe("Medewerker fietsenwerkplaats");
    expect(await data(check.inhoudscheckWachtrij(centrum()))).toHaveLength(0);
  });

  it("keeps the published version public while a revision waits, and swaps it in on approval", async () => {
    const id = ids.nieuw!;
    const slug = (await omgeving.db.werkplek.findUniqueOrThrow({ where: { id } })).slug;
    const r = await bewaar(mwA(), {
      id,
      versie: await versieVan(id),
      f: formulier({ titel: "Fietsenmaker in opleiding", plaatsenBeschikbaar: "3" }),
      indienen: true,
    });
    expect(r).toMatchObject({ ok: true, code: "wijziging-ingediend" });
    expect((await leesData(detail.gepubliceerdeWerkplek(null, { slug })))?.titel).toBe("Medewerker fietsenwerkplaats");
    const item = await data(check.inhoudscheckItem(centrum(), { id }));
    expect(item?.soort).toBe("wijziging");
    expect(item?.gewijzigd).toEqual(["titel", "plaatsenBeschikbaar"]);
    expect(item?.live?.titel).toBe("Medewerker fietsenwerkplaats");
    // The aanbieder edits the revision, not the live row.
    expect((await data(beheer.werkplekVoorBewerken(mwA(), { id }))).formulier.titel).toBe("Fietsenmaker in opleiding");

    expect((await keurGoed(centrum(), id, item!.versie, ALLES)).ok).toBe(true);
    const live = await leesData(detail.gepubliceerdeWerkplek(null, { slug }));
    expect(live?.titel).toBe("Fietsenmaker in opleiding");
    expect(live?.plaatsenBeschikbaar).toBe(3);
    expect(await omgeving.db.werkplekRevisie.count({ where: { werkplekId: id } })).toBe(0);
  });

  it("rejects with a reason: the aanbieder sees it and gets an e-mail; a rejected revision leaves the live version alone", async () => {
    const id = ids.nieuw!;
    const slug = (await omgeving.db.werkplek.findUniqueOrThrow({ where: { id } })).slug;
    await bewaar(mwA(), { id, versie: await versieVan(id), f: formulier({ titel: "Fietsenmaker zonder begeleiding" }), indienen: true });
    const kort = await wijsAf(centrum(), id, await versieVan(id), "nee");
    expect(kort).toMatchObject({ ok: false, fieldErrors: { reden: expect.stringMatching(/minstens 10 tekens/) } });
    const af = await wijsAf(
      centrum(),
      id,
      await versieVan(id),
      "De begeleiding past niet bij trede 3: beschrijf wie er in de werkplaats is.",
    );
    expect(af.ok).toBe(true);
    expect((await leesData(detail.gepubliceerdeWerkplek(null, { slug })))?.titel).toBe("Fietsenmaker in opleiding");
    const bewerken = await data(beheer.werkplekVoorBewerken(mwA(), { id }));
    expect(bewerken?.revisie?.status).toBe("AFGEWEZEN");
    expect(bewerken?.afwijzingsreden).toMatch(/begeleiding past niet/);
    const mails = await leesOutbox(outbox);
    const afwijzing = mails.find((m) => m.onderwerp === "Werkplek afgewezen: Fietsenmaker zonder begeleiding");
    expect(afwijzing?.tekst).toContain("De begeleiding past niet bij trede 3");
    expect(
      mails
        .filter((m) => m.onderwerp.startsWith("Werkplek afgewezen"))
        .map((m) => m.aan)
        .sort(),
    ).toEqual(["mwA2@t.example", "mwA@t.example"]);
  });
});

describe("optimistic concurrency", () => {
  it("gives the second of two saves from the same version a conflict with the other's change, and keeps its input", async () => {
    const r = await bewaar(mwA(), { f: formulier({ titel: "Kassamedewerker" }) });
    if (!r.ok) throw new Error("create failed");
    const versie = await versieVan(r.id);
    expect((await bewaar(mwA(), { id: r.id, versie, f: formulier({ titel: "Kassamedewerker", plaatsenBeschikbaar: "5" }) })).ok).toBe(true);
    const tweede = await bewaar(mwA2(), { id: r.id, versie, f: formulier({ titel: "Kassamedewerker winkel" }) });
    expect(tweede.ok).toBe(false);
    if (tweede.ok) return;
    expect(tweede.conflict?.door).toBe("Naam mwA");
    expect(tweede.conflict?.velden).toEqual([
      { label: "Titel", waarde: "Kassamedewerker" },
      { label: "Plaatsen beschikbaar", waarde: "5" },
    ]);
    expect(tweede.formulier!.titel).toBe("Kassamedewerker winkel");
    expect(tweede.versie).toBe(versie + 1);
    const w = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id } });
    expect([w.titel, w.plaatsenBeschikbaar]).toEqual(["Kassamedewerker", 5]);
    // Saving again from the version the conflict showed succeeds: a deliberate overwrite.
    expect((await bewaar(mwA2(), { id: r.id, versie: tweede.versie, f: tweede.formulier! })).ok).toBe(true);
    expect((await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id } })).titel).toBe("Kassamedewerker winkel");
  });
});

describe("authorisation: aanbieder B cannot touch aanbieder A's werkplek by id", () => {
  it("cannot read, edit, submit or archive it, and nothing changes", async () => {
    const r = await bewaar(mwA(), { f: formulier({ titel: "Alleen van A" }) });
    if (!r.ok) throw new Error("create failed");
    const voor = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id } });
    expect(await reden(beheer.werkplekVoorBewerken(mwB(), { id: r.id }))).toBe("niet-gevonden");
    expect(await reden(beheer.werkplekVoorBewerken(centrum(), { id: r.id }))).toBe("geen-toegang");
    const bewerkt = await bewaar(mwB(), { id: r.id, versie: voor.versie, f: formulier({ titel: "Overgenomen door B" }) });
    expect(bewerkt).toMatchObject({ ok: false, formError: NIET_GEVONDEN });
    expect((await bewaar(mwB(), { id: r.id, versie: voor.versie, indienen: true })).ok).toBe(false);
    expect(await archiveer(mwB(), r.id, voor.versie)).toEqual({
      ok: false,
      reden: "niet-gevonden",
      fieldErrors: {},
      formError: NIET_GEVONDEN,
    });
    const na = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id } });
    expect(na).toEqual(voor);
  });

  it("gives anonymous callers and staff without the permission nothing", async () => {
    const r = await bewaar(mwA(), { f: formulier({ titel: "Nog een van A" }) });
    if (!r.ok) throw new Error("create failed");
    expect(await reden(beheer.werkplekVoorBewerken(null, { id: r.id }))).toBe("niet-ingelogd");
    expect((await bewaar(null, {})).ok).toBe(false);
    expect((await bewaar(centrum(), {})).ok).toBe(false);
    expect((await archiveer(null, r.id, 1)).ok).toBe(false);
    expect(await reden(check.inhoudscheckWachtrij(mwA()))).toBe("geen-toegang");
    expect(await reden(check.inhoudscheckWachtrij(null))).toBe("niet-ingelogd");
    expect(await reden(check.inhoudscheckItem(mwA(), { id: r.id }))).toBe("geen-toegang");
    expect(await reden(check.inhoudscheckItem(centrum(), { id: "bestaat-niet" }))).toMatch(/niet-gevonden|ongeldig/);
    expect((await keurGoed(mwA(), r.id, 1, ALLES)).ok).toBe(false);
    expect((await wijsAf(null, r.id, 1, "Een lange genoeg reden")).ok).toBe(false);
  });

  it("archives the own werkplek: gone from the catalogue, no longer editable", async () => {
    const r = await bewaar(mwA(), { f: formulier({ titel: "Tijdelijke werkplek" }), indienen: true });
    if (!r.ok) throw new Error("create failed");
    await keurGoed(centrum(), r.id, await versieVan(r.id), ALLES);
    const slug = (await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id } })).slug;
    expect(await leesData(detail.gepubliceerdeWerkplek(null, { slug }))).not.toBeNull();
    expect((await archiveer(mwA(), r.id, await versieVan(r.id))).ok).toBe(true);
    expect(await leesData(detail.gepubliceerdeWerkplek(null, { slug }))).toBeNull();
    expect((await bewaar(mwA(), { id: r.id, versie: await versieVan(r.id) })).ok).toBe(false);
  });
});

describe("validation and photos", () => {
  it("explains every wrong field in Dutch and keeps the input", async () => {
    const r = await bewaar(mwA(), {
      f: formulier({ titel: "", postcode: "7311", treden: [], urenPerWeekMin: "30", urenPerWeekMax: "10", brancheSlug: "bestaat-niet" }),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors).toMatchObject({
      titel: "Vul een titel in.",
      postcode: expect.stringMatching(/hele postcode/),
      treden: expect.stringMatching(/minstens één trede/),
      urenPerWeekMax: expect.stringMatching(/lager dan het minimum/),
    });
    expect(r.formulier!.postcode).toBe("7311");
    const onbekend = await bewaar(mwA(), { f: formulier({ brancheSlug: "bestaat-niet", postcode: "1000 AB" }) });
    expect(onbekend.ok ? {} : onbekend.fieldErrors).toMatchObject({
      brancheSlug: "Kies een branche uit de lijst.",
      postcode: expect.stringMatching(/niet vinden/),
    });
  });

  it("resizes a photo, strips its metadata, keeps it when another field is wrong, and shows it publicly only once published", async () => {
    const groot = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#3a7" } })
      .withExif({ IFD0: { Copyright: "Geheime Fotograaf", ImageDescription: "GPS en zo" } })
      .jpeg()
      .toBuffer();
    expect((await sharp(groot).metadata()).exif).toBeDefined();
    const foto = new File([new Uint8Array(groot)], "vakantie.jpg", { type: "image/jpeg" });
    const r = await bewaar(mwA(), { f: formulier({ titel: "" }), foto, alt: "Twee mensen repareren een fiets" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.formulier!.fotos).toHaveLength(1);
    const fotoId = r.formulier!.fotos[0]!.fotoId;
    const rij = await omgeving.db.foto.findUniqueOrThrow({ where: { id: fotoId } });
    expect([rij.breedte, rij.hoogte]).toEqual([1600, 1067]);
    // The processed bytes are in the database, under the photo's name (docs/decisions/0039).
    const inhoud = await omgeving.db.fotoInhoud.findUniqueOrThrow({ where: { sleutel: rij.bestand } });
    expect([inhoud.mime, inhoud.grootte]).toEqual(["image/jpeg", inhoud.inhoud.byteLength]);
    const meta = await sharp(inhoud.inhoud).metadata();
    expect([meta.format, meta.width, meta.exif, meta.icc]).toEqual(["jpeg", 1600, undefined, undefined]);
    expect(Buffer.from(inhoud.inhoud).includes("Geheime Fotograaf")).toBe(false);

    const opgeslagen = await bewaar(mwA(), { f: { ...r.formulier!, titel: "Fietsen met foto" }, indienen: true });
    if (!opgeslagen.ok) throw new Error(JSON.stringify(opgeslagen.fieldErrors));
    expect(await reden(toegang.fotoZichtbaar(null, { bestand: rij.bestand }))).toBe("niet-gevonden");
    expect(await reden(toegang.fotoZichtbaar(mwB(), { bestand: rij.bestand }))).toBe("niet-gevonden");
    expect(await data(toegang.fotoZichtbaar(mwA(), { bestand: rij.bestand }))).toEqual({ bestand: rij.bestand, publiek: false });
    expect(await data(toegang.fotoZichtbaar(centrum(), { bestand: rij.bestand }))).toEqual({ bestand: rij.bestand, publiek: false });
    await keurGoed(centrum(), opgeslagen.id, await versieVan(opgeslagen.id), ALLES);
    expect(await data(toegang.fotoZichtbaar(null, { bestand: rij.bestand }))).toEqual({ bestand: rij.bestand, publiek: true });
    const slug = (await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: opgeslagen.id } })).slug;
    expect((await leesData(detail.gepubliceerdeWerkplek(null, { slug })))?.fotos).toEqual([
      { altTekst: "Twee mensen repareren een fiets", foto: { bestand: rij.bestand, breedte: 1600, hoogte: 1067 } },
    ]);
  });

  it("refuses a file that is not a photo whatever its name, one over 5 MB, and a photo without a description", async () => {
    const nep = new File([new TextEncoder().encode("<?php echo 'hallo'; ?>")], "foto.jpg", { type: "image/jpeg" });
    const r1 = await bewaar(mwA(), { foto: nep, alt: "Een foto van de werkplaats" });
    expect(r1.ok ? null : r1.fieldErrors.nieuweFoto).toMatch(/geen foto die we kunnen gebruiken/);
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    const teGroot = new File([new Uint8Array(png), new Uint8Array(5 * 1024 * 1024)], "groot.png", { type: "image/png" });
    const r2 = await bewaar(mwA(), { foto: teGroot, alt: "Een foto van de werkplaats" });
    expect(r2.ok ? null : r2.fieldErrors.nieuweFoto).toMatch(/Een foto mag maximaal 5 MB zijn/);
    const r3 = await bewaar(mwA(), { foto: new File([new Uint8Array(png)], "klein.png"), alt: "" });
    expect(r3.ok ? null : r3.fieldErrors.nieuweFotoAlt).toMatch(/Beschrijf/);
    expect(
      await omgeving.db.werkplek.count({
        where: {
          titel: "Medewerker fietsenwerkplaats",
          aanbiederId: ids.a,
          status: "CONCEPT",
          createdAt: { gt: new Date(Date.now() - 2000) },
        },
      }),
    ).toBe(0);
  });
});

describe("the pipeline: who published what, when (issue 8)", () => {
  it("logs every save, submission, approval, rejection and archiving with the werkplek's slug, and keeps the last approver", async () => {
    const r = await bewaar(mwA(), { f: formulier({ titel: "Logboek werkplek" }) });
    if (!r.ok) throw new Error("create failed");
    const slug = (await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id } })).slug;
    await bewaar(mwA(), { id: r.id, versie: await versieVan(r.id), indienen: true, f: formulier({ titel: "Logboek werkplek" }) });
    await wijsAf(centrum(), r.id, await versieVan(r.id), "Beschrijf de begeleiding wat preciezer, graag.");
    await bewaar(mwA(), { id: r.id, versie: await versieVan(r.id), indienen: true, f: formulier({ titel: "Logboek werkplek" }) });
    const nu = new Date("2026-12-01T13:05:00Z");
    expect(
      (await check.keurWerkplekGoed(centrum(), { id: r.id, versie: String(await versieVan(r.id)), checklist: ALLES }, { nu })).ok,
    ).toBe(true);
    await bewaar(mwA(), { id: r.id, versie: await versieVan(r.id), indienen: true, f: formulier({ titel: "Logboek werkplek twee" }) });
    await wijsAf(centrum(), r.id, await versieVan(r.id), "De nieuwe titel past niet bij de taken.");
    await archiveer(mwA(), r.id, await versieVan(r.id));

    const regels = (
      await omgeving.db.auditRegel.findMany({
        where: { toelichting: { startsWith: `${slug}:` } },
        orderBy: [{ tijdstip: "asc" }, { id: "asc" }],
      })
    ).map((a) => [a.activiteit, a.gebruikerId, a.uitkomst, a.toelichting]);
    expect(regels).toEqual([
      ["werkplek-bewaren", ids.mwA, "gelukt", `${slug}: concept opgeslagen`],
      ["werkplek-bewaren", ids.mwA, "gelukt", `${slug}: ingediend voor de inhoudscheck`],
      ["inhoudscheck-afwijzen", ids.centrum, "gelukt", `${slug}: afgewezen`],
      ["werkplek-bewaren", ids.mwA, "gelukt", `${slug}: ingediend voor de inhoudscheck`],
      ["inhoudscheck-goedkeuren", ids.centrum, "gelukt", `${slug}: gepubliceerd`],
      ["werkplek-bewaren", ids.mwA, "gelukt", `${slug}: wijziging ingediend voor de inhoudscheck`],
      ["inhoudscheck-afwijzen", ids.centrum, "gelukt", `${slug}: wijziging afgewezen`],
      ["werkplek-archiveren", ids.mwA, "gelukt", `${slug}: gearchiveerd`],
    ]);
    // The reason is free text and stays out of the log.
    expect(JSON.stringify(regels)).not.toContain("begeleiding wat preciezer");

    const w = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: r.id } });
    expect([w.gepubliceerdOp?.toISOString(), w.gepubliceerdDoorId]).toEqual(["2026-12-01T13:05:00.000Z", ids.centrum]);
  });

  it("shows who last approved on the aanbieder's page and on the content-check item", async () => {
    const r = await bewaar(mwA(), { f: formulier({ titel: "Goedgekeurd door wie" }), indienen: true });
    if (!r.ok) throw new Error("create failed");
    expect((await data(beheer.werkplekVoorBewerken(mwA(), { id: r.id }))).gepubliceerd).toBeNull();
    expect((await data(check.inhoudscheckItem(centrum(), { id: r.id }))).gepubliceerd).toBeNull();
    const nu = new Date("2026-11-30T09:30:00Z");
    await check.keurWerkplekGoed(centrum(), { id: r.id, versie: String(await versieVan(r.id)), checklist: ALLES }, { nu });
    expect((await data(beheer.werkplekVoorBewerken(mwA(), { id: r.id }))).gepubliceerd).toEqual({ op: nu, door: "Naam centrum" });
    await bewaar(mwA(), {
      id: r.id,
      versie: await versieVan(r.id),
      indienen: true,
      f: formulier({ titel: "Goedgekeurd door wie, nu anders" }),
    });
    expect((await data(check.inhoudscheckItem(centrum(), { id: r.id }))).gepubliceerd).toEqual({ op: nu, door: "Naam centrum" });
  });

  it("logs a refused attempt on another organisation's werkplek as geweigerd", async () => {
    const r = await bewaar(mwA(), { f: formulier({ titel: "Niet van B" }) });
    if (!r.ok) throw new Error("create failed");
    await archiveer(mwB(), r.id, await versieVan(r.id));
    const laatste = (await audits("werkplek-archiveren")).at(-1);
    expect([laatste?.gebruikerId, laatste?.uitkomst]).toEqual([ids.mwB, "geweigerd"]);
  });
});

describe("crafted requests are parsed, never trusted", () => {
  it("takes a single checkbox as a one-item list and a repeated one as a list", async () => {
    const een = await beheer.bewaarWerkplek(mwA(), {
      ...alsFormulierdata(formulier()),
      treden: "biedtTrede4",
      mogelijkheden: "vakvaardigheden",
    });
    if (!een.ok) throw new Error(JSON.stringify(een.fieldErrors));
    const w = await omgeving.db.werkplek.findUniqueOrThrow({ where: { id: een.id }, include: { mogelijkheden: true } });
    expect([w.biedtTrede3, w.biedtTrede4, w.mogelijkheden.length]).toEqual([false, true, 1]);

    await omgeving.db.werkplek.update({ where: { id: een.id }, data: { status: "INGEDIEND" } });
    const v = String(await versieVan(een.id));
    const enkel = await check.keurWerkplekGoed(centrum(), { id: een.id, versie: v, checklist: "taken" });
    expect(enkel).toMatchObject({
      ok: false,
      fieldErrors: { checklist: expect.stringMatching(/^Nog niet afgevinkt: de aanbieder heeft/) },
    });
    expect((await check.keurWerkplekGoed(centrum(), { id: een.id, versie: v, checklist: [...ALLES, "onzin"] })).ok).toBe(false);
    expect((await check.keurWerkplekGoed(centrum(), { id: een.id, versie: v, checklist: ALLES })).ok).toBe(true);
  });

  it("refuses objects, numbers and lists where text belongs, with Dutch field messages", async () => {
    const r = await beheer.bewaarWerkplek(mwA(), { ...alsFormulierdata(formulier()), titel: ["a", "b"], id: { $ne: null } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["id", "titel"]);
    expect(r.fieldErrors.titel).toMatch(/^[A-Z].*[a-z]/);
    const reden = await check.wijsWerkplekAf(centrum(), { id: "x", versie: "1" });
    expect(reden).toMatchObject({ ok: false, fieldErrors: { reden: "Schrijf de reden voor de aanbieder, in minstens 10 tekens." } });
    expect(await check.wijsWerkplekAf(centrum(), { id: "x", versie: "1", reden: "x".repeat(2001) })).toMatchObject({
      fieldErrors: { reden: expect.stringMatching(/2000 tekens/) },
    });
  });

  it("previews only the organisation's own photos: a foto id of another aanbieder yields nothing", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#a37" } })
      .png()
      .toBuffer();
    const vanB = await bewaar(mwB(), {
      f: formulier({ titel: "" }),
      foto: new File([new Uint8Array(png)], "b.png"),
      alt: "De werkplaats van aanbieder B",
    });
    if (vanB.ok) throw new Error("expected a field error");
    const fotoVanB = vanB.formulier!.fotos[0]!.fotoId;
    expect(Object.keys(vanB.fotoBestanden!)).toEqual([fotoVanB]);

    const poging = await bewaar(mwA(), { f: formulier({ titel: "", fotos: [{ fotoId: fotoVanB, altTekst: "Gestolen foto van B" }] }) });
    expect(poging.ok).toBe(false);
    if (poging.ok) return;
    expect(poging.fotoBestanden).toEqual({});
    const opslaan = await bewaar(mwA(), { f: formulier({ fotos: [{ fotoId: fotoVanB, altTekst: "Gestolen foto van B" }] }) });
    expect(opslaan.ok ? null : opslaan.fieldErrors.fotos).toMatch(/bestaat niet meer/);
  });
});
