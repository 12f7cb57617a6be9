import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { beginStaat } from "@/domain/formulier-state";
import { Veld } from "./veld";
import { KeuzeLijst, Keuzerondjes, TekstVak, TekstVeld } from "./velden";

// The primitives replace the render-prop Veld: they must render the same HTML, so labels, ids and
// the aria wiring the e2e tests and axe rely on do not change.

const metFout = {
  ...beginStaat({ achternaam: "Jansen", toelichting: "tekst", rol: "B" }),
  fieldErrors: { achternaam: "Vul de achternaam in." },
};

describe("form primitives", () => {
  it("a text field renders what Veld with its own input rendered, with the value and the error", () => {
    const nu = renderToStaticMarkup(
      h(TekstVeld, {
        staat: metFout,
        naam: "achternaam",
        label: "Achternaam",
        uitleg: "Zoals in het paspoort.",
        klasse: "max-w-60",
        autoComplete: "family-name",
      }),
    );
    const vroeger = renderToStaticMarkup(
      h(Veld, {
        id: "achternaam",
        label: "Achternaam",
        uitleg: "Zoals in het paspoort.",
        fout: "Vul de achternaam in.",
        children: (a) =>
          h("input", {
            id: "achternaam",
            name: "achternaam",
            defaultValue: "Jansen",
            className: "veld max-w-60",
            autoComplete: "family-name",
            ...a,
          }),
      }),
    );
    expect(nu).toBe(vroeger);
    expect(nu).toContain('aria-invalid="true"');
    expect(nu).toContain('aria-describedby="achternaam-fout achternaam-uitleg"');
    expect(nu).toContain('value="Jansen"');
  });

  it("an id other than the name (a form shown twice on a page) keeps the name and the state's key", () => {
    const html = renderToStaticMarkup(
      h(TekstVak, { staat: metFout, naam: "toelichting", id: "x-toelichting", label: "Toelichting", rows: 3 }),
    );
    expect(html).toContain('<label for="x-toelichting"');
    expect(html).toContain('<textarea id="x-toelichting" name="toelichting" class="veld" rows="3">tekst</textarea>');
  });

  it("a password is never refilled, even when the state would have it", () => {
    const staat = beginStaat({ wachtwoord: "geheim-geheim" });
    const html = renderToStaticMarkup(h(TekstVeld, { staat, naam: "wachtwoord", label: "Wachtwoord", type: "password" }));
    expect(html).not.toContain("geheim-geheim");
  });

  it("a select takes the value from the state, else the fallback", () => {
    const opties = [h("option", { key: "A", value: "A" }, "A"), h("option", { key: "B", value: "B" }, "B")];
    expect(renderToStaticMarkup(h(KeuzeLijst, { staat: metFout, naam: "rol", label: "Rol", standaard: "A", children: opties }))).toContain(
      '<option value="B" selected="">',
    );
    expect(
      renderToStaticMarkup(h(KeuzeLijst, { staat: beginStaat(), naam: "rol", label: "Rol", standaard: "A", children: opties })),
    ).toContain('<option value="A" selected="">');
  });

  it("a radio group: legend, the chosen value checked, the error wired to every choice, the first choice carries the id", () => {
    const staat = { ...beginStaat({ vervolgNodig: "nee" }), fieldErrors: { vervolgNodig: "Kies ja of nee." } };
    const opties = [
      { waarde: "ja", label: "Ja" },
      { waarde: "nee", label: "Nee" },
    ];
    const html = renderToStaticMarkup(h(Keuzerondjes, { staat, naam: "vervolgNodig", legend: "Is er een vervolg nodig?", opties }));
    expect(html).toContain("<legend");
    const [ja, nee] = html.match(/<input[^>]*>/g) ?? [];
    expect(ja).toMatch(/id="vervolgNodig"/);
    expect(ja).not.toMatch(/checked/);
    expect(nee).toMatch(/id="vervolgNodig-nee"/);
    expect(nee).toMatch(/checked=""/);
    for (const keuze of [ja, nee]) {
      expect(keuze).toMatch(/name="vervolgNodig"/);
      expect(keuze).toMatch(/aria-describedby="vervolgNodig-fout"/);
      expect(keuze).toMatch(/aria-invalid="true"/);
    }
    expect(html).toContain("Kies ja of nee.");
  });
});
