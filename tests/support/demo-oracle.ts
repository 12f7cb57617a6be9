import { demoAanbieders } from "../../prisma/data/demo-aanbieders";
import { demoWerkplekken } from "../../prisma/data/demo-werkplekken";
import { kmTussen, pc4Tabel } from "./pc4";

// The expected outcome of a catalogue search, computed from the demo data and the PC4 file
// without any of the app's code: the e2e tests compare the page against this.
const pc4 = pc4Tabel();

export const gepubliceerd = demoWerkplekken.filter((w) => w.status === "GEPUBLICEERD");
export const nietGepubliceerd = demoWerkplekken.filter((w) => w.status !== "GEPUBLICEERD");

export function verwachteZoekresultaten(opties: { branche: string; postcode: string; afstand: number }) {
  const centrum = pc4.get(opties.postcode.slice(0, 4));
  if (!centrum) throw new Error(`PC4 ${opties.postcode} ontbreekt`);
  return gepubliceerd
    .filter((w) => w.branche === opties.branche)
    .map((w) => ({ ...w, km: kmTussen(centrum, pc4.get(w.postcode.slice(0, 4))!) }))
    .filter((w) => w.km <= opties.afstand)
    .sort((a, b) => a.km - b.km || (a.titel < b.titel ? -1 : a.titel > b.titel ? 1 : 0));
}

export function aanbiederNaam(slug: string): string {
  return demoAanbieders.find((a) => a.slug === slug)!.naam;
}

/** "Meer werkplekken in de buurt": the three nearest others with the same werkplek op trede (or, without one, the same ontwikkeling), within 25 km. */
export function verwachteBuren(slug: string) {
  const w = gepubliceerd.find((x) => x.slug === slug)!;
  const hier = pc4.get(w.postcode.slice(0, 4))!;
  const zelfde = (x: (typeof gepubliceerd)[number]) =>
    w.treden.length
      ? x.treden.some((t) => w.treden.includes(t))
      : (x.ontwikkelingNaar ?? []).some((t) => (w.ontwikkelingNaar ?? []).includes(t));
  return gepubliceerd
    .filter((x) => x.slug !== slug && zelfde(x))
    .map((x) => ({ ...x, km: kmTussen(hier, pc4.get(x.postcode.slice(0, 4))!) }))
    .filter((x) => x.km <= 25)
    .sort((a, b) => a.km - b.km || (a.titel < b.titel ? -1 : a.titel > b.titel ? 1 : 0))
    .slice(0, 3);
}
