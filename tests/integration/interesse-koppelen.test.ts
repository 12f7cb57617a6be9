import { beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder, maakWerkplek } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import * as wachtrij from "@/server/interesse/wachtrij";

// Issue 10: in the interest queue, staff find the inwoner by name or birth date (not by pasting a
// link), choose from what was found, and link; each inwoner found is a logged read.

const ids: Record<string, string> = {};
const centrum = { id: "centrum-1", naam: "Chris", email: "c@t.example", rol: "CENTRUM" as const, aanbiederId: null };

beforeAll(async () => {
  const db = testDb;
  await db.gebruiker.create({ data: { id: centrum.id, email: centrum.email, naam: centrum.naam, rol: "CENTRUM" } });
  const werkplek = await maakWerkplek(db, { aanbiederId: (await maakAanbieder(db)).id, status: "GEPUBLICEERD" });
  const basis = { straat: "Hoofdstraat", huisnummer: "1", postcode: "7311AB", plaats: "Apeldoorn", uitkering: "PARTICIPATIEWET" as const };
  ids.sanne = (
    await db.inwoner.create({
      data: {
        ...basis,
        bsn: "111222333",
        voornamen: "Sanne",
        achternaam: "de Vries",
        geboortedatum: new Date("1990-03-15T00:00:00Z"),
        zoeknaam: "sanne de vries",
      },
    })
  ).id;
  ids.piet = (
    await db.inwoner.create({
      data: {
        ...basis,
        bsn: "123456782",
        voornamen: "Piet",
        achternaam: "de Vries",
        geboortedatum: new Date("1985-07-01T00:00:00Z"),
        zoeknaam: "piet de vries",
      },
    })
  ).id;
  ids.interesse = (
    await db.interesse.create({
      data: {
        referentie: "AWM-KOPPEL01",
        werkplekId: werkplek.id,
        naam: "Sanne",
        postcode: "7311",
        bericht: "",
        toestemmingOp: new Date(),
      },
    })
  ).id;
});

describe("linking an interest request to an inwoner", () => {
  it("lists the inwoners found by name, to choose from, and logs each one found", async () => {
    const r = await wachtrij.koppelInteresse(centrum, { id: ids.interesse, zoek: "de vries" });
    expect(r).toMatchObject({ ok: false, fieldErrors: { zoek: "Kies de inwoner hieronder." } });
    expect((r as { kandidaten?: { id: string; label: string }[] }).kandidaten).toEqual([
      { id: ids.piet, label: "Piet de Vries, geboren 1 juli 1985, Apeldoorn" },
      { id: ids.sanne, label: "Sanne de Vries, geboren 15 maart 1990, Apeldoorn" },
    ]);
    const gelezen = await testDb.auditRegel.findMany({ where: { activiteit: "inwoner-zoeken", gebruikerId: centrum.id } });
    expect(gelezen.map((a) => a.betrokkene).sort()).toEqual([ids.piet, ids.sanne].sort());
    expect(await testDb.interesse.findUniqueOrThrow({ where: { id: ids.interesse } })).toMatchObject({ inwonerId: null });
  });

  it("finds by birth date, says so when nobody matches, and asks for a search when both are empty", async () => {
    const r = await wachtrij.koppelInteresse(centrum, { id: ids.interesse, zoek: "15-03-1990" });
    expect((r as { kandidaten?: unknown[] }).kandidaten).toHaveLength(1);
    expect(await wachtrij.koppelInteresse(centrum, { id: ids.interesse, zoek: "Jansen" })).toMatchObject({
      ok: false,
      fieldErrors: { zoek: expect.stringMatching(/^Geen inwoner gevonden bij "Jansen"/) },
    });
    expect(await wachtrij.koppelInteresse(centrum, { id: ids.interesse })).toMatchObject({
      ok: false,
      fieldErrors: { zoek: "Vul de naam of de geboortedatum van de inwoner in." },
    });
  });

  it("links the inwoner chosen", async () => {
    expect(await wachtrij.koppelInteresse(centrum, { id: ids.interesse, inwoner: ids.sanne })).toEqual({
      ok: true,
      melding: "De aanvraag is gekoppeld aan de inwoner.",
    });
    expect(await testDb.interesse.findUniqueOrThrow({ where: { id: ids.interesse } })).toMatchObject({ inwonerId: ids.sanne });
  });
});
