import { describe, expect, it } from "vitest";
import { interesseSchema, valideerInteresse, veldfouten, zelfdeAanvraag } from "./interesse";

const geldig = { naam: "Sanne de Vries", email: "sanne@example.nl", telefoon: "", postcode: "7311 ab", bericht: "", toestemming: "ja" };

describe("interesseSchema (R-WP-5)", () => {
  it("accepts a complete request with e-mail only or phone only", () => {
    expect(interesseSchema.safeParse(geldig).success).toBe(true);
    expect(interesseSchema.safeParse({ ...geldig, email: "", telefoon: "06 12345678" }).success).toBe(true);
    expect(interesseSchema.safeParse({ ...geldig, email: "", telefoon: "+31 55 123 4567" }).success).toBe(true);
  });

  it("needs a way to reach the inwoner, and says so together with other errors", () => {
    const r = valideerInteresse({ ...geldig, email: "", telefoon: "" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten.email).toMatch(/e-mailadres of je telefoonnummer/);
    const meer = valideerInteresse({ ...geldig, email: "", telefoon: "", postcode: "", toestemming: "" });
    expect(meer.ok).toBe(false);
    if (!meer.ok) expect(Object.keys(meer.fouten).sort()).toEqual(["email", "postcode", "toestemming"]);
    expect(valideerInteresse(geldig).ok).toBe(true);
  });

  it("explains every wrong field in Dutch", () => {
    const r = interesseSchema.safeParse({
      naam: " ",
      email: "geen-mail",
      telefoon: "123",
      postcode: "12",
      bericht: "x".repeat(1001),
      toestemming: "",
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      const f = veldfouten(r.error);
      expect(f.naam).toBe("Vul je naam in.");
      expect(f.email).toMatch(/geldig e-mailadres/);
      expect(f.telefoon).toMatch(/geldig telefoonnummer/);
      expect(f.postcode).toMatch(/geen geldige postcode/);
      expect(f.bericht).toMatch(/1000 tekens/);
      expect(f.toestemming).toMatch(/toestemming/i);
    }
  });
});

describe("zelfdeAanvraag (defect 10)", () => {
  const a = { naam: "Sanne de Vries", email: "sanne@example.nl", telefoon: null, postcode: "7311 AB", bericht: "Graag!" };
  it("sees the same person's request through case, accents and spacing", () => {
    expect(zelfdeAanvraag(a, { ...a, naam: "  sanne DE  vries", email: "Sanne@Example.nl ", postcode: "7311ab" })).toBe(true);
    expect(zelfdeAanvraag({ ...a, telefoon: "06 12345678" }, { ...a, telefoon: "06-1234 5678" })).toBe(true);
  });
  it("tells another person, contact or message apart", () => {
    expect(zelfdeAanvraag(a, { ...a, naam: "Sanne de Vries-Jansen" })).toBe(false);
    expect(zelfdeAanvraag(a, { ...a, email: "ander@example.nl" })).toBe(false);
    expect(zelfdeAanvraag(a, { ...a, postcode: "7312 AB" })).toBe(false);
    expect(zelfdeAanvraag(a, { ...a, bericht: "Graag, en ik heb een vraag." })).toBe(false);
  });
});
