// Demo inwoners for the back office. Fictional people; the BSNs are in the range 99999xxxx that
// the Dutch government reserves for testing, and pass the elfproef.

export type DemoInwoner = {
  bsn: string; voornamen: string; tussenvoegsel?: string; achternaam: string; geboortedatum: string;
  straat: string; huisnummer: string; postcode: string; plaats: string; telefoon?: string; email?: string;
  uitkering: "PARTICIPATIEWET" | "UWV" | "ANDERS" | "GEEN";
  /** [date, trede, perspectief] oldest first */
  ladder: [string, number, number | null][];
};

export const demoInwoners: DemoInwoner[] = [
  {
    bsn: "999990007", voornamen: "Fatima", achternaam: "El Amrani", geboortedatum: "1988-06-14", straat: "Loolaan", huisnummer: "21",
    postcode: "7314AB", plaats: "Apeldoorn", telefoon: "06 11223344", uitkering: "PARTICIPATIEWET",
    ladder: [["2024-02-01", 2, 4], ["2024-09-01", 3, 4]],
  },
  {
    bsn: "999990019", voornamen: "Pieter", tussenvoegsel: "van", achternaam: "Dijk", geboortedatum: "1971-11-02", straat: "Deventerstraat",
    huisnummer: "104", postcode: "7321CD", plaats: "Apeldoorn", email: "pieter.vandijk@example.org", uitkering: "UWV",
    ladder: [["2025-03-10", 2, 3]],
  },
  {
    bsn: "999990020", voornamen: "Noah", achternaam: "Bakker", geboortedatum: "2001-04-23", straat: "Kanaalstraat", huisnummer: "7",
    postcode: "7311LB", plaats: "Apeldoorn", telefoon: "06 55667788", uitkering: "PARTICIPATIEWET",
    ladder: [["2025-06-01", 1, 3], ["2025-12-01", 2, 3]],
  },
  {
    bsn: "999990032", voornamen: "Ria", achternaam: "Hendriks", geboortedatum: "1960-08-30", straat: "Hoofdstraat", huisnummer: "55",
    postcode: "7311KB", plaats: "Apeldoorn", uitkering: "GEEN",
    ladder: [["2025-01-15", 3, 3]],
  },
];
