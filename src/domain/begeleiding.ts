// R-PRD-6: where the begeleiding takes place follows from the trede of the werkplek, and what an
// ontwikkeltraject aims at follows from its target trede. Plain words for inwoners.

export function begeleidingsvormen(w: { biedtTrede3: boolean; biedtTrede4: boolean }): { trede: 3 | 4; tekst: string; kort: string }[] {
  return [
    ...(w.biedtTrede3
      ? [
          {
            trede: 3 as const,
            kort: "dichtbij, op de werkplek",
            tekst: "Op trede 3 is je begeleider op de werkplek en dichtbij. Je werkt met lage werkdruk en krijgt veel sturing.",
          },
        ]
      : []),
    ...(w.biedtTrede4
      ? [
          {
            trede: 4 as const,
            kort: "op afstand, bereikbaar als het nodig is",
            tekst: "Op trede 4 werk je zelfstandig. Je begeleider is op afstand en kun je bellen als het nodig is.",
          },
        ]
      : []),
  ];
}

export const ontwikkelingUitleg: Record<3 | 4 | 5, string> = {
  3: "Naar trede 3: je went aan een vast ritme en leert de eerste vaardigheden die je als werknemer nodig hebt.",
  4: "Naar trede 4: je leert zelfstandig werken, met eigen taken, en je maakt een begin met vakvaardigheden.",
  5: "Naar trede 5: je leert het vak en bereidt je voor op betaald werk, en je krijgt hulp bij het vinden ervan.",
};

export function ontwikkelingDoelen(w: {
  ontwikkelingNaar3: boolean;
  ontwikkelingNaar4: boolean;
  ontwikkelingNaar5: boolean;
}): (3 | 4 | 5)[] {
  return ([3, 4, 5] as const).filter((n) => w[`ontwikkelingNaar${n}`]);
}
