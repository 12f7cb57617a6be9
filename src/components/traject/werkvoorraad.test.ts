import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WerkvoorraadOverzicht } from "./werkvoorraad";

// Issue 21 item 32: every region of "Wat op jou wacht" is named by a heading that exists. The
// e2e (tests/e2e/dashboard.spec.ts) checks the same by role and name in a browser.

describe("the dashboard's groups", () => {
  it("each aria-labelledby is one id, and that id is on the group's heading", () => {
    const leeg = {
      meldingen: [],
      gesprekkenTeBevestigen: [],
      uitkomstVastleggen: [],
      eindverantwoordingen: [],
      herindicaties: [],
      teLaat: [],
    };
    const html = renderToStaticMarkup(createElement(WerkvoorraadOverzicht, { w: { alle: false, ...leeg } as never }));
    const verwijzingen = [...html.matchAll(/aria-labelledby="([^"]*)"/g)].map((m) => m[1]!);
    expect(verwijzingen).toHaveLength(7);
    for (const id of verwijzingen) {
      expect(id).toMatch(/^[a-z_][a-z0-9_-]*$/);
      expect(html.match(new RegExp(`<h[23] id="${id}"`, "g")), id).toHaveLength(1);
    }
    expect(verwijzingen).toContain("wv-nieuwe-meldingen");
  });
});
