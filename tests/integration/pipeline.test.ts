import { beforeAll, describe, expect, it } from "vitest";
import { LEGE_STAAT } from "@/domain/formulier-state";
import * as branches from "@/server/beheer/branches";
import * as formActie from "@/server/pipeline/formulier";
import { als } from "../support/als";
import { testDb } from "../support/database";

// The pipeline every server action goes through (issue 8): whatever a crafted request sends is a
// Dutch refusal, never an exception (which Next.js answers with HTTP 500), and never reaches
// Prisma unparsed. Tried on a real use case (renaming a branche) and the form adapter.

const beheerder = als("BEHEERDER");
let horecaId: string;

beforeAll(async () => {
  await als("BEHEERDER", { db: testDb });
  horecaId = (await testDb.branche.findUniqueOrThrow({ where: { slug: "horeca" } })).id;
});

const stand = () => testDb.branche.findMany({ orderBy: { id: "asc" } });

describe("crafted arguments (defect 4)", () => {
  it.each([null, 123, "tekst", ["a"], undefined, true])("refuses %j as the whole input, in Dutch", async (invoer) => {
    const voor = await stand();
    const r = await branches.wijzigBranche(beheerder, invoer);
    expect(r).toEqual({
      ok: false,
      reden: "ongeldig",
      fieldErrors: {},
      formError: "Dit verzoek kon niet worden gelezen. Vernieuw de pagina en probeer het opnieuw.",
    });
    expect(await stand()).toEqual(voor);
  });

  it.each([{ contains: "" }, 123, null, ["a"], "../../etc", ""])("refuses %j as the bound id at that field", async (id) => {
    const voor = await stand();
    const r = await branches.wijzigBranche(beheerder, { id, naam: "Horeca en catering", omschrijving: "Koken, bedienen en schoonmaken." });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.id).toMatch(/^(Deze branche bestaat niet \(meer\)\.|Ongeldige invoer.*)$/);
    expect(await stand()).toEqual(voor);
  });

  it("refuses objects where text is expected, with a Dutch message at the field", async () => {
    const r = await branches.voegBrancheToe(beheerder, { naam: { contains: "" }, omschrijving: ["a", "b"] });
    expect(r).toMatchObject({ ok: false, formError: null });
    if (!r.ok) {
      expect(r.fieldErrors.naam).toMatch(/^Ongeldige invoer/);
      expect(r.fieldErrors.omschrijving).toMatch(/^Ongeldige invoer/);
    }
  });

  it("a well-formed id that is not there is a refusal, logged as such", async () => {
    const r = await branches.wijzigBranche(beheerder, { id: "bestaat-niet", naam: "Iets", omschrijving: "Iets anders." });
    expect(r).toEqual({ ok: false, reden: "niet-gevonden", fieldErrors: {}, formError: "Deze branche bestaat niet (meer)." });
    const log = await testDb.auditRegel.findFirst({ where: { activiteit: "branche-wijzigen" }, orderBy: { tijdstip: "desc" } });
    expect(log).toMatchObject({ gebruikerId: beheerder.id, uitkomst: "geweigerd" });
  });

  it("the same use case still works with honest input (so the refusals above are not vacuous)", async () => {
    const r = await branches.wijzigBranche(beheerder, {
      id: horecaId,
      naam: "Horeca en catering",
      omschrijving: "Koken, bedienen en schoonmaken.",
    });
    expect(r).toMatchObject({ ok: true, melding: "De branche Horeca en catering is gewijzigd." });
  });
});

describe("the form adapter", () => {
  it("turns FormData into fields, lists for repeated names, without Next's own $ACTION fields", () => {
    const d = new FormData();
    d.append("naam", "Bouw");
    d.append("keuze", "a");
    d.append("keuze", "b");
    d.append("$ACTION_ID_abc", "");
    expect(formActie.vanFormData(d)).toEqual({ naam: "Bouw", keuze: ["a", "b"] });
  });

  it.each([null, 123, "naam=Bouw", { naam: "Bouw" }, ["a"]])(
    "answers a payload that is not FormData (%j) with a Dutch refusal",
    async (payload) => {
      const actie = formActie.formActie(branches.voegBrancheToe);
      const s = await actie(LEGE_STAAT as never, payload as unknown as FormData);
      expect(s).toEqual({
        ok: false,
        fieldErrors: {},
        formError: "Dit verzoek kon niet worden gelezen. Vernieuw de pagina en probeer het opnieuw.",
        melding: null,
        values: {},
      });
    },
  );

  it("answers an unexpected failure in Dutch and keeps the input", async () => {
    const actie = formActie.gebondenFormActie(branches.wijzigBranche, "id");
    const d = new FormData();
    d.append("naam", "Iets");
    d.append("omschrijving", "Iets anders.");
    // Outside a request, reading the session throws: the adapter must turn that into its message.
    const s = await actie({ contains: "" } as unknown as string, LEGE_STAAT as never, d);
    expect(s).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Er ging aan onze kant iets mis. Je invoer staat er nog; probeer het over een paar minuten opnieuw.",
      melding: null,
      values: { naam: "Iets", omschrijving: "Iets anders." },
    });
  });
});
