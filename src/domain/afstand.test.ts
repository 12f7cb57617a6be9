import { describe, expect, it } from "vitest";
import { afstandKm, formatAfstand, omhullendeRechthoek } from "./afstand";

const apeldoornCentrum = { latitude: 52.2112, longitude: 5.9699 };
const deventer = { latitude: 52.2551, longitude: 6.1639 };

describe("afstandKm", () => {
  it("is zero for the same point", () => {
    expect(afstandKm(apeldoornCentrum, apeldoornCentrum)).toBe(0);
  });
  it("matches the known Apeldoorn–Deventer distance (about 14 km)", () => {
    expect(afstandKm(apeldoornCentrum, deventer)).toBeGreaterThan(13.5);
    expect(afstandKm(apeldoornCentrum, deventer)).toBeLessThan(14.5);
  });
  it("is symmetric", () => {
    expect(afstandKm(apeldoornCentrum, deventer)).toBeCloseTo(afstandKm(deventer, apeldoornCentrum), 10);
  });
  it("gives one degree of latitude as about 111 km", () => {
    expect(afstandKm({ latitude: 52, longitude: 6 }, { latitude: 53, longitude: 6 })).toBeCloseTo(111.2, 0);
  });
});

describe("omhullendeRechthoek", () => {
  it("contains every point at exactly the radius in the four directions", () => {
    const box = omhullendeRechthoek(apeldoornCentrum, 10);
    const noord = { latitude: box.maxLatitude, longitude: apeldoornCentrum.longitude };
    const oost = { latitude: apeldoornCentrum.latitude, longitude: box.maxLongitude };
    expect(afstandKm(apeldoornCentrum, noord)).toBeCloseTo(10, 3);
    // along a parallel the great circle is slightly shorter than the box edge: never excluded
    expect(afstandKm(apeldoornCentrum, oost)).toBeGreaterThanOrEqual(9.99);
    expect(afstandKm(apeldoornCentrum, oost)).toBeLessThanOrEqual(10.0001);
  });
});

describe("formatAfstand", () => {
  it.each([
    [2.345, "2,3 km"],
    [0, "minder dan 0,1 km"],
    [0.06, "0,1 km"],
    [12, "12,0 km"],
    [24.96, "25,0 km"],
  ])("%d km reads %s", (km, tekst) => {
    expect(formatAfstand(km)).toBe(tekst);
  });
});
