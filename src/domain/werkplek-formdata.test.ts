import { describe, expect, it } from "vitest";
import { leesWerkplekFormulier, werkplekBewaarSchema } from "./werkplek-formdata";

// The werkplek form as it arrives: FormData turned into an object (repeated names as lists).

describe("werkplekBewaarSchema", () => {
  it("reads an empty form as a new werkplek with empty fields", () => {
    const r = werkplekBewaarSchema.parse({});
    expect(r).toMatchObject({ id: null, versie: null, indienen: false, nieuweFoto: null, nieuweFotoAlt: "" });
    expect(r.formulier.titel).toBe("");
    expect(r.formulier.treden).toEqual([]);
  });

  it("takes a single checkbox as a list of one and repeated ones as a list", () => {
    expect(werkplekBewaarSchema.parse({ treden: "biedtTrede3" }).formulier.treden).toEqual(["biedtTrede3"]);
    expect(werkplekBewaarSchema.parse({ mogelijkheden: ["a", "b"] }).formulier.mogelijkheden).toEqual(["a", "b"]);
  });

  it("collects the photos in order with their descriptions, leaving out removed and repeated ones", () => {
    const r = werkplekBewaarSchema.parse({ foto: ["f1", "f2", "f1"], "alt-f1": "Eerste foto", "alt-f2": "Tweede", "verwijder-f2": "ja" });
    expect(r.formulier.fotos).toEqual([{ fotoId: "f1", altTekst: "Eerste foto" }]);
  });

  it("reads the version and id; a tampered version becomes null (which the save treats as a conflict)", () => {
    expect(werkplekBewaarSchema.parse({ id: "abc", versie: "7", indienen: "ja" })).toMatchObject({ id: "abc", versie: 7, indienen: true });
    expect(werkplekBewaarSchema.parse({ versie: "7; drop" }).versie).toBeNull();
    expect(werkplekBewaarSchema.safeParse({ id: "../etc" }).success).toBe(false);
  });

  it("keeps a chosen file and ignores the empty file a browser sends when none was chosen", () => {
    const foto = new File([new Uint8Array([1, 2, 3])], "a.jpg");
    expect(werkplekBewaarSchema.parse({ nieuweFoto: foto }).nieuweFoto).toBe(foto);
    expect(werkplekBewaarSchema.parse({ nieuweFoto: new File([], "") }).nieuweFoto).toBeNull();
    expect(werkplekBewaarSchema.safeParse({ nieuweFoto: [foto, foto] }).success).toBe(false);
  });

  it("refuses a list or object where one text belongs", () => {
    const r = werkplekBewaarSchema.safeParse({ titel: ["a", "b"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["titel"]);
  });
});

describe("leesWerkplekFormulier (the browser's check before sending)", () => {
  it("reads FormData the same way as the server", () => {
    const d = new FormData();
    d.append("titel", "Fietsenmaker");
    d.append("treden", "biedtTrede3");
    d.append("treden", "biedtTrede4");
    d.append("foto", "f1");
    d.append("alt-f1", "Een werkbank");
    expect(leesWerkplekFormulier(d)).toMatchObject({
      titel: "Fietsenmaker",
      treden: ["biedtTrede3", "biedtTrede4"],
      fotos: [{ fotoId: "f1", altTekst: "Een werkbank" }],
    });
  });
});
