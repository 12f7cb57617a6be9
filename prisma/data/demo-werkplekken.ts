// Demo data: werkplekken of the fictional aanbieders in demo-aanbieders.ts.
// Streets and postcodes are in real places around Apeldoorn; the organisations are invented.
import type { DemoWerkplek } from "./demo-types";

export const demoWerkplekken: DemoWerkplek[] = [
  // ── Kringloopwinkel De Schakel ─────────────────────────────────────────────
  {
    slug: "verkoopmedewerker-kringloopwinkel-apeldoorn",
    aanbieder: "kringloop-de-schakel",
    branche: "detailhandel",
    titel: "Verkoopmedewerker kringloopwinkel",
    omschrijving:
      "Onze winkel in Apeldoorn is groot: meubels, kleding, boeken, servies en speelgoed. Elke dag komen er veel klanten, van studenten tot verzamelaars. Je werkt in een gezellig team van vaste krachten, vrijwilligers en deelnemers.",
    taken:
      "- Spullen netjes in de schappen en rekken zetten\n- Klanten de weg wijzen in de winkel\n- Prijskaartjes plakken op nieuwe spullen\n- Verkochte meubels klaarzetten voor ophalen\n- Aan het eind van de dag de winkel opruimen",
    begeleiding:
      "Werk je op trede 3, dan is de teamleider van de winkel de hele dag op de vloer en loop je de eerste weken mee met een vaste collega. Werk je op trede 4, dan regel je je eigen taken en kun je de jobcoach van De Schakel bellen als er iets is.",
    straat: "Ecofactorij",
    huisnummer: "12",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "werknemersvaardigheden",
      "vaste-werkbuddy",
      "rolstoeltoegankelijk",
      "lunch",
    ],
    dagenEnTijden:
      "Dinsdag tot en met zaterdag, tussen 9.30 en 17.00 uur. Je werkt in ochtend- of middagdiensten van vier uur.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "De winkel is gelijkvloers en goed te doen met een rolstoel. Bushalte Ecofactorij ligt op vijf minuten lopen en er is gratis parkeren voor de deur.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "sorteerder-textiel-kringloop-apeldoorn",
    aanbieder: "kringloop-de-schakel",
    branche: "recycling",
    titel: "Sorteerder textiel",
    omschrijving:
      "In de sorteerhal komen elke dag zakken met kleding, schoenen en lakens binnen. Wat nog goed is gaat naar de winkel, de rest gaat naar de textielrecycling. Het is rustig en overzichtelijk werk aan een eigen sorteertafel.",
    taken:
      "- Zakken met kleding openmaken en uitpakken\n- Kleding sorteren op soort: broeken, truien, jassen\n- Kijken of iets heel en schoon is\n- Goede kleding op hangers doen\n- Kapotte stukken in de juiste bak gooien",
    begeleiding:
      "De begeleider van de sorteerhal werkt zelf mee en staat altijd in de buurt. Je krijgt elke dag dezelfde taak en een vaste plek, zodat je weet wat je kunt verwachten.",
    straat: "Ecofactorij",
    huisnummer: "12",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "flexibele-uren", "werknemersvaardigheden"],
    dagenEnTijden:
      "Maandag tot en met vrijdag, tussen 8.30 en 12.30 uur. Je begint met twee ochtenden per week.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 5,
    toegankelijkheid:
      "De sorteerhal is gelijkvloers, maar de gangpaden zijn smal en niet geschikt voor een rolstoel. Je kunt pauzeren in een stille kantine achter de hal.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-elektrotestbank-apeldoorn",
    aanbieder: "kringloop-de-schakel",
    branche: "techniek",
    titel: "Medewerker testbank elektrische apparaten",
    omschrijving:
      "Lampen, waterkokers, stofzuigers en radio's: alles wat een stekker heeft, wordt bij ons getest voordat het de winkel in gaat. In de werkplaats werk je met twee vaste technici. Je leert hoe je veilig met elektriciteit werkt.",
    taken:
      "- Apparaten schoonmaken en controleren op schade\n- Apparaten testen met het testapparaat\n- Kleine reparaties doen, zoals een nieuwe stekker zetten\n- Een keuringssticker plakken en de uitslag invullen\n- Afgekeurde apparaten naar de recyclingbak brengen",
    begeleiding:
      "Je werkt zelfstandig aan je eigen testbank. De technici zijn in dezelfde werkplaats aan het werk en je jobcoach is oproepbaar voor vragen over je traject.",
    straat: "Ecofactorij",
    huisnummer: "12",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "certificaat", "doorstroom-betaald-werk"],
    dagenEnTijden: "Maandag tot en met donderdag, van 8.30 tot 16.00 uur.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 28,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De werkplaats is op de begane grond en je werkt staand of op een hoge kruk. Er is gratis parkeren en de bushalte ligt op vijf minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "bijrijder-ophaaldienst-kringloop-apeldoorn",
    aanbieder: "kringloop-de-schakel",
    branche: "logistiek",
    titel: "Bijrijder ophaaldienst",
    omschrijving:
      "Met de bus van De Schakel haal je spullen op bij mensen thuis en breng je gekochte meubels weg. Je bent veel onderweg in Apeldoorn en de dorpen eromheen. Het is fysiek werk: je tilt samen met de chauffeur kasten, banken en dozen.",
    taken:
      "- Samen met de chauffeur meubels tillen en in de bus zetten\n- Spullen goed vastzetten met spanbanden\n- Klanten vriendelijk begroeten aan de deur\n- De bus uitladen bij het sorteercentrum\n- Meehelpen met de ritlijst van de volgende dag",
    begeleiding:
      "Op trede 3 rijd je altijd mee met dezelfde chauffeur, die je stap voor stap uitlegt wat je doet. Op trede 4 werk je als volwaardige bijrijder en bel je de planner of je jobcoach als er iets niet goed gaat.",
    straat: "Ecofactorij",
    huisnummer: "12",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "werknemersvaardigheden",
      "vaste-werkbuddy",
    ],
    dagenEnTijden: "Dinsdag, woensdag en vrijdag, van 8.00 tot 14.00 uur.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 18,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Dit werk vraagt dat je goed kunt tillen en lopen; het is niet geschikt voor een rolstoel. Je kunt je fiets of auto kwijt op het terrein.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "kassamedewerker-kringloopwinkel-twello",
    aanbieder: "kringloop-de-schakel",
    branche: "detailhandel",
    titel: "Kassamedewerker kringloopwinkel",
    omschrijving:
      "Onze winkel in Twello is klein en gezellig. Veel klanten komen uit het dorp en kennen elkaar. Aan de kassa ben je het gezicht van de winkel: je rekent af, pakt in en maakt een praatje.",
    taken:
      "- Afrekenen met pin en contant geld\n- Breekbare spullen inpakken in krantenpapier\n- De kassa tellen aan het eind van je dienst\n- Vragen van klanten beantwoorden of doorverwijzen\n- Tussendoor de toonbank en het etalageraam bijvullen",
    begeleiding:
      "Je werkt zelfstandig aan de kassa met een collega in de winkel. De jobcoach van De Schakel komt eens per twee weken langs en is verder telefonisch bereikbaar.",
    straat: "Duistervoordseweg",
    huisnummer: "12",
    postcode: "7391 CE",
    plaats: "Twello",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "taal-en-rekenen", "doorstroom-betaald-werk", "rolstoeltoegankelijk"],
    dagenEnTijden:
      "Woensdag tot en met zaterdag, tussen 10.00 en 17.00 uur. Je werkt minimaal twee dagdelen.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De winkel heeft een brede ingang zonder drempel en de kassa is op zithoogte, dus je kunt hier ook vanuit een rolstoel werken. Station Twello ligt op tien minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-inname-kringloop-twello",
    aanbieder: "kringloop-de-schakel",
    branche: "recycling",
    titel: "Medewerker inname",
    omschrijving:
      "Bij de inname aan de achterkant van de winkel in Twello brengen mensen hun spullen. Jij neemt ze aan, kijkt wat bruikbaar is en zet alles klaar voor de winkel. Het is een plek waar je snel resultaat van je werk ziet.",
    taken:
      "- Spullen aannemen van mensen die iets komen brengen\n- Dozen uitpakken en de inhoud bekijken\n- Servies en glaswerk afwassen\n- Spullen op de juiste kar zetten voor de winkel\n- Afval scheiden in de containers",
    begeleiding:
      "De winkelcoördinator werkt de hele dag in het magazijn achter de inname en helpt je als je twijfelt. Je werkt altijd samen met een collega.",
    straat: "Duistervoordseweg",
    huisnummer: "12",
    postcode: "7391 CE",
    plaats: "Twello",
    treden: [3],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "lunch", "vervoer"],
    dagenEnTijden: "Woensdag, donderdag en zaterdag, van 9.30 tot 13.30 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 12,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het innamepunt is buiten onder een afdak, met een drempel naar het magazijn. Woon je in een buitengebied, dan regelen we samen vervoer met de deelauto van de winkel.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "meubelopknapper-kringloop-apeldoorn",
    aanbieder: "kringloop-de-schakel",
    branche: "creatief",
    titel: "Meubelopknapper",
    omschrijving:
      "In de meubelwerkplaats geven we oude kasten, stoelen en tafels een nieuw leven. We schuren, schilderen en repareren, en soms maken we er iets heel anders van. Het team bestaat uit een meubelmaker en drie tot vijf deelnemers.",
    taken:
      "- Meubels schoonmaken en oude verf afschuren\n- Losse poten en lijmnaden repareren\n- Meubels in de grondverf en lak zetten\n- Nieuwe grepen en knoppen monteren\n- Foto's maken van het eindresultaat voor je portfolio",
    begeleiding:
      "De meubelmaker is altijd in de werkplaats. Op trede 3 doet hij elke stap eerst voor; op trede 4 krijg je een eigen meubel om van begin tot eind zelf af te maken en vraag je hulp als je die nodig hebt.",
    straat: "Ecofactorij",
    huisnummer: "12",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vakvaardigheden", "portfolio"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.00 tot 15.30 uur. Je kiest zelf welke dagen.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De werkplaats ligt op de begane grond maar heeft hoge werkbanken; met een rolstoel is het lastig. Er is een afzuiginstallatie, dus stof en verflucht blijven beperkt.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "fotograaf-webwinkel-kringloop-apeldoorn",
    aanbieder: "kringloop-de-schakel",
    branche: "ict",
    titel: "Medewerker webwinkel en fotografie",
    omschrijving:
      "Bijzondere spullen, zoals designlampen en vintage platenspelers, verkopen we via onze webwinkel. In een aparte fotostudio maak je de foto's en schrijf je korte teksten voor de website. Je werkt samen met de webwinkelbeheerder.",
    taken:
      "- Spullen fotograferen in de fotostudio\n- Foto's bijsnijden en lichter maken op de computer\n- Korte productteksten schrijven\n- Prijzen opzoeken van vergelijkbare spullen\n- Verkochte artikelen inpakken voor verzending",
    begeleiding:
      "Je werkt zelfstandig in de fotostudio. De webwinkelbeheerder zit in het kantoor ernaast en je jobcoach belt je elke week even.",
    straat: "Ecofactorij",
    huisnummer: "12",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "portfolio", "prikkelarm"],
    dagenEnTijden: "Maandag, dinsdag en donderdag, tussen 9.00 en 16.00 uur.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De fotostudio is een rustige ruimte met een deur die dicht kan. Hij ligt op de eerste verdieping en is alleen met de trap bereikbaar.",
    status: "CONCEPT",
  },

  // ── Zorgboerderij De Hessenhoeve ───────────────────────────────────────────
  {
    slug: "dierenverzorger-zorgboerderij-beekbergen",
    aanbieder: "zorgboerderij-de-hessenhoeve",
    branche: "dieren",
    titel: "Dierenverzorger geiten en schapen",
    omschrijving:
      "Op De Hessenhoeve lopen ruim veertig geiten en een kleine kudde schapen. Je helpt bij het voeren en het schoonhouden van de stallen. Het werk heeft een vast ritme, elke dag weer, en de dieren rekenen op je.",
    taken:
      "- De dieren 's ochtends hooi en krachtvoer geven\n- Waterbakken schoonmaken en vullen\n- Stallen uitmesten en nieuw stro strooien\n- Helpen bij het verplaatsen van de dieren naar de wei\n- Melden als een dier er ziek uitziet",
    begeleiding:
      "De boer of de zorgmedewerker werkt de hele ochtend met je mee in de stal. Je werkt in een vaste groep van vier mensen.",
    straat: "Spoekweg",
    huisnummer: "21",
    postcode: "7361 TE",
    plaats: "Beekbergen",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "lunch", "vervoer"],
    dagenEnTijden:
      "Maandag tot en met vrijdag, van 8.30 tot 12.30 uur. Wie wil, blijft voor de warme lunch.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "Het erf is onverhard en de stallen hebben drempels; een rolstoel gaat hier niet. De boerderij heeft een eigen taxibusje dat je ophaalt in Apeldoorn-Zuid.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-kippenstal-en-eieren-beekbergen",
    aanbieder: "zorgboerderij-de-hessenhoeve",
    branche: "dieren",
    titel: "Medewerker kippenstal en eieren",
    omschrijving:
      "Onze scharrelkippen leggen elke dag zo'n driehonderd eieren. Die worden geraapt, schoongemaakt, gesorteerd en verkocht in de boerderijwinkel. Je werkt in de kippenstal en in de eierkamer.",
    taken:
      "- Eieren rapen in de legnesten\n- Eieren controleren en schoonmaken\n- Eieren sorteren op grootte en in doosjes doen\n- Doosjes stempelen met de datum\n- De kippenren vegen en het voer bijvullen",
    begeleiding:
      "Op trede 3 werk je samen met je vaste werkbuddy, een ervaren deelnemer. Op trede 4 ben je zelf verantwoordelijk voor de eierkamer en kun je de boer altijd bellen via de portofoon.",
    straat: "Spoekweg",
    huisnummer: "21",
    postcode: "7361 TE",
    plaats: "Beekbergen",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vaste-werkbuddy", "lunch"],
    dagenEnTijden: "Elke ochtend van 8.00 tot 11.00 uur, ook in het weekend. Je werkt volgens een rooster.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 15,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De eierkamer is gelijkvloers en je kunt er zittend werken. De bushalte Beekbergen Dorp ligt op een kwartier lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-paardenstal-beekbergen",
    aanbieder: "zorgboerderij-de-hessenhoeve",
    branche: "dieren",
    titel: "Medewerker paardenstal",
    omschrijving:
      "In de paardenstal staan zes paarden van de boerderij en vier pensionpaarden. Je zorgt ervoor dat de stallen schoon zijn en de paarden op tijd naar buiten gaan. Ervaring met paarden is fijn, maar niet nodig.",
    taken:
      "- Boxen uitmesten en nieuw zaagsel strooien\n- Paarden naar de wei brengen en weer ophalen\n- Paarden borstelen en hoeven uitkrabben\n- Het zadelhok opruimen\n- Hooinetten vullen voor de avond",
    begeleiding:
      "Je werkt zelfstandig in de paardenstal. De staleigenaar is op het erf aanwezig en je kunt haar altijd roepen.",
    straat: "Spoekweg",
    huisnummer: "21",
    postcode: "7361 TE",
    plaats: "Beekbergen",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met zaterdag, in de ochtend of de middag. In overleg.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Het terrein is onverhard en niet geschikt voor een rolstoel. Je kunt je fiets in de schuur zetten.",
    status: "GEARCHIVEERD",
  },
  {
    slug: "tuinder-moestuin-zorgboerderij-beekbergen",
    aanbieder: "zorgboerderij-de-hessenhoeve",
    branche: "groen-en-tuin",
    titel: "Tuinder moestuin",
    omschrijving:
      "Onze moestuin is bijna een hectare groot. We telen groente, kruiden en bloemen voor de boerderijkeuken en de winkel. Je werkt buiten, in alle seizoenen, in een kleine en rustige groep.",
    taken:
      "- Zaaien en planten in de kas en op het veld\n- Onkruid wieden tussen de rijen\n- Groente oogsten en in kratten leggen\n- Water geven in de kas\n- Gereedschap schoonmaken en opbergen",
    begeleiding:
      "De tuinbegeleider werkt altijd met de groep mee en legt elke taak rustig uit. Je krijgt een vast stuk van de tuin waar je voor zorgt.",
    straat: "Spoekweg",
    huisnummer: "21",
    postcode: "7361 TE",
    plaats: "Beekbergen",
    treden: [3],
    ontwikkelingNaar: [3, 4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "lunch", "werknemersvaardigheden"],
    dagenEnTijden: "Maandag, dinsdag, donderdag en vrijdag, van 9.00 tot 15.00 uur, met een pauze voor de lunch.",
    urenPerWeekMin: 5,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 5,
    toegankelijkheid:
      "De paden in de moestuin zijn van gras en zand. Er zijn geen harde geluiden en je kunt je altijd even terugtrekken in het tuinhuisje.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-boerderijwinkel-beekbergen",
    aanbieder: "zorgboerderij-de-hessenhoeve",
    branche: "detailhandel",
    titel: "Medewerker boerderijwinkel",
    omschrijving:
      "In de boerderijwinkel verkopen we eieren, groente, jam en geitenkaas van de boerderij. Er komen veel fietsers en wandelaars langs. Je helpt klanten en zorgt dat de winkel er goed uitziet.",
    taken:
      "- Klanten helpen en afrekenen\n- Groente en eieren uitstallen\n- Prijzen op de krijtborden zetten\n- De voorraad tellen en bijhouden op een lijst\n- De winkel schoonhouden",
    begeleiding:
      "Op trede 3 sta je samen met een zorgmedewerker in de winkel. Op trede 4 draai je zelfstandig een dienst en is de boerin op het erf oproepbaar.",
    straat: "Spoekweg",
    huisnummer: "21",
    postcode: "7361 TE",
    plaats: "Beekbergen",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "taal-en-rekenen",
      "rolstoeltoegankelijk",
      "lunch",
    ],
    dagenEnTijden: "Woensdag tot en met zaterdag, van 10.00 tot 16.00 uur.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De winkel heeft een verhard pad vanaf de parkeerplaats en een brede deur; je kunt er met een rolstoel werken. Er is een aangepast toilet.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-boerderijkeuken-beekbergen",
    aanbieder: "zorgboerderij-de-hessenhoeve",
    branche: "horeca",
    titel: "Medewerker boerderijkeuken",
    omschrijving:
      "Elke dag koken we een warme lunch voor zo'n vijfentwintig mensen, met groente uit eigen tuin. In de keuken is het gezellig en wordt er veel gepraat. Je leert hoe je hygiënisch werkt in een grote keuken.",
    taken:
      "- Groente wassen en snijden\n- Helpen bij het koken van soep en stamppot\n- De tafels dekken in de kantine\n- Afwassen en de keuken schoonmaken\n- De koelkast controleren op houdbaarheid",
    begeleiding:
      "De kok begeleidt je de hele ochtend in de keuken. Hij geeft je elke dag een lijstje met taken en kijkt samen met je terug aan het eind van de dag.",
    straat: "Spoekweg",
    huisnummer: "21",
    postcode: "7361 TE",
    plaats: "Beekbergen",
    treden: [3],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "certificaat", "lunch", "vervoer"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.30 tot 14.00 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 18,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De keuken is gelijkvloers maar krap. De boerderij heeft een taxibusje dat deelnemers ophaalt in Apeldoorn-Zuid en Beekbergen.",
    status: "GEPUBLICEERD",
  },

  // ── Fietsenwerkplaats Trapkracht ───────────────────────────────────────────
  {
    slug: "fietsenmaker-werkplaats-apeldoorn-zuid",
    aanbieder: "fietsenwerkplaats-trapkracht",
    branche: "techniek",
    titel: "Medewerker fietsenwerkplaats",
    omschrijving:
      "In onze werkplaats aan de Arnhemseweg repareren we fietsen van buurtbewoners en knappen we tweedehands fietsen op. Er hangt een fijne sfeer: de radio staat aan en er is altijd koffie. Het team bestaat uit twee fietsenmakers en zes deelnemers.",
    taken:
      "- Banden plakken en binnenbanden vervangen\n- Remmen en verlichting afstellen\n- Kettingen schoonmaken en smeren\n- Opgeknapte fietsen een proefrit geven\n- Klanten vertellen wanneer hun fiets klaar is",
    begeleiding:
      "Op trede 3 werk je naast een fietsenmaker die elke reparatie met je doorloopt. Op trede 4 krijg je eigen reparaties op de planning en vraag je de fietsenmaker om een controle als je klaar bent.",
    straat: "Arnhemseweg",
    huisnummer: "212",
    postcode: "7331 BR",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "vakvaardigheden",
      "certificaat",
      "vaste-werkbuddy",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.00 tot 16.00 uur. Je begint met drie ochtenden per week.",
    urenPerWeekMin: 9,
    urenPerWeekMax: 28,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "De werkplaats heeft een drempel en hoge werkbanken en is niet ingericht voor een rolstoel. Bushalte Arnhemseweg ligt voor de deur.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "assistent-fietsenmaker-apeldoorn-noord",
    aanbieder: "fietsenwerkplaats-trapkracht",
    branche: "techniek",
    titel: "Assistent fietsenmaker",
    omschrijving:
      "Onze tweede werkplaats in Apeldoorn-Noord is kleiner en rustiger. Hier maken we vooral kinderfietsen en oude damesfietsen weer rijklaar. Je werkt aan één fiets tegelijk en neemt de tijd die je nodig hebt.",
    taken:
      "- Fietsen wassen en poetsen\n- Spatborden en bagagedragers vastzetten\n- Bandenspanning controleren en oppompen\n- Onderdelen uitzoeken in de voorraadbakken\n- De werkplaats vegen en het gereedschap ophangen",
    begeleiding:
      "De werkplaatsbegeleider staat aan de werkbank naast je en helpt direct als je vastloopt. Je begint met makkelijke klussen en bouwt dat samen rustig op.",
    straat: "Vlijtseweg",
    huisnummer: "66",
    postcode: "7317 AK",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "prikkelarm"],
    dagenEnTijden: "Dinsdag tot en met donderdag, van 9.30 tot 13.00 uur.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 10,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Er werken hooguit vier mensen tegelijk in de werkplaats, dus het is er rustig. De ingang heeft een kleine opstap; de bus stopt op twee minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "demontage-fietsonderdelen-apeldoorn",
    aanbieder: "fietsenwerkplaats-trapkracht",
    branche: "recycling",
    titel: "Medewerker demontage fietsonderdelen",
    omschrijving:
      "Fietsen die niet meer te redden zijn, halen we helemaal uit elkaar. Bruikbare onderdelen gaan terug de werkplaats in, de rest gaat naar het oud ijzer. Het is overzichtelijk werk dat je in je eigen tempo doet.",
    taken:
      "- Fietsen uit elkaar halen met steeksleutels en inbussleutels\n- Onderdelen sorteren: wielen, zadels, sturen, remmen\n- Bruikbare onderdelen schoonmaken\n- Onderdelen in de juiste bakken leggen\n- Oud ijzer en rubber apart houden",
    begeleiding:
      "Een begeleider werkt in dezelfde ruimte en laat je eerst zien hoe je een fiets veilig demonteert. Je kunt altijd even bij hem terecht.",
    straat: "Vlijtseweg",
    huisnummer: "66",
    postcode: "7317 AK",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 9.00 en 15.00 uur. Je kiest zelf je dagdelen.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Je werkt in een aparte, rustige ruimte achter de werkplaats. De ruimte heeft een opstap en is niet geschikt voor een rolstoel.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "verkoper-tweedehands-fietsen-apeldoorn",
    aanbieder: "fietsenwerkplaats-trapkracht",
    branche: "detailhandel",
    titel: "Verkoper tweedehands fietsen",
    omschrijving:
      "In de showroom naast de werkplaats staan zo'n zestig opgeknapte fietsen te koop. Je helpt klanten een fiets te kiezen die bij ze past. Je leert veel over fietsen, verkopen en klantcontact.",
    taken:
      "- Klanten ontvangen en vragen wat ze zoeken\n- Een passende fiets laten zien en een proefrit regelen\n- Afrekenen en een garantiebewijs invullen\n- De showroom en de etalage bijhouden\n- Nieuwe fietsen op de website zetten",
    begeleiding:
      "Je werkt zelfstandig in de showroom. De bedrijfsleider werkt in het kantoor achterin en is altijd bereikbaar; je jobcoach spreekt je om de twee weken.",
    straat: "Arnhemseweg",
    huisnummer: "212",
    postcode: "7331 BR",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "doorstroom-betaald-werk", "vakvaardigheden", "taal-en-rekenen"],
    dagenEnTijden: "Dinsdag tot en met zaterdag, van 10.00 tot 17.00 uur. Minimaal twee dagen.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De showroom is gelijkvloers en ruim opgezet. Bushalte Arnhemseweg ligt voor de deur en er zijn drie parkeerplaatsen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "beheerder-fietsenstalling-apeldoorn-centrum",
    aanbieder: "fietsenwerkplaats-trapkracht",
    branche: "schoonmaak",
    titel: "Beheerder fietsenstalling",
    omschrijving:
      "Trapkracht beheert de bewaakte fietsenstalling bij het station. Elke dag zetten hier honderden reizigers hun fiets neer. Jij zorgt dat de stalling schoon, veilig en overzichtelijk blijft.",
    taken:
      "- Reizigers begroeten en de weg wijzen in de stalling\n- Fietsen die verkeerd staan netjes terugzetten\n- De stalling vegen en afval opruimen\n- Kleine reparaties doen, zoals een band oppompen\n- Weesfietsen labelen volgens de vaste werkwijze",
    begeleiding:
      "Je werkt zelfstandig met een collega van Trapkracht. De coördinator komt elke dag langs en is de rest van de tijd telefonisch bereikbaar.",
    straat: "Stationsplein",
    huisnummer: "2",
    postcode: "7311 NZ",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "werknemersvaardigheden", "rolstoeltoegankelijk"],
    dagenEnTijden: "Maandag tot en met zaterdag, in diensten van 6.30 tot 12.30 uur of van 12.30 tot 18.30 uur.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De stalling heeft een lange hellingbaan en een lift, en is goed bereikbaar met een rolstoel. Het station en alle stadsbussen zijn op één minuut lopen.",
    status: "INGEDIEND",
  },

  // ── Lunchroom Het Vervolg ──────────────────────────────────────────────────
  {
    slug: "hulpkok-lunchroom-apeldoorn-centrum",
    aanbieder: "lunchroom-het-vervolg",
    branche: "horeca",
    titel: "Hulpkok lunchroom",
    omschrijving:
      "In de open keuken van Het Vervolg maken we elke dag verse soep, broodjes en salades. Tussen 12.00 en 13.30 uur is het druk, daarvoor en daarna is er tijd om rustig voor te bereiden. Je werkt met een chef-kok en twee andere deelnemers.",
    taken:
      "- Groente snijden en sauzen maken\n- Broodjes beleggen volgens de kaart\n- Soep van de dag mee bereiden\n- Bestellingen op het bord afwerken\n- Temperaturen van de koelingen noteren",
    begeleiding:
      "Op trede 3 werk je altijd naast de chef-kok. Op trede 4 verzorg je zelfstandig een deel van de kaart, zoals de salades, en overleg je met de chef als het druk wordt.",
    straat: "Hoofdstraat",
    huisnummer: "154",
    postcode: "7311 BD",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "certificaat",
      "vakvaardigheden",
      "lunch",
    ],
    dagenEnTijden: "Maandag tot en met zaterdag, van 9.00 tot 15.00 uur. Je werkt drie of vier dagen.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De keuken is klein en druk rond lunchtijd; een rolstoel past er niet tussen de werkbanken. Alle stadsbussen stoppen op vijf minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "gastvrouw-gastheer-lunchroom-apeldoorn-centrum",
    aanbieder: "lunchroom-het-vervolg",
    branche: "horeca",
    titel: "Gastvrouw of gastheer bediening",
    omschrijving:
      "Als gastvrouw of gastheer ben je het eerste wat onze gasten zien. Je neemt bestellingen op, serveert en zorgt dat iedereen zich welkom voelt. Veel vaste klanten komen juist voor de persoonlijke aandacht.",
    taken:
      "- Gasten ontvangen en naar een tafel brengen\n- Bestellingen opnemen op de tablet\n- Koffie en thee zetten aan de bar\n- Serveren en tafels afruimen\n- Afrekenen aan de kassa",
    begeleiding:
      "Je werkt zelfstandig in de bediening, samen met een betaalde collega. De bedrijfsleider is in de zaak en je jobcoach spreekt je elke maand over je doelen.",
    straat: "Hoofdstraat",
    huisnummer: "154",
    postcode: "7311 BD",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "doorstroom-betaald-werk", "taal-en-rekenen", "lunch"],
    dagenEnTijden: "Dinsdag tot en met zaterdag, van 10.00 tot 16.30 uur.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De lunchroom heeft een drempelvrije ingang en een aangepast toilet, maar het terras is alleen via een trap bereikbaar. Parkeren kan in de parkeergarage om de hoek.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "afwasser-lunchroom-apeldoorn-centrum",
    aanbieder: "lunchroom-het-vervolg",
    branche: "horeca",
    titel: "Afwasser",
    omschrijving:
      "Zonder schone borden en kopjes kan de lunchroom niet draaien. In de spoelkeuken zorg je ervoor dat alles op tijd terug is. Het is een goede plek om te wennen aan werken in een team met vaste tijden.",
    taken:
      "- De vaatwasser inruimen en aanzetten\n- Pannen en bakplaten met de hand afwassen\n- Schoon servies terugzetten in de kasten\n- De vloer van de spoelkeuken dweilen\n- Afval en glas wegbrengen naar de containers",
    begeleiding:
      "De chef-kok werkt in dezelfde keuken en laat je de eerste dagen precies zien hoe alles gaat. Je krijgt een kaart met de vaste volgorde van je taken.",
    straat: "Hoofdstraat",
    huisnummer: "154",
    postcode: "7311 BD",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "lunch", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met zaterdag, van 11.00 tot 14.30 uur. Je begint met twee dagen per week.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 14,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De spoelkeuken ligt achter de keuken en heeft een drempel. De lunchroom ligt midden in het centrum, vlak bij de bushaltes op het Marktplein.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "bezorger-lunchpakketten-apeldoorn",
    aanbieder: "lunchroom-het-vervolg",
    branche: "logistiek",
    titel: "Bezorger lunchpakketten",
    omschrijving:
      "Bedrijven in de binnenstad en op het kantorenpark bestellen bij ons hun lunch. Met de elektrische bakfiets breng je de pakketten rond. Je bent veel buiten en zorgt dat de lunch op tijd en netjes aankomt.",
    taken:
      "- Bestellingen controleren met de pakbon\n- Kratten en koelboxen in de bakfiets laden\n- De route volgen op de telefoon\n- Lunchpakketten afgeven bij de receptie\n- Lege kratten en koelboxen weer ophalen",
    begeleiding:
      "Op trede 3 fiets je de eerste weken mee met een collega-bezorger en werk je met een vaste, korte route. Op trede 4 rijd je zelfstandig en bel je de lunchroom als er iets misgaat onderweg.",
    straat: "Hoofdstraat",
    huisnummer: "154",
    postcode: "7311 BD",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vaste-werkbuddy", "werknemersvaardigheden"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 10.30 tot 14.00 uur.",
    urenPerWeekMin: 7,
    urenPerWeekMax: 17,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Je moet kunnen fietsen; de bakfiets heeft trapondersteuning. Je start en eindigt bij de lunchroom in het centrum.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "schoonmaker-lunchroom-apeldoorn-centrum",
    aanbieder: "lunchroom-het-vervolg",
    branche: "schoonmaak",
    titel: "Schoonmaker lunchroom",
    omschrijving:
      "Voordat de eerste gasten komen, maak je de lunchroom helemaal schoon. Je werkt vroeg in de ochtend, als het nog stil is in de zaak. Je ziet meteen het resultaat van wat je doet.",
    taken:
      "- Tafels en stoelen afnemen\n- De vloer stofzuigen en dweilen\n- De toiletten schoonmaken en bijvullen\n- De ramen aan de binnenkant lappen\n- Schoonmaakmiddelen bijhouden op de lijst",
    begeleiding:
      "De bedrijfsleider opent samen met jou de zaak en werkt in de keuken terwijl jij schoonmaakt. Je werkt met een vaste checklist.",
    straat: "Hoofdstraat",
    huisnummer: "154",
    postcode: "7311 BD",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met zaterdag, van 7.00 tot 9.30 uur.",
    urenPerWeekMin: 5,
    urenPerWeekMax: 15,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "In de ochtend zijn er geen gasten en is het rustig in de zaak. De eerste bussen zijn om 7.00 uur in het centrum.",
    status: "AFGEWEZEN",
  },

  // ── Tuincentrum De Groene Vaart ────────────────────────────────────────────
  {
    slug: "medewerker-kwekerij-tuincentrum-vaassen",
    aanbieder: "tuincentrum-de-groene-vaart",
    branche: "groen-en-tuin",
    titel: "Medewerker kwekerij",
    omschrijving:
      "Achter het tuincentrum ligt onze eigen kwekerij met kassen vol vaste planten en kruiden. Je helpt met stekken, oppotten en verzorgen. Het team is klein en iedereen helpt elkaar.",
    taken:
      "- Stekjes knippen en in potjes zetten\n- Planten verpotten naar een grotere pot\n- Water geven en uitgebloeide bloemen weghalen\n- Planten op karren zetten voor de winkel\n- Lege potten en trays schoonmaken",
    begeleiding:
      "Op trede 3 werk je samen met de kweker, die je alles voordoet. Op trede 4 krijg je een eigen kas om te verzorgen en kun je de kweker via de portofoon oproepen.",
    straat: "Apeldoornseweg",
    huisnummer: "86",
    postcode: "8171 LK",
    plaats: "Vaassen",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vakvaardigheden", "lunch", "vervoer"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 8.00 tot 14.00 uur. In het voorjaar is er meer werk.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De kassen hebben grindpaden en zijn niet geschikt voor een rolstoel. Woon je in Epe of Apeldoorn-Noord, dan kun je meerijden met een collega.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "kassamedewerker-tuincentrum-vaassen",
    aanbieder: "tuincentrum-de-groene-vaart",
    branche: "detailhandel",
    titel: "Kassamedewerker tuincentrum",
    omschrijving:
      "Aan de kassa van ons tuincentrum komen elke dag honderden klanten langs. Je rekent af, geeft tips over verzorging en pakt planten in. Op zaterdag is het druk, doordeweeks gaat het rustiger.",
    taken:
      "- Afrekenen met pin en contant geld\n- Cadeaubonnen en klantenpassen verwerken\n- Planten inpakken in papier of dozen\n- Klanten doorverwijzen naar de juiste afdeling\n- De kassaruimte netjes houden",
    begeleiding:
      "Na een inwerkperiode van twee weken draai je zelfstandig kassadiensten. De afdelingsleider is in de winkel en je jobcoach komt eens per maand langs.",
    straat: "Apeldoornseweg",
    huisnummer: "86",
    postcode: "8171 LK",
    plaats: "Vaassen",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "taal-en-rekenen", "doorstroom-betaald-werk", "rolstoeltoegankelijk"],
    dagenEnTijden: "Maandag tot en met zaterdag, in diensten van vier of acht uur tussen 9.00 en 18.00 uur.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het tuincentrum is volledig gelijkvloers en een van de kassa's is aangepast voor zittend werk in een rolstoel. Er is een grote parkeerplaats en de bus stopt voor de deur.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-goederenontvangst-tuincentrum-vaassen",
    aanbieder: "tuincentrum-de-groene-vaart",
    branche: "logistiek",
    titel: "Medewerker goederenontvangst",
    omschrijving:
      "Elke dag komen er vrachtwagens met planten, potgrond en tuinmeubelen. In de goederenontvangst controleer je de levering en zet je alles klaar voor de afdelingen. Je leert werken met de elektrische palletwagen.",
    taken:
      "- Vrachtwagens helpen lossen\n- Leveringen controleren met de pakbon\n- Pallets verplaatsen met de palletwagen\n- Artikelen prijzen en naar de afdelingen brengen\n- Karton en folie scheiden voor de afvalpers",
    begeleiding:
      "Je werkt zelfstandig in het magazijn. De magazijnchef verdeelt 's ochtends het werk en is daarna bereikbaar via de portofoon.",
    straat: "Apeldoornseweg",
    huisnummer: "86",
    postcode: "8171 LK",
    plaats: "Vaassen",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "certificaat", "vakvaardigheden", "doorstroom-betaald-werk"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 7.30 tot 13.30 uur.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "In het magazijn moet je kunnen tillen en staan. Je kunt je fiets of auto kwijt bij de personeelsingang.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-buitenafdeling-tuincentrum-epe",
    aanbieder: "tuincentrum-de-groene-vaart",
    branche: "groen-en-tuin",
    titel: "Medewerker buitenafdeling",
    omschrijving:
      "Onze vestiging in Epe is een klein tuincentrum met een grote buitenafdeling vol heesters, bomen en perkplanten. Je houdt de planten mooi en helpt de afdeling netjes te houden. Je werkt vooral buiten.",
    taken:
      "- Planten water geven met de slang of de gieter\n- Dode bladeren en uitgebloeide bloemen weghalen\n- Planten op de juiste plek zetten volgens de plattegrond\n- Paden vegen tussen de tafels\n- Winkelwagens terugbrengen naar de ingang",
    begeleiding:
      "De filiaalleider of een vaste collega werkt altijd op de buitenafdeling mee. Je krijgt steeds één taak tegelijk.",
    straat: "Tongerenseweg",
    huisnummer: "53",
    postcode: "8162 PN",
    plaats: "Epe",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "flexibele-uren"],
    dagenEnTijden: "Dinsdag tot en met zaterdag, tussen 9.00 en 13.00 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De buitenafdeling heeft grindpaden. De bushalte ligt op vijf minuten lopen en je kunt gratis parkeren.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-dierenafdeling-tuincentrum-hattem",
    aanbieder: "tuincentrum-de-groene-vaart",
    branche: "detailhandel",
    titel: "Medewerker dierenafdeling",
    omschrijving:
      "In Hattem heeft De Groene Vaart een winkel met een grote afdeling voor huisdieren: voer, hokken, aquaria en speelgoed. Je vult de schappen en helpt klanten. Van konijnenvoer tot vissenkom: je leert het assortiment goed kennen.",
    taken:
      "- Zakken voer en strooisel in de schappen zetten\n- Houdbaarheidsdata controleren\n- Klanten helpen het juiste product te vinden\n- Prijskaartjes vervangen bij aanbiedingen\n- De afdeling stofzuigen en opruimen",
    begeleiding:
      "Op trede 3 werk je samen met je vaste werkbuddy van de afdeling. Op trede 4 vul je zelfstandig een deel van de afdeling en bel je de filiaalleider als je vragen hebt.",
    straat: "Stationslaan",
    huisnummer: "6",
    postcode: "8051 KH",
    plaats: "Hattem",
    treden: [3, 4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vaste-werkbuddy", "rolstoeltoegankelijk"],
    dagenEnTijden: "Maandag tot en met zaterdag, tussen 9.00 en 17.30 uur. Je werkt in blokken van drie of vier uur.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De winkel is gelijkvloers met brede paden en een aangepast toilet, dus goed bereikbaar met een rolstoel. Er is parkeergelegenheid voor de deur.",
    status: "GEPUBLICEERD",
  },

  // ── Kinderboerderij Het Klaverblad ─────────────────────────────────────────
  {
    slug: "dierenverzorger-kinderboerderij-apeldoorn",
    aanbieder: "kinderboerderij-het-klaverblad",
    branche: "dieren",
    titel: "Dierenverzorger kinderboerderij",
    omschrijving:
      "Op Het Klaverblad zorgen we voor geiten, schapen, varkens, kippen en konijnen. Elke dag komen er ouders met kinderen en schoolklassen kijken. Je werkt in een groep vrijwilligers die de boerderij samen draaiende houdt.",
    taken:
      "- Hokken en stallen schoonmaken\n- Voer klaarmaken en de dieren voeren\n- Waterbakken verversen\n- Het erf vegen\n- Kinderen uitleggen hoe ze de dieren mogen aaien",
    begeleiding:
      "De beheerder is de hele dag op de boerderij en werkt met je mee. Je krijgt een vaste werkbuddy die je de eerste weken wegwijs maakt.",
    straat: "Laan van Zevenhuizen",
    huisnummer: "412",
    postcode: "7326 CH",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "vaste-werkbuddy"],
    dagenEnTijden: "Elke dag van 8.30 tot 12.00 uur, ook in het weekend. Je kiest twee of drie vaste ochtenden.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 12,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "Het erf is deels bestraat, de stallen hebben drempels. De kinderboerderij ligt vlak bij een bushalte en heeft een fietsenstalling.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "zelfstandig-dierverzorger-kinderboerderij-apeldoorn",
    aanbieder: "kinderboerderij-het-klaverblad",
    branche: "dieren",
    titel: "Zelfstandig dierverzorger",
    omschrijving:
      "Ben je al wat langer met dieren bezig en wil je meer verantwoordelijkheid? Dan word je vast aanspreekpunt voor een diergroep, bijvoorbeeld de varkens of de konijnen. Je houdt zelf bij hoe het met de dieren gaat.",
    taken:
      "- De dagelijkse verzorging van je eigen diergroep\n- Het logboek bijhouden: voer, gewicht en bijzonderheden\n- Nieuwe vrijwilligers uitleg geven\n- Helpen bij het bezoek van de dierenarts\n- Voer en stro op tijd bestellen",
    begeleiding:
      "Je werkt zelfstandig en plant je eigen werk. De beheerder is niet altijd op de boerderij, maar wel telefonisch bereikbaar; eens per maand bespreek je hoe het gaat.",
    straat: "Laan van Zevenhuizen",
    huisnummer: "412",
    postcode: "7326 CH",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "certificaat", "doorstroom-betaald-werk"],
    dagenEnTijden: "Drie of vier dagen per week, van 8.00 tot 13.00 uur. Eén weekenddag per maand.",
    urenPerWeekMin: 15,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Het werk is grotendeels buiten en niet geschikt voor een rolstoel. Je kunt parkeren op het terrein van de kinderboerderij.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "tuinmedewerker-kinderboerderij-apeldoorn",
    aanbieder: "kinderboerderij-het-klaverblad",
    branche: "groen-en-tuin",
    titel: "Tuinmedewerker kinderboerderij",
    omschrijving:
      "Rond de kinderboerderij ligt een grote tuin met een bijenhotel, een kruidentuin en een speelweide. Die tuin onderhoud je samen met een kleine groep. Het is buitenwerk in een groene, rustige omgeving.",
    taken:
      "- Onkruid wieden in de borders\n- Gras maaien met de duwmaaier\n- Bladeren harken in de herfst\n- Hekken en bankjes controleren op schade\n- Snoeiafval naar de composthoop brengen",
    begeleiding:
      "Op trede 3 werkt de tuincoördinator met je mee. Op trede 4 krijg je een weekplanning en werk je zelfstandig; de coördinator is dan telefonisch bereikbaar.",
    straat: "Laan van Zevenhuizen",
    huisnummer: "412",
    postcode: "7326 CH",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "prikkelarm", "flexibele-uren"],
    dagenEnTijden: "Doordeweeks tussen 9.00 en 15.00 uur, op de dagen die jij kiest. In de winter zijn er minder uren.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Je werkt in het rustige deel van de tuin, uit de buurt van de speelweide. De paden zijn van gras en schelpen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-theeschenkerij-kinderboerderij-apeldoorn",
    aanbieder: "kinderboerderij-het-klaverblad",
    branche: "horeca",
    titel: "Medewerker theeschenkerij",
    omschrijving:
      "In onze kleine theeschenkerij verkopen we koffie, thee, ranja en huisgemaakte koek aan bezoekers. Op woensdagmiddag en in het weekend is het gezellig druk met ouders en kinderen. Je leert bestellingen opnemen en afrekenen.",
    taken:
      "- Koffie en thee zetten\n- Ranja en koek uitgeven\n- Afrekenen met de pinautomaat\n- Tafels op het terras afnemen\n- Afwassen en de keuken opruimen",
    begeleiding:
      "Er staat altijd een vaste vrijwilliger met je in de theeschenkerij. Die helpt je met de kassa en neemt het over als het te druk wordt.",
    straat: "Laan van Zevenhuizen",
    huisnummer: "412",
    postcode: "7326 CH",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3, 4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "rolstoeltoegankelijk", "lunch", "taal-en-rekenen"],
    dagenEnTijden: "Woensdag, zaterdag en zondag, van 12.00 tot 16.30 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 13,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De theeschenkerij heeft een hellingbaan en een lage toonbank, en is goed te doen met een rolstoel. Er is een aangepast toilet.",
    status: "INGEDIEND",
  },

  // ── Drukkerij Letterwerk ───────────────────────────────────────────────────
  {
    slug: "medewerker-afwerking-drukkerij-apeldoorn",
    aanbieder: "drukkerij-letterwerk",
    branche: "creatief",
    titel: "Medewerker afwerking drukwerk",
    omschrijving:
      "Als het drukwerk van de pers komt, moet het nog gesneden, gevouwen en geniet worden. Dat gebeurt op de afwerkafdeling. Je werkt nauwkeurig en ziet folders en boekjes onder je handen klaar komen.",
    taken:
      "- Drukwerk snijden op maat met de snijmachine\n- Folders vouwen met de vouwmachine\n- Boekjes nieten en controleren\n- Drukwerk tellen en in dozen verpakken\n- Misdrukken apart leggen voor het oud papier",
    begeleiding:
      "Op trede 3 werk je samen met de afwerker, die je op elke machine eerst instrueert. Op trede 4 verwerk je zelfstandig de orders van de dag en roep je de afwerker als een machine storing geeft.",
    straat: "Edisonlaan",
    huisnummer: "27",
    postcode: "7324 AH",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "vakvaardigheden",
      "rolstoeltoegankelijk",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, van 8.30 tot 16.30 uur. Je werkt minimaal drie ochtenden.",
    urenPerWeekMin: 10,
    urenPerWeekMax: 28,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De drukkerij is gelijkvloers en de werktafels in de afwerking zijn in hoogte verstelbaar, dus je kunt er ook vanuit een rolstoel werken. Bushalte Edisonlaan ligt op drie minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "zeefdrukker-drukkerij-apeldoorn",
    aanbieder: "drukkerij-letterwerk",
    branche: "creatief",
    titel: "Zeefdrukker textiel en posters",
    omschrijving:
      "In het zeefdrukatelier bedrukken we tassen, T-shirts en posters met de hand. Elk ontwerp vraagt om een eigen zeef en een eigen kleur inkt. Je leert het hele ambacht, van zeef belichten tot drogen.",
    taken:
      "- Zeven klaarmaken en belichten\n- Inkt mengen in de juiste kleur\n- Tassen en shirts bedrukken op de draaitafel\n- Drukwerk te drogen leggen en controleren\n- Zeven en gereedschap schoonmaken",
    begeleiding:
      "Je werkt zelfstandig aan de orders in het atelier. De zeefdrukker van Letterwerk is er twee dagen per week en verder telefonisch bereikbaar voor vragen.",
    straat: "Edisonlaan",
    huisnummer: "27",
    postcode: "7324 AH",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "portfolio", "doorstroom-betaald-werk"],
    dagenEnTijden: "Dinsdag tot en met vrijdag, van 9.00 tot 16.00 uur.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 28,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Het atelier ligt achter de drukkerij en is alleen via een trapje bereikbaar. Er is goede ventilatie vanwege de inkt.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-verzending-drukkerij-apeldoorn",
    aanbieder: "drukkerij-letterwerk",
    branche: "logistiek",
    titel: "Medewerker verzending",
    omschrijving:
      "Klaar drukwerk moet goed verpakt de deur uit. Op de verzendafdeling pak je dozen in, plak je verzendlabels en zet je alles klaar voor de koerier. Het werk is duidelijk en elke dag ongeveer hetzelfde.",
    taken:
      "- Dozen vouwen en vullen met drukwerk\n- Verzendlabels printen en plakken\n- Dozen op de juiste pallet stapelen\n- Pakketten afgeven aan de koerier\n- Verpakkingsmateriaal aanvullen",
    begeleiding:
      "De verzendmedewerker werkt naast je en controleert samen met jou elke zending. Je vaste werkbuddy helpt je als het druk is.",
    straat: "Edisonlaan",
    huisnummer: "27",
    postcode: "7324 AH",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "vaste-werkbuddy", "lunch"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 12.00 tot 16.00 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De verzendafdeling is gelijkvloers, maar de ruimte tussen de pallets is smal. Er is een kantine waar je samen met de collega's luncht.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "administratief-medewerker-orders-drukkerij-apeldoorn",
    aanbieder: "drukkerij-letterwerk",
    branche: "administratie",
    titel: "Administratief medewerker orders",
    omschrijving:
      "Op kantoor komen de bestellingen binnen via de mail en de webwinkel. Jij zet ze in het ordersysteem en zorgt dat de drukkerij weet wat er gemaakt moet worden. Je werkt in een klein, rustig kantoor met twee collega's.",
    taken:
      "- Bestellingen invoeren in het ordersysteem\n- Drukproeven naar klanten mailen\n- Klanten bellen als er iets ontbreekt\n- Pakbonnen en facturen printen\n- De post openen en verdelen",
    begeleiding:
      "Je werkt zelfstandig op kantoor. De office manager zit in dezelfde ruimte voor vragen en je jobcoach plant elke maand een gesprek met je.",
    straat: "Edisonlaan",
    huisnummer: "27",
    postcode: "7324 AH",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "taal-en-rekenen", "flexibele-uren", "prikkelarm"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 8.30 en 17.00 uur. In overleg kun je je uren zelf indelen.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Het kantoor ligt op de eerste verdieping en is alleen met de trap bereikbaar. Het is er stil, want de drukpersen staan in een andere hal.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "assistent-opmaak-drukkerij-apeldoorn",
    aanbieder: "drukkerij-letterwerk",
    branche: "ict",
    titel: "Assistent opmaak en drukvoorbereiding",
    omschrijving:
      "Voordat iets gedrukt wordt, moet het bestand kloppen: de juiste maat, kleuren en afloop. In de drukvoorbereiding controleer je bestanden van klanten en maak je eenvoudige ontwerpen, zoals visitekaartjes. Je werkt met professionele opmaakprogramma's.",
    taken:
      "- Bestanden van klanten controleren op fouten\n- Visitekaartjes en flyers opmaken volgens een sjabloon\n- Drukproeven maken en klaarzetten\n- Bestanden goed benoemen en opslaan\n- Je werk bijhouden in een portfolio",
    begeleiding:
      "Je werkt zelfstandig achter je eigen computer. De vormgever van Letterwerk werkt thuis en is via chat en telefoon bereikbaar; eens per week kijken jullie samen naar je werk.",
    straat: "Edisonlaan",
    huisnummer: "27",
    postcode: "7324 AH",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "portfolio", "vakvaardigheden"],
    dagenEnTijden: "Twee of drie dagen per week, tussen 9.00 en 16.00 uur.",
    urenPerWeekMin: 10,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De werkplek is op kantoor op de eerste verdieping, alleen bereikbaar met de trap. Parkeren kan gratis op het eigen terrein.",
    status: "CONCEPT",
  },

  // ── Wasserij Helderwit ─────────────────────────────────────────────────────
  {
    slug: "medewerker-wasstraat-wasserij-apeldoorn",
    aanbieder: "wasserij-helderwit",
    branche: "schoonmaak",
    titel: "Medewerker wasstraat",
    omschrijving:
      "In onze wasserij wassen we elke dag tonnen linnengoed voor zorginstellingen en hotels. Aan het begin van de wasstraat sorteer je het vuile wasgoed en laad je de machines. Het is een warme, drukke hal met veel collega's.",
    taken:
      "- Wasgoed sorteren op soort en kleur\n- Wasgoed in de wastunnel laden\n- Lege rolcontainers terugzetten\n- Labels en zakken controleren\n- Je werkplek aan het eind van de dienst schoonmaken",
    begeleiding:
      "Op trede 3 heb je een vaste teamleider op de vloer die je bij elke stap helpt. Op trede 4 werk je mee in de ploeg en is de leidinggevende oproepbaar als er iets misgaat.",
    straat: "Stadhoudersmolenweg",
    huisnummer: "33",
    postcode: "7317 AW",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "werknemersvaardigheden",
      "lunch",
      "vervoer",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, in de vroege dienst van 7.00 tot 13.00 uur.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "In de wasstraat sta je de hele dienst en is het warm; een rolstoel kan hier niet. Helderwit heeft een pendelbusje dat 's ochtends vanaf station Apeldoorn rijdt.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "vouwer-strijker-wasserij-apeldoorn",
    aanbieder: "wasserij-helderwit",
    branche: "schoonmaak",
    titel: "Medewerker vouwen en strijken",
    omschrijving:
      "Op de afdeling vouwen en strijken maak je schone handdoeken, servetten en werkkleding netjes klaar voor de klant. Je werkt aan een eigen tafel, een stuk stiller dan in de wasstraat. Er werken vooral vaste, ervaren collega's.",
    taken:
      "- Handdoeken en servetten vouwen volgens een voorbeeld\n- Werkkleding op hangers doen\n- Strijken met de strijkmachine\n- Stapels tellen en op de kar zetten\n- Vlekken of gaten melden bij de teamleider",
    begeleiding:
      "De teamleider van de afdeling staat dichtbij en loopt elk uur even langs. In het begin werk je naast een collega die je alles voordoet.",
    straat: "Stadhoudersmolenweg",
    huisnummer: "33",
    postcode: "7317 AW",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "rolstoeltoegankelijk", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 8.00 en 14.00 uur. Je kunt beginnen met twee ochtenden.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De vouwafdeling is gelijkvloers en er zijn vouwtafels op zithoogte, dus je kunt er met een rolstoel werken. Het is er rustiger dan in de wasstraat en je kunt gehoorbescherming krijgen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-expeditie-wasserij-apeldoorn",
    aanbieder: "wasserij-helderwit",
    branche: "logistiek",
    titel: "Medewerker expeditie",
    omschrijving:
      "Op de expeditie wordt het schone wasgoed per klant klaargezet voor de vrachtwagens. Je werkt met rolcontainers, pakbonnen en een strakke planning. Het is belangrijk dat elke klant precies krijgt wat hij besteld heeft.",
    taken:
      "- Rolcontainers vullen per klant volgens de pakbon\n- Rolcontainers scannen en labelen\n- De vrachtwagens helpen laden\n- Retourcontainers ontvangen en tellen\n- Tekorten doorgeven aan de planner",
    begeleiding:
      "Je werkt zelfstandig in de expeditieploeg. De planner is op kantoor bereikbaar en je jobcoach komt eens per maand langs voor een gesprek.",
    straat: "Stadhoudersmolenweg",
    huisnummer: "33",
    postcode: "7317 AW",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "certificaat", "doorstroom-betaald-werk"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 6.00 tot 12.00 uur of van 12.00 tot 18.00 uur.",
    urenPerWeekMin: 18,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Op de expeditie loop en duw je veel. Er is ruim parkeren en een overdekte fietsenstalling.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-linnenreparatie-apeldoorn",
    aanbieder: "wasserij-helderwit",
    branche: "creatief",
    titel: "Medewerker linnenreparatie",
    omschrijving:
      "Een kapotte zoom of een losse knoop? Dan gaat het stuk naar ons naaiatelier. Je repareert werkkleding en linnengoed met de naaimachine, zodat het weer lang mee kan. Het atelier is klein en er heerst een rustige sfeer.",
    taken:
      "- Zomen en naden opnieuw stikken\n- Knopen en drukknopen vervangen\n- Naamlabels in werkkleding naaien\n- Kleine gaten stoppen of een stuk opzetten\n- Versleten stukken afkeuren volgens de lijst",
    begeleiding:
      "Op trede 3 werkt de coupeuse naast je en leert ze je stap voor stap met de machine werken. Op trede 4 werk je zelfstandig de reparatiebak af en vraag je de coupeuse om hulp bij lastige klussen.",
    straat: "Stadhoudersmolenweg",
    huisnummer: "33",
    postcode: "7317 AW",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vakvaardigheden", "prikkelarm"],
    dagenEnTijden: "Dinsdag, woensdag en donderdag, van 9.00 tot 15.00 uur.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 18,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het naaiatelier is een aparte ruimte met daglicht en weinig lawaai. Het ligt op de eerste verdieping; er is geen lift.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-wasserij-deventer",
    aanbieder: "wasserij-helderwit",
    branche: "schoonmaak",
    titel: "Medewerker wasserij",
    omschrijving:
      "Onze wasserij in Deventer is kleiner dan die in Apeldoorn en wast vooral voor sportclubs en kinderdagverblijven. Je doet er van alles: sorteren, wassen, drogen en vouwen. Het team is klein en hecht.",
    taken:
      "- Wasgoed sorteren en in de machines doen\n- Wasmachines en drogers aanzetten volgens het programma\n- Droog wasgoed vouwen en stapelen\n- Zakken per klant klaarzetten\n- De pluizenfilters van de drogers schoonmaken",
    begeleiding:
      "De ploegleider werkt de hele dienst mee en legt alles uit. Je krijgt een vaste werkbuddy die je helpt om het ritme van de wasserij te leren.",
    straat: "Hanzeweg",
    huisnummer: "9",
    postcode: "7418 AW",
    plaats: "Deventer",
    treden: [3],
    ontwikkelingNaar: [3, 4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "vaste-werkbuddy", "lunch", "werknemersvaardigheden"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 8.00 tot 13.00 uur.",
    urenPerWeekMin: 5,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De wasserij is gelijkvloers, maar tussen de machines is weinig ruimte. De bus vanaf station Deventer stopt op het bedrijventerrein.",
    status: "GEPUBLICEERD",
  },

  // ── Kanaalzone Logistiek ───────────────────────────────────────────────────
  {
    slug: "orderpicker-magazijn-apeldoorn",
    aanbieder: "kanaalzone-logistiek",
    branche: "logistiek",
    titel: "Orderpicker",
    omschrijving:
      "In ons magazijn liggen producten van tientallen webwinkels: van telefoonhoesjes tot tuingereedschap. Als orderpicker haal je met een scanner de juiste artikelen uit de stellingen. Je werkt in een groot team met een duidelijke planning.",
    taken:
      "- Orders verzamelen met de handscanner\n- Artikelen in de juiste kratten leggen\n- Volle kratten naar de inpaktafel brengen\n- Lege plekken in de stellingen melden\n- Met de elektrische orderpicker werken na je certificaat",
    begeleiding:
      "Je werkt zelfstandig in de ploeg. De teamleider verdeelt het werk bij de start van de dienst en is via de headset bereikbaar; je jobcoach komt elke maand langs.",
    straat: "Ecofactorij",
    huisnummer: "40",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "certificaat", "doorstroom-betaald-werk", "vakvaardigheden"],
    dagenEnTijden: "Maandag tot en met vrijdag, in de dagdienst van 7.30 tot 16.00 uur.",
    urenPerWeekMin: 16,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 5,
    toegankelijkheid:
      "In het magazijn loop je veel en til je dozen tot 15 kilo. Bushalte Ecofactorij ligt op drie minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "inpakker-retouren-apeldoorn",
    aanbieder: "kanaalzone-logistiek",
    branche: "logistiek",
    titel: "Inpakker retouren",
    omschrijving:
      "Klanten van webwinkels sturen soms iets terug. Op de retourafdeling pak je die pakketten uit, controleer je of alles compleet is en pak je het weer netjes in. Je werkt aan een eigen tafel in een aparte, rustige hoek van het magazijn.",
    taken:
      "- Retourpakketten openen en uitpakken\n- Controleren of het artikel heel en compleet is\n- Het artikel opnieuw verpakken met een nieuwe sticker\n- Het retour afmelden op de computer\n- Kapotte artikelen apart zetten",
    begeleiding:
      "Een vaste begeleider werkt op de retourafdeling en staat altijd binnen een paar meter van je tafel. Je werkt met een duidelijke stappenkaart.",
    straat: "Ecofactorij",
    huisnummer: "40",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3, 4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "werknemersvaardigheden", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 8.00 en 14.00 uur. De eerste maand werk je drie uur per dag.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "De retourhoek is afgeschermd met wanden en ligt uit de buurt van de laaddeuren, dus er is weinig lawaai. De hal is gelijkvloers maar heeft smalle paden tussen de stellingen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-voorraadadministratie-apeldoorn",
    aanbieder: "kanaalzone-logistiek",
    branche: "administratie",
    titel: "Medewerker voorraadadministratie",
    omschrijving:
      "Op het magazijnkantoor houden we bij wat er binnenkomt en wat er de deur uitgaat. Je verwerkt leveringen in het voorraadsysteem en zoekt uit waar verschillen vandaan komen. Goed werk voor iemand die van cijfers en overzicht houdt.",
    taken:
      "- Binnengekomen leveringen invoeren in het systeem\n- Tellijsten maken voor de maandelijkse telling\n- Verschillen tussen systeem en stelling uitzoeken\n- Leveranciers mailen over ontbrekende artikelen\n- Rapportjes maken voor de teamleider",
    begeleiding:
      "Je werkt zelfstandig op het kantoor. De voorraadbeheerder is je aanspreekpunt en je jobcoach is telefonisch bereikbaar.",
    straat: "Ecofactorij",
    huisnummer: "40",
    postcode: "7325 WC",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "taal-en-rekenen", "vakvaardigheden", "rolstoeltoegankelijk"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 8.30 en 16.30 uur. Minimaal drie dagen.",
    urenPerWeekMin: 16,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Het kantoor ligt op de begane grond naast de ingang, met een invalidenparkeerplaats en een aangepast toilet. Je kunt er met een rolstoel goed werken.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "magazijnmedewerker-deventer",
    aanbieder: "kanaalzone-logistiek",
    branche: "logistiek",
    titel: "Magazijnmedewerker",
    omschrijving:
      "In ons magazijn in Deventer slaan we bouwmaterialen en sanitair op voor een groothandel. Je helpt bij het ontvangen, opslaan en klaarzetten van goederen. Het team is klein en je leert alle kanten van het magazijnwerk kennen.",
    taken:
      "- Goederen ontvangen en tellen\n- Artikelen op de juiste plek in de stelling leggen\n- Orders klaarzetten voor de chauffeurs\n- Karton en plastic scheiden\n- De vloer van het magazijn aanvegen",
    begeleiding:
      "Op trede 3 loop je mee met je vaste werkbuddy en is de teamleider in de hal. Op trede 4 werk je zelfstandig je lijst af en roep je de teamleider via de portofoon als dat nodig is.",
    straat: "Zweedsestraat",
    huisnummer: "12",
    postcode: "7418 BG",
    plaats: "Deventer",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "vaste-werkbuddy",
      "lunch",
      "vervoer",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, van 7.30 tot 15.30 uur. Je werkt drie of vier dagen.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het magazijn is niet geschikt voor een rolstoel. Woon je in Apeldoorn, dan kun je meerijden met de bus van Kanaalzone die elke ochtend naar Deventer gaat.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-inpakafdeling-barneveld",
    aanbieder: "kanaalzone-logistiek",
    branche: "logistiek",
    titel: "Medewerker inpakafdeling",
    omschrijving:
      "In Barneveld pakken we cadeaupakketten en relatiegeschenken in voor bedrijven. Je vult dozen volgens een voorbeeld en maakt ze mooi dicht. Rond de feestdagen is het druk en gezellig, de rest van het jaar is het rustiger.",
    taken:
      "- Dozen vullen volgens het voorbeeldpakket\n- Linten en kaartjes aan de pakketten doen\n- Dozen dichtplakken en stapelen\n- Verpakkingsmateriaal aanvullen\n- De inpaktafel opruimen aan het eind van de dag",
    begeleiding:
      "Een begeleider van Kanaalzone werkt de hele dag op de inpakafdeling. Je krijgt elke ochtend uitleg over het pakket van die dag.",
    straat: "Harselaarseweg",
    huisnummer: "54",
    postcode: "3771 MA",
    plaats: "Barneveld",
    treden: [3],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "rolstoeltoegankelijk", "lunch"],
    dagenEnTijden: "Maandag tot en met donderdag, van 8.30 tot 14.30 uur. Op vrijdag is de inpakafdeling dicht.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "De inpakafdeling is gelijkvloers, de tafels zijn verstelbaar en er is een aangepast toilet, dus je kunt er met een rolstoel werken. Station Barneveld Centrum ligt op een kwartier lopen.",
    status: "GEPUBLICEERD",
  },

  // ── Tweede Leven IT ────────────────────────────────────────────────────────
  {
    slug: "laptop-opknapper-apeldoorn",
    aanbieder: "tweede-leven-it",
    branche: "ict",
    titel: "Laptop-opknapper",
    omschrijving:
      "Bedrijven geven ons hun oude laptops. Wij knappen ze op, zodat scholieren en inwoners met een kleine beurs ze goedkoop kunnen kopen. In de werkplaats werk je met schroevendraaiers, nieuwe accu's en installatieprogramma's.",
    taken:
      "- Laptops schoonmaken en controleren op schade\n- Accu's, toetsenborden en geheugen vervangen\n- Windows of Linux opnieuw installeren\n- Laptops testen met een vaste checklist\n- Klaar gemaakte laptops labelen en opslaan",
    begeleiding:
      "Op trede 3 werk je aan dezelfde tafel als de technicus, die elke stap met je doorneemt. Op trede 4 werk je zelfstandig een stapel laptops af en laat je de technicus je werk controleren.",
    straat: "Laan van Malkenschoten",
    huisnummer: "80",
    postcode: "7333 NP",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "vakvaardigheden",
      "certificaat",
      "prikkelarm",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.00 tot 16.00 uur. Je werkt minimaal twee dagen.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "De werkplaats is stil en rustig, iedereen heeft een eigen tafel met een bureaulamp. Het gebouw heeft een trap naar de ingang en geen lift.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-gegevens-wissen-apeldoorn",
    aanbieder: "tweede-leven-it",
    branche: "ict",
    titel: "Medewerker gegevens wissen",
    omschrijving:
      "Voordat een computer een tweede leven krijgt, moeten alle gegevens van de vorige eigenaar veilig gewist zijn. Dat doe jij, met speciale software en volgens vaste regels. Je werkt nauwkeurig en houdt alles goed bij.",
    taken:
      "- Harde schijven aansluiten op het wisstation\n- Het wisprogramma starten en controleren\n- Serienummers registreren in het systeem\n- Wiscertificaten printen voor de klant\n- Defecte schijven apart houden voor vernietiging",
    begeleiding:
      "Je werkt zelfstandig in een afgesloten ruimte. De teamleider komt twee keer per dag langs en is daarnaast via de telefoon bereikbaar.",
    straat: "Laan van Malkenschoten",
    huisnummer: "80",
    postcode: "7333 NP",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "prikkelarm", "vakvaardigheden"],
    dagenEnTijden: "Elke werkdag behalve vrijdag, van 8.45 tot 14.15 uur, met een half uur lunchpauze.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De wisruimte is klein en stil, met maar één of twee mensen tegelijk. Bushalte Laan van Malkenschoten ligt op vijf minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "vraagbaak-digitaal-spreekuur-apeldoorn",
    aanbieder: "tweede-leven-it",
    branche: "ict",
    titel: "Vraagbaak digitaal spreekuur",
    omschrijving:
      "Op ons gratis spreekuur helpen we buurtbewoners met hun telefoon, laptop of DigiD. Veel bezoekers zijn ouderen. Je hebt geduld, legt dingen eenvoudig uit en vindt het leuk om mensen te helpen.",
    taken:
      "- Bezoekers ontvangen en vragen wat hun probleem is\n- Helpen met apps, e-mail en wachtwoorden\n- Uitleggen hoe je veilig online betaalt\n- Moeilijke vragen doorgeven aan de technicus\n- Bijhouden welke vragen er gesteld zijn",
    begeleiding:
      "Je werkt zelfstandig met een collega aan de spreekuurtafel. De coördinator van Tweede Leven is telefonisch bereikbaar en na elk spreekuur bespreek je kort hoe het ging.",
    straat: "Deventerstraat",
    huisnummer: "43",
    postcode: "7311 LT",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "taal-en-rekenen", "doorstroom-betaald-werk", "rolstoeltoegankelijk"],
    dagenEnTijden: "Dinsdag en donderdag, van 13.30 tot 16.30 uur.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 6,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De spreekuurruimte is gelijkvloers, heeft automatische deuren en een aangepast toilet, en is goed bereikbaar met een rolstoel. Hij ligt op vijf minuten lopen van het busstation.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "sorteerder-elektronica-apeldoorn",
    aanbieder: "tweede-leven-it",
    branche: "recycling",
    titel: "Sorteerder elektronica",
    omschrijving:
      "Niet elke computer is nog te redden. Die halen we uit elkaar, zodat metalen, printplaten en kunststof apart gerecycled kunnen worden. Je werkt met eenvoudig gereedschap en leert welke onderdelen waardevol zijn.",
    taken:
      "- Computers en printers uit elkaar schroeven\n- Kabels, metalen en printplaten scheiden\n- Onderdelen in de juiste bakken sorteren\n- Bruikbare onderdelen apart leggen voor de werkplaats\n- Volle bakken wegen en noteren",
    begeleiding:
      "De begeleider werkt in dezelfde ruimte en helpt je met het gereedschap. Een vaste collega werkt naast je en laat zien hoe het moet.",
    straat: "Laan van Malkenschoten",
    huisnummer: "80",
    postcode: "7333 NP",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "vaste-werkbuddy"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 9.00 en 13.00 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De sorteerruimte zit in de kelder en is alleen met een trap te bereiken. Er is gratis parkeren bij het gebouw.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "computertechnicus-in-opleiding-arnhem",
    aanbieder: "tweede-leven-it",
    branche: "ict",
    titel: "Computertechnicus in opleiding",
    omschrijving:
      "In onze vestiging in Arnhem repareren we computers en telefoons van particulieren. Je helpt klanten aan de balie en doet reparaties in de werkplaats. Wil je later betaald werk in de ICT, dan is dit een goede plek om ervaring op te doen.",
    taken:
      "- Klanten aan de balie helpen en reparaties aannemen\n- Problemen opsporen met testsoftware\n- Schermen en accu's van telefoons vervangen\n- Virussen verwijderen en back-ups maken\n- Je reparaties bijhouden in het werkbonsysteem",
    begeleiding:
      "Je werkt zelfstandig met één collega-technicus. De vestigingsleider is op afstand bereikbaar en je werkt met je jobcoach aan een IT-certificaat.",
    straat: "Klarendalseweg",
    huisnummer: "210",
    postcode: "6822 GL",
    plaats: "Arnhem",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "certificaat", "doorstroom-betaald-werk", "portfolio"],
    dagenEnTijden: "Dinsdag tot en met zaterdag, van 10.00 tot 17.00 uur. Je werkt drie tot vier dagen.",
    urenPerWeekMin: 18,
    urenPerWeekMax: 28,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De winkel heeft een opstapje bij de ingang. Bushalte Klarendal ligt voor de deur en station Arnhem Centraal is op tien minuten fietsen.",
    status: "GEPUBLICEERD",
  },

  // ── Buurthuis De Kastanje ──────────────────────────────────────────────────
  {
    slug: "gastvrouw-gastheer-buurthuis-apeldoorn",
    aanbieder: "buurthuis-de-kastanje",
    branche: "zorg-en-welzijn",
    titel: "Gastvrouw of gastheer koffieochtend",
    omschrijving:
      "Elke ochtend is er inloop in De Kastanje. Buurtbewoners komen een kop koffie drinken, de krant lezen of een spelletje doen. Jij zorgt dat iedereen zich welkom voelt en dat de koffie klaarstaat.",
    taken:
      "- Koffie en thee zetten voor de bezoekers\n- Bezoekers begroeten en een praatje maken\n- Spelletjes en kranten klaarleggen\n- Kopjes ophalen en afwassen\n- De zaal na afloop opruimen",
    begeleiding:
      "Een beroepskracht van het buurthuis is tijdens de koffieochtend altijd in de zaal. Je kunt bij haar terecht met vragen en samen bespreken jullie elke week hoe het gaat.",
    straat: "Anklaarseweg",
    huisnummer: "94",
    postcode: "7316 MR",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "rolstoeltoegankelijk", "lunch"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.30 tot 12.30 uur. Je kiest twee of drie ochtenden.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 9,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Het buurthuis is gelijkvloers, heeft een brede schuifdeur en een aangepast toilet; met een rolstoel kom je overal. De bus stopt bijna voor de deur.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "assistent-activiteitenbegeleider-buurthuis-apeldoorn",
    aanbieder: "buurthuis-de-kastanje",
    branche: "zorg-en-welzijn",
    titel: "Assistent activiteitenbegeleider",
    omschrijving:
      "In De Kastanje zijn elke week activiteiten voor kinderen en ouderen: knutselen, bingo, sjoelen en huiswerkbegeleiding. Je helpt bij het voorbereiden en begeleiden van die activiteiten. Je werkt met een enthousiast team van vrijwilligers.",
    taken:
      "- Materialen klaarzetten voor het knutselen\n- Meehelpen bij de bingo en het sjoelen\n- Kinderen helpen bij een knutselwerkje\n- Posters maken voor nieuwe activiteiten\n- Na afloop de ruimte opruimen",
    begeleiding:
      "Op trede 3 werk je altijd samen met de activiteitenbegeleider. Op trede 4 begeleid je zelf een vaste activiteit, zoals het sjoelen, en kun je de beroepskracht bellen als er iets gebeurt.",
    straat: "Anklaarseweg",
    huisnummer: "94",
    postcode: "7316 MR",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vakvaardigheden", "portfolio"],
    dagenEnTijden: "Woensdagmiddag van 13.00 tot 17.00 uur en donderdagavond van 18.30 tot 21.30 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 10,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Alle activiteitenruimtes zijn op de begane grond, maar de knutselruimte heeft een drempel. Bij drukke activiteiten kun je even pauzeren in het kantoor.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-buurtkeuken-apeldoorn",
    aanbieder: "buurthuis-de-kastanje",
    branche: "horeca",
    titel: "Medewerker buurtkeuken",
    omschrijving:
      "Twee keer per week koken we in De Kastanje een betaalbare maaltijd voor zo'n veertig buurtbewoners. Je helpt met koken, opscheppen en afwassen. De sfeer is warm en er wordt veel gelachen.",
    taken:
      "- Boodschappen uitpakken en opruimen\n- Groente schoonmaken en snijden\n- Meehelpen met koken volgens het recept\n- Eten opscheppen en uitdelen\n- Afwassen en de keuken schoon achterlaten",
    begeleiding:
      "Op trede 3 kook je samen met de vaste kok van de buurtkeuken. Op trede 4 ben je verantwoordelijk voor een deel van het menu, zoals het toetje, en overleg je met de kok als dat nodig is.",
    straat: "Anklaarseweg",
    huisnummer: "94",
    postcode: "7316 MR",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "certificaat",
      "lunch",
      "rolstoeltoegankelijk",
    ],
    dagenEnTijden: "Dinsdag en donderdag, van 14.00 tot 19.30 uur.",
    urenPerWeekMin: 5,
    urenPerWeekMax: 11,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De keuken heeft een verlaagd aanrecht en is ruim genoeg voor een rolstoel. Er is een aangepast toilet.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-gebouwbeheer-buurthuis-apeldoorn",
    aanbieder: "buurthuis-de-kastanje",
    branche: "schoonmaak",
    titel: "Medewerker gebouwbeheer",
    omschrijving:
      "Een buurthuis waar elke dag veel mensen komen, moet schoon en veilig zijn. Jij zorgt voor het dagelijks onderhoud van het gebouw. Je bent handig en werkt graag zelfstandig.",
    taken:
      "- Zalen klaarzetten voor activiteiten en vergaderingen\n- Lampen vervangen en kleine reparaties doen\n- Toiletten en keuken schoonmaken\n- Het afval naar buiten zetten op ophaaldagen\n- Gebreken melden bij de beheerder",
    begeleiding:
      "Je werkt zelfstandig met een vaste takenlijst. De beheerder van het buurthuis zie je aan het begin van je dienst en is daarna telefonisch bereikbaar.",
    straat: "Anklaarseweg",
    huisnummer: "94",
    postcode: "7316 MR",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "flexibele-uren", "vakvaardigheden"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 8.00 en 17.00 uur. Je maakt samen met de beheerder een rooster.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Je loopt veel en gebruikt een trapje; dit werk is niet geschikt voor een rolstoel. Er is een fietsenstalling en parkeren kan in de straat.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "receptiemedewerker-buurthuis-apeldoorn",
    aanbieder: "buurthuis-de-kastanje",
    branche: "administratie",
    titel: "Receptiemedewerker",
    omschrijving:
      "Aan de balie van De Kastanje ben je het eerste aanspreekpunt voor bezoekers. Je neemt de telefoon op, houdt de zaalagenda bij en helpt mensen op weg. Je werkt op een plek waar je veel verschillende mensen ontmoet.",
    taken:
      "- Bezoekers ontvangen en de weg wijzen\n- De telefoon opnemen en berichten noteren\n- Zaalreserveringen invoeren in de agenda\n- Folders en posters bijhouden in de hal\n- Aanmeldingen voor activiteiten verwerken",
    begeleiding:
      "Op trede 3 zit de coördinator naast je aan de balie. Op trede 4 bemens je de balie zelfstandig en zit de coördinator in het kantoor erachter.",
    straat: "Anklaarseweg",
    huisnummer: "94",
    postcode: "7316 MR",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "taal-en-rekenen",
      "rolstoeltoegankelijk",
      "werknemersvaardigheden",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, in dagdelen van 9.00 tot 13.00 uur of van 13.00 tot 17.00 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De balie is op zithoogte en het buurthuis is volledig gelijkvloers, dus je kunt er met een rolstoel werken. Het is wel een plek met veel aanloop.",
    status: "CONCEPT",
  },

  // ── Woonzorgcentrum Sprengenrode ───────────────────────────────────────────
  {
    slug: "gastvrouw-gastheer-huiskamer-zorgcentrum-apeldoorn",
    aanbieder: "woonzorgcentrum-sprengenrode",
    branche: "zorg-en-welzijn",
    titel: "Gastvrouw of gastheer huiskamer",
    omschrijving:
      "In Sprengenrode wonen ouderen in kleine groepen met een gezamenlijke huiskamer. Als gastvrouw of gastheer zorg je voor gezelligheid: je schenkt koffie, maakt een praatje en leest de krant voor. Je doet geen verzorgende taken.",
    taken:
      "- Koffie, thee en iets lekkers rondbrengen\n- Een praatje maken met bewoners\n- De krant voorlezen of een puzzel samen maken\n- De huiskamer netjes houden\n- De tafel dekken voor de lunch",
    begeleiding:
      "Er is altijd een verzorgende in de huiskamer of de gang, en zij helpt je als een bewoner iets nodig heeft. Je krijgt een inwerkmiddag met een vaste vrijwilliger.",
    straat: "Sprengenweg",
    huisnummer: "61",
    postcode: "7314 PG",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3, 4],
    mogelijkheden: ["begeleiding-op-de-werkplek", "rolstoeltoegankelijk", "werknemersvaardigheden", "lunch"],
    dagenEnTijden: "Elke dag, van 10.00 tot 13.00 uur of van 14.30 tot 17.00 uur. Ook weekenden zijn welkom.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 12,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "Het gebouw heeft liften, brede gangen en automatische deuren; alles is goed bereikbaar met een rolstoel. Bushalte Sprengenweg ligt voor de ingang.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "assistent-activiteiten-zorgcentrum-apeldoorn",
    aanbieder: "woonzorgcentrum-sprengenrode",
    branche: "zorg-en-welzijn",
    titel: "Assistent welzijn en activiteiten",
    omschrijving:
      "Het welzijnsteam organiseert elke dag iets voor de bewoners: gym, muziek, bakken of een uitstapje. Je helpt bij het voorbereiden en doet zelf actief mee. Je leert hoe je activiteiten afstemt op wat ouderen nog kunnen.",
    taken:
      "- Activiteiten voorbereiden en de ruimte inrichten\n- Bewoners ophalen en terugbrengen naar hun appartement\n- Een activiteit zelfstandig leiden, zoals de bakmiddag\n- Het weekprogramma ophangen op de afdelingen\n- Bijhouden welke bewoners meedoen",
    begeleiding:
      "Je werkt zelfstandig volgens het weekprogramma. De welzijnscoördinator is in het gebouw en telefonisch bereikbaar; elke maand hebben jullie een voortgangsgesprek.",
    straat: "Sprengenweg",
    huisnummer: "61",
    postcode: "7314 PG",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "doorstroom-betaald-werk", "vakvaardigheden", "rolstoeltoegankelijk"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.30 tot 16.30 uur. Je werkt minimaal twee dagen.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 28,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het hele gebouw is rolstoeltoegankelijk en heeft liften. Voor medewerkers is er een eigen parkeerterrein.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-restaurant-zorgcentrum-apeldoorn",
    aanbieder: "woonzorgcentrum-sprengenrode",
    branche: "horeca",
    titel: "Medewerker restaurant",
    omschrijving:
      "Het restaurant van Sprengenrode is open voor bewoners, hun familie en mensen uit de wijk. Je helpt bij het uitserveren van de warme maaltijd en houdt het restaurant gezellig en schoon. Bewoners waarderen het als je even tijd voor ze neemt.",
    taken:
      "- Tafels dekken en afruimen\n- De warme maaltijd uitserveren\n- Drankjes inschenken en rondbrengen\n- Afwassen met de vaatwasmachine\n- Bestellingen van bewoners doorgeven aan de keuken",
    begeleiding:
      "Op trede 3 werk je onder leiding van de gastvrouw van het restaurant, die altijd aanwezig is. Op trede 4 draai je zelfstandig een dienst en is de teamleider horeca oproepbaar.",
    straat: "Sprengenweg",
    huisnummer: "61",
    postcode: "7314 PG",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "rolstoeltoegankelijk",
      "lunch",
      "certificaat",
    ],
    dagenEnTijden: "Maandag tot en met zondag, van 11.00 tot 14.30 uur of van 16.00 tot 19.00 uur.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Het restaurant is gelijkvloers en heeft brede paden tussen de tafels. Je kunt er goed met een rolstoel of rollator werken.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "wandel-en-boodschappenmaatje-zorgcentrum-epe",
    aanbieder: "woonzorgcentrum-sprengenrode",
    branche: "zorg-en-welzijn",
    titel: "Wandel- en boodschappenmaatje",
    omschrijving:
      "Veel bewoners van onze locatie in Epe willen graag naar buiten, maar durven dat niet alleen. Jij gaat met ze wandelen in het park of doet samen boodschappen in het dorp. Je hebt een vaste groep bewoners.",
    taken:
      "- Bewoners ophalen op hun kamer\n- Samen wandelen, met of zonder rolstoel\n- Boodschappen doen in het dorp\n- Een kopje koffie drinken op het terras\n- Kort noteren hoe het uitje ging",
    begeleiding:
      "Je plant je wandelingen zelf in overleg met de verzorgenden. De coördinator vrijwilligers is telefonisch bereikbaar en je hebt elke twee weken contact.",
    straat: "Heerderweg",
    huisnummer: "24",
    postcode: "8161 BL",
    plaats: "Epe",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "flexibele-uren", "rolstoeltoegankelijk"],
    dagenEnTijden: "Op doordeweekse dagen, tussen 10.00 en 16.00 uur. Je spreekt zelf een vast ritme af.",
    urenPerWeekMin: 4,
    urenPerWeekMax: null,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "De locatie in Epe is volledig rolstoeltoegankelijk en de wandelroutes in het park zijn verhard. De bushalte ligt op twee minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "tuinmedewerker-zorgcentrum-epe",
    aanbieder: "woonzorgcentrum-sprengenrode",
    branche: "groen-en-tuin",
    titel: "Tuinmedewerker binnentuin",
    omschrijving:
      "De locatie in Epe heeft een grote binnentuin met een vijver, fruitbomen en verhoogde plantenbakken. Je houdt de tuin mooi, zodat bewoners er fijn kunnen zitten. Soms helpen bewoners een handje mee.",
    taken:
      "- Plantenbakken wieden en water geven\n- Bladeren vegen van de paden\n- De vijver schoonhouden\n- Tuinmeubels schoonmaken en klaarzetten\n- Bloemen plukken voor in de huiskamers",
    begeleiding:
      "De huismeester werkt met je mee in de tuin en laat zien wat er moet gebeuren. Hij is de hele dag in het gebouw.",
    straat: "Heerderweg",
    huisnummer: "24",
    postcode: "8161 BL",
    plaats: "Epe",
    treden: [3],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "flexibele-uren", "lunch"],
    dagenEnTijden: "Maandag, woensdag en vrijdag, van 9.00 tot 12.00 uur.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 9,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De binnentuin is rustig en afgesloten van de straat. Je kunt gratis parkeren en de bushalte ligt vlakbij.",
    status: "INGEDIEND",
  },

  // ── Houtwerkplaats Nerf & Noest ────────────────────────────────────────────
  {
    slug: "medewerker-houtbewerking-loenen",
    aanbieder: "houtwerkplaats-nerf-en-noest",
    branche: "techniek",
    titel: "Medewerker houtbewerking",
    omschrijving:
      "In onze werkplaats in Loenen maken we tafels, bankjes en plantenbakken op bestelling. Je werkt met zaag-, schaaf- en schuurmachines. Veiligheid staat voorop: je leert eerst goed hoe je met elke machine omgaat.",
    taken:
      "- Hout afmeten en aftekenen volgens de tekening\n- Zagen op de afkortzaag\n- Schaven en schuren tot het glad is\n- Onderdelen in elkaar zetten met schroeven en lijm\n- Het werk afmaken met olie of lak",
    begeleiding:
      "Op trede 3 werk je naast de meubelmaker en gebruik je alleen de machines waarvoor je al uitleg hebt gehad. Op trede 4 maak je zelfstandig een opdracht en vraag je de meubelmaker om controle.",
    straat: "Eerbeekseweg",
    huisnummer: "28",
    postcode: "7371 CE",
    plaats: "Loenen",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "vakvaardigheden",
      "certificaat",
      "lunch",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, van 8.30 tot 15.30 uur. Je werkt minimaal drie dagdelen.",
    urenPerWeekMin: 10,
    urenPerWeekMax: 28,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "In de werkplaats draag je gehoorbescherming en werkschoenen; die krijg je van ons. De werkplaats is niet geschikt voor een rolstoel. Bushalte Loenen Centrum ligt op vijf minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "maker-houten-speelgoed-loenen",
    aanbieder: "houtwerkplaats-nerf-en-noest",
    branche: "creatief",
    titel: "Maker houten speelgoed",
    omschrijving:
      "In een apart, rustig atelier maken we houten speelgoed: treintjes, puzzels en blokken. Het werk is precies en creatief. Je werkt met handgereedschap en een kleine figuurzaag.",
    taken:
      "- Vormen overtekenen op het hout met een mal\n- Uitzagen met de figuurzaag\n- Randen schuren met schuurpapier\n- Speelgoed beschilderen met veilige verf\n- Klaar speelgoed controleren en inpakken",
    begeleiding:
      "De atelierbegeleider zit aan dezelfde tafel en werkt mee. Je begint met eenvoudige vormen en krijgt pas moeilijker werk als je daar klaar voor bent.",
    straat: "Eerbeekseweg",
    huisnummer: "28",
    postcode: "7371 CE",
    plaats: "Loenen",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "werknemersvaardigheden"],
    dagenEnTijden: "Dinsdag tot en met vrijdag, van 9.30 tot 13.00 uur.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 14,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Het atelier is een aparte ruimte zonder machinegeluid, met ramen op de tuin. Er is een opstapje bij de ingang.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-sloophout-hergebruik-loenen",
    aanbieder: "houtwerkplaats-nerf-en-noest",
    branche: "recycling",
    titel: "Medewerker sloophout",
    omschrijving:
      "Al ons hout is gebruikt hout: oude steigerplanken, balken uit verbouwingen en pallets. Voordat we het kunnen gebruiken, moet het schoongemaakt worden. Je werkt veel buiten onder de overkapping.",
    taken:
      "- Spijkers en schroeven uit het hout trekken\n- Hout sorteren op soort en lengte\n- Planken afborstelen en opstapelen\n- Onbruikbaar hout in de container gooien\n- De opslag netjes en veilig houden",
    begeleiding:
      "Op trede 3 werk je samen met je vaste werkbuddy en is een begeleider op het terrein. Op trede 4 beheer je zelfstandig de houtopslag en overleg je met de meubelmaker over wat er nodig is.",
    straat: "Eerbeekseweg",
    huisnummer: "28",
    postcode: "7371 CE",
    plaats: "Loenen",
    treden: [3, 4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "vaste-werkbuddy", "lunch"],
    dagenEnTijden: "Maandag tot en met donderdag, van 8.00 tot 14.00 uur. Bij regen werk je onder de overkapping.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het werk is buiten op een grindterrein en vraagt dat je kunt tillen. Je kunt je auto of fiets op het terrein zetten.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "assistent-meubelmaker-eerbeek",
    aanbieder: "houtwerkplaats-nerf-en-noest",
    branche: "techniek",
    titel: "Assistent meubelmaker",
    omschrijving:
      "In Eerbeek hebben we een professionele meubelmakerij met grote machines. Hier maken we kasten en keukens op maat voor klanten. Je werkt mee aan echte klantopdrachten en leert het vak van de meubelmaker.",
    taken:
      "- Plaatmateriaal zagen op de formaatzaag\n- Kasten en laden monteren\n- Meubels schuren en in de lak zetten\n- Meehelpen bij het plaatsen bij klanten thuis\n- Je werk vastleggen met foto's in je portfolio",
    begeleiding:
      "Je werkt zelfstandig aan een deel van de opdracht. De meubelmaker werkt in dezelfde hal en je jobcoach komt eens per maand langs om te kijken hoe je verder kunt.",
    straat: "Coldenhovenseweg",
    huisnummer: "70",
    postcode: "6961 EG",
    plaats: "Eerbeek",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "doorstroom-betaald-werk", "portfolio"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 7.30 tot 16.00 uur. Je werkt drie of vier dagen.",
    urenPerWeekMin: 20,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De meubelmakerij is een grote, lawaaiige hal en niet geschikt voor een rolstoel. Er is een bushalte op tien minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-lasergraveren-eerbeek",
    aanbieder: "houtwerkplaats-nerf-en-noest",
    branche: "creatief",
    titel: "Medewerker lasergraveren",
    omschrijving:
      "Met onze lasermachine graveren we namen en logo's in houten snijplanken, sleutelhangers en bordjes. Je zet de ontwerpen klaar op de computer en bedient de machine. Het is precisiewerk in een rustige ruimte.",
    taken:
      "- Ontwerpen klaarzetten in het tekenprogramma\n- Hout in de lasermachine leggen en uitlijnen\n- De machine starten en in de gaten houden\n- Producten schoonmaken en controleren\n- Bestellingen inpakken voor de webwinkel",
    begeleiding:
      "Je werkt zelfstandig aan de lasermachine. De meubelmaker in de hal ernaast is bereikbaar voor vragen.",
    straat: "Coldenhovenseweg",
    huisnummer: "70",
    postcode: "6961 EG",
    plaats: "Eerbeek",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "prikkelarm"],
    dagenEnTijden: "Dinsdag tot en met donderdag, van 9.00 tot 15.00 uur.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 18,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De laserruimte is afgesloten van de werkplaats en daardoor stil. De ingang heeft een trapje.",
    status: "AFGEWEZEN",
  },

  // ── Tuinonderhoud De Spreng ────────────────────────────────────────────────
  {
    slug: "hovenier-onderhoudsploeg-apeldoorn",
    aanbieder: "tuinonderhoud-de-spreng",
    branche: "groen-en-tuin",
    titel: "Medewerker onderhoudsploeg hovenier",
    omschrijving:
      "Met een ploeg van drie of vier mensen onderhoud je tuinen van particulieren en bedrijven in Apeldoorn. Elke dag ben je op een andere plek. Je werkt buiten, bij elk weer, en leert veel over planten en gereedschap.",
    taken:
      "- Hagen knippen met de heggenschaar\n- Gras maaien en kanten steken\n- Borders wieden en mulchen\n- Snoeiafval opruimen en in de aanhanger laden\n- Gereedschap schoonmaken aan het eind van de dag",
    begeleiding:
      "Op trede 3 werk je in de ploeg van de voorman, die je alles voordoet en bij je in de buurt blijft. Op trede 4 krijg je een eigen stuk van de klus en belt de voorman je als hij bij een andere ploeg is.",
    straat: "Europaweg",
    huisnummer: "205",
    postcode: "7336 AL",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "certificaat",
      "vakvaardigheden",
      "vervoer",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, van 7.30 tot 15.30 uur. Je vertrekt met de bus vanaf de werkplaats.",
    urenPerWeekMin: 16,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "Je werkt buiten en moet goed kunnen bukken en tillen. Je rijdt mee in de bus van De Spreng, dus je hoeft niet zelf naar de klant te reizen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-wijkgroen-apeldoorn-zuid",
    aanbieder: "tuinonderhoud-de-spreng",
    branche: "groen-en-tuin",
    titel: "Medewerker wijkgroen",
    omschrijving:
      "In opdracht van woningcorporaties houden we het groen in de wijken van Apeldoorn-Zuid netjes. Je werkt in een vaste groep op vaste plekken. Bewoners maken vaak een praatje en zijn blij met je werk.",
    taken:
      "- Zwerfafval prikken in plantsoenen\n- Onkruid verwijderen tussen tegels\n- Bladeren blazen en vegen\n- Plantvakken schoffelen\n- Volle afvalzakken op de verzamelplek zetten",
    begeleiding:
      "De groepsleider werkt de hele dag met de groep mee en houdt iedereen in het oog. Je krijgt elke ochtend uitleg over wat er die dag gebeurt.",
    straat: "Arnhemseweg",
    huisnummer: "480",
    postcode: "7334 AC",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "werknemersvaardigheden", "vervoer", "lunch"],
    dagenEnTijden: "Maandag tot en met donderdag, van 8.00 tot 13.00 uur.",
    urenPerWeekMin: 5,
    urenPerWeekMax: 20,
    plaatsenBeschikbaar: 5,
    toegankelijkheid:
      "Je bent de hele ochtend buiten in beweging. Je verzamelt bij de keet aan de Arnhemseweg, vlak bij een bushalte.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-onderhoud-tuingereedschap-apeldoorn",
    aanbieder: "tuinonderhoud-de-spreng",
    branche: "techniek",
    titel: "Medewerker onderhoud tuinmachines",
    omschrijving:
      "Grasmaaiers, bosmaaiers en bladblazers gaan elke dag mee op pad en moeten goed blijven werken. In de werkplaats van De Spreng houd je die machines in topconditie. Je werkt met een ervaren monteur.",
    taken:
      "- Machines schoonmaken na gebruik\n- Olie verversen en luchtfilters vervangen\n- Messen en kettingen slijpen\n- Storingen opzoeken en kleine reparaties doen\n- Bijhouden welk onderhoud is gedaan",
    begeleiding:
      "Je werkt zelfstandig aan de werkbank. De monteur is twee dagen per week in de werkplaats en verder telefonisch bereikbaar.",
    straat: "Europaweg",
    huisnummer: "205",
    postcode: "7336 AL",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "certificaat", "prikkelarm"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 8.00 tot 16.00 uur. Minimaal drie dagen.",
    urenPerWeekMin: 16,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Overdag is de werkplaats stil, want de ploegen zijn dan op pad. De werkplaats is gelijkvloers; er is gratis parkeren.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-snoeiploeg-ugchelen",
    aanbieder: "tuinonderhoud-de-spreng",
    branche: "groen-en-tuin",
    titel: "Medewerker snoeiploeg",
    omschrijving:
      "De snoeiploeg werkt op landgoederen en grote tuinen rond Ugchelen. Je snoeit heesters, ruimt takken op en helpt bij het versnipperen. Het is zwaar, maar afwisselend werk in een mooie omgeving.",
    taken:
      "- Heesters en jonge bomen snoeien\n- Takken naar de versnipperaar brengen\n- Het werkterrein afzetten met linten\n- Houtsnippers uitrijden over de paden\n- Persoonlijke beschermingsmiddelen controleren",
    begeleiding:
      "Je werkt zelfstandig in de ploeg. De voorman geeft 's ochtends de opdrachten en is daarna bereikbaar via de telefoon. Met je jobcoach werk je aan een certificaat voor de bosmaaier.",
    straat: "Hoenderloseweg",
    huisnummer: "120",
    postcode: "7339 GH",
    plaats: "Ugchelen",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "certificaat", "doorstroom-betaald-werk"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 7.30 tot 16.00 uur. In de zomer minder snoeiwerk.",
    urenPerWeekMin: 20,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Dit is fysiek zwaar buitenwerk. Je verzamelt op de parkeerplaats aan de Hoenderloseweg; daar stopt ook de bus.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-groendepot-klarenbeek",
    aanbieder: "tuinonderhoud-de-spreng",
    branche: "groen-en-tuin",
    titel: "Medewerker groendepot",
    omschrijving:
      "Op ons depot in Klarenbeek staan de planten, bomen, tegels en machines voor de ploegen. Je houdt het depot op orde en zet materiaal klaar voor de volgende dag. Het werk is overzichtelijk en je bent veel buiten.",
    taken:
      "- Planten water geven en netjes opstellen\n- Materiaal klaarzetten voor de ploegen\n- Teruggebrachte spullen controleren en opbergen\n- Groenafval in de juiste bak doen\n- Het terrein vegen en bijhouden",
    begeleiding:
      "Op trede 3 werk je samen met de depotbeheerder, die altijd op het terrein is. Op trede 4 werk je zelfstandig een takenlijst af en bel je de beheerder als je hem nodig hebt.",
    straat: "Hoofdweg",
    huisnummer: "38",
    postcode: "7381 BC",
    plaats: "Klarenbeek",
    treden: [3, 4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "lunch", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 7.30 en 15.00 uur. Uren in overleg.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het depot heeft een verhard terrein maar geen aangepast toilet. De buurtbus stopt op een paar minuten lopen.",
    status: "GEPUBLICEERD",
  },

  // ── Versmarkt Van Essen ────────────────────────────────────────────────────
  {
    slug: "vakkenvuller-supermarkt-twello",
    aanbieder: "versmarkt-van-essen",
    branche: "detailhandel",
    titel: "Vakkenvuller supermarkt",
    omschrijving:
      "In onze supermarkt in Twello vul je de schappen met houdbare producten, zuivel en drank. Je werkt in een team van jonge en oudere collega's. Klanten kennen het personeel vaak bij naam.",
    taken:
      "- Rolcontainers uitpakken in het magazijn\n- Schappen vullen en producten naar voren zetten\n- Houdbaarheidsdata controleren\n- Lege dozen platdrukken voor het oud papier\n- Klanten de weg wijzen naar een product",
    begeleiding:
      "Op trede 3 vul je samen met je vaste werkbuddy een vaste afdeling en is de afdelingsleider in de winkel. Op trede 4 krijg je een eigen gangpad en overleg je alleen met de afdelingsleider als er iets ontbreekt.",
    straat: "Dorpsstraat",
    huisnummer: "40",
    postcode: "7391 DE",
    plaats: "Twello",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "werknemersvaardigheden",
      "vaste-werkbuddy",
      "flexibele-uren",
    ],
    dagenEnTijden: "Maandag tot en met zaterdag, in de ochtend van 7.00 tot 11.00 uur of in de avond van 17.00 tot 21.00 uur.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "In de winkel loop en til je veel; het magazijn heeft een drempel en is niet geschikt voor een rolstoel. De winkel ligt midden in het dorp, op tien minuten lopen van het station.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-groente-en-fruit-twello",
    aanbieder: "versmarkt-van-essen",
    branche: "detailhandel",
    titel: "Medewerker groente en fruit",
    omschrijving:
      "De groente- en fruitafdeling is het visitekaartje van Van Essen. Je zorgt dat alles er vers en mooi uitziet en helpt klanten met advies. Je leert hoe je producten verwerkt en presenteert.",
    taken:
      "- Groente en fruit uitstallen in de kisten\n- Slechte producten eruit halen\n- Fruitbakjes en soepgroente snijden en verpakken\n- Prijskaartjes bijwerken\n- Bestellijsten invullen voor de volgende dag",
    begeleiding:
      "Je werkt zelfstandig op de afdeling. De afdelingschef is in de winkel of telefonisch bereikbaar en je jobcoach helpt je met solliciteren als je klaar bent voor een baan.",
    straat: "Dorpsstraat",
    huisnummer: "40",
    postcode: "7391 DE",
    plaats: "Twello",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "certificaat", "doorstroom-betaald-werk"],
    dagenEnTijden: "Maandag tot en met zaterdag, van 7.00 tot 13.00 uur.",
    urenPerWeekMin: 12,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Je staat het grootste deel van de dienst. Er is een parkeerplaats achter de winkel.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "winkelmedewerker-dorpssupermarkt-klarenbeek",
    aanbieder: "versmarkt-van-essen",
    branche: "detailhandel",
    titel: "Winkelmedewerker dorpssupermarkt",
    omschrijving:
      "Onze kleinste winkel staat in Klarenbeek. Het is een echte dorpswinkel waar mensen even blijven praten. Je helpt mee waar het nodig is: in de schappen, bij de broodafdeling en soms aan de kassa.",
    taken:
      "- Brood afbakken en in de broodkast leggen\n- Schappen bijvullen\n- Klanten helpen met inpakken\n- Met een collega de kassa draaien\n- De winkel vegen bij sluiting",
    begeleiding:
      "De bedrijfsleider van de winkel werkt altijd met je mee en legt elke taak rustig uit. Je oefent met rekenen aan de kassa met een collega ernaast.",
    straat: "Hoofdweg",
    huisnummer: "9",
    postcode: "7381 BE",
    plaats: "Klarenbeek",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "taal-en-rekenen", "rolstoeltoegankelijk"],
    dagenEnTijden: "Maandag tot en met zaterdag, van 8.00 tot 12.00 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 16,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De winkel is gelijkvloers met brede gangpaden en een automatische deur, en goed bereikbaar met een rolstoel. De buurtbus stopt voor de deur.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-boodschappenbezorging-apeldoorn",
    aanbieder: "versmarkt-van-essen",
    branche: "logistiek",
    titel: "Medewerker boodschappenbezorging",
    omschrijving:
      "Klanten die niet zelf kunnen komen, bestellen hun boodschappen telefonisch. Jij verzamelt de bestelling in de winkel in Osseveld en brengt die met de bezorgfiets rond in de wijk. Vooral ouderen zijn erg blij met je bezoek.",
    taken:
      "- Bestellingen verzamelen in de winkel\n- Koelproducten in een koeltas doen\n- Boodschappen bezorgen met de elektrische fiets\n- Boodschappen in de keuken zetten als de klant dat wil\n- De bezorglijst aftekenen",
    begeleiding:
      "Je werkt zelfstandig met je eigen bezorglijst. De bedrijfsleider is bereikbaar via de telefoon.",
    straat: "Laan van Osseveld",
    huisnummer: "18",
    postcode: "7327 DK",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "flexibele-uren", "werknemersvaardigheden"],
    dagenEnTijden: "Dinsdag en vrijdag, van 13.00 tot 17.00 uur.",
    urenPerWeekMin: 4,
    urenPerWeekMax: 8,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Je moet kunnen fietsen en tassen tot tien kilo kunnen dragen. De winkel ligt in winkelcentrum Osseveld, vlak bij de bushalte.",
    status: "GEARCHIVEERD",
  },
  {
    slug: "medewerker-statiegeld-en-emballage-apeldoorn",
    aanbieder: "versmarkt-van-essen",
    branche: "recycling",
    titel: "Medewerker statiegeld en emballage",
    omschrijving:
      "Flessen, blikjes en kratten: bij de statiegeldautomaat komt veel binnen. In de ruimte achter de automaat sorteer je alles en maak je het klaar voor transport. Het is rustig werk met een duidelijk begin en eind.",
    taken:
      "- Volle zakken uit de statiegeldautomaat halen\n- Flessen en blikjes sorteren in kratten\n- Kratten stapelen op rolcontainers\n- De automaat schoonmaken\n- Storingen aan de automaat melden",
    begeleiding:
      "Een vaste medewerker van de winkel laat je elke dag zien wat er moet gebeuren en werkt dichtbij in het magazijn. Je kunt altijd even bij hem binnenlopen.",
    straat: "Laan van Osseveld",
    huisnummer: "18",
    postcode: "7327 DK",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met zaterdag, van 9.00 tot 12.00 uur. Je begint met twee ochtenden.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 12,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De sorteerruimte is een aparte, rustige ruimte zonder klanten. Het winkelcentrum heeft een gratis parkeerplaats.",
    status: "GEPUBLICEERD",
  },

  // ── Hotel De Sprengenkop ───────────────────────────────────────────────────
  {
    slug: "medewerker-ontbijtservice-hotel-hoenderloo",
    aanbieder: "hotel-de-sprengenkop",
    branche: "horeca",
    titel: "Medewerker ontbijtservice",
    omschrijving:
      "Elke ochtend ontbijten er tot honderd gasten in ons hotel. Je zorgt dat het ontbijtbuffet er goed uitziet en blijft. Je werkt in een vriendelijk team en hebt veel contact met gasten uit binnen- en buitenland.",
    taken:
      "- Het ontbijtbuffet opbouwen en aanvullen\n- Eieren bakken en broodjes afbakken\n- Koffie en thee serveren aan tafel\n- Tafels afruimen en opnieuw dekken\n- Het buffet afbouwen en de ruimte schoonmaken",
    begeleiding:
      "Op trede 3 werk je onder leiding van de ontbijtmanager, die de hele dienst meewerkt. Op trede 4 ben je verantwoordelijk voor een deel van het buffet en roep je de manager als je hulp nodig hebt.",
    straat: "Krimweg",
    huisnummer: "40",
    postcode: "7351 TM",
    plaats: "Hoenderloo",
    treden: [3, 4],
    ontwikkelingNaar: [4, 5],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "lunch",
      "vervoer",
      "taal-en-rekenen",
    ],
    dagenEnTijden: "Elke dag van 6.30 tot 11.00 uur, ook in het weekend. Je werkt volgens een rooster.",
    urenPerWeekMin: 9,
    urenPerWeekMax: 22,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Hoenderloo is vroeg in de ochtend slecht bereikbaar met de bus. Daarom rijdt er een personeelsbusje vanaf Apeldoorn station.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-housekeeping-hotel-hoenderloo",
    aanbieder: "hotel-de-sprengenkop",
    branche: "schoonmaak",
    titel: "Medewerker housekeeping",
    omschrijving:
      "Als gasten vertrekken, maken we de kamers klaar voor de volgende gasten. Je maakt bedden op, poetst de badkamer en vult de kamer aan. Je werkt in tweetallen, volgens een vaste volgorde.",
    taken:
      "- Bedden afhalen en opnieuw opmaken\n- Badkamers en toiletten schoonmaken\n- Stofzuigen en stof afnemen\n- Handdoeken, zeep en koffie aanvullen\n- Gevonden voorwerpen afgeven bij de receptie",
    begeleiding:
      "Op trede 3 werk je samen met je vaste werkbuddy en controleert de huishoudelijk leidinggevende je kamers. Op trede 4 maak je zelfstandig kamers schoon en meld je je bij de leidinggevende als je klaar bent.",
    straat: "Krimweg",
    huisnummer: "40",
    postcode: "7351 TM",
    plaats: "Hoenderloo",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "werknemersvaardigheden",
      "vaste-werkbuddy",
      "vervoer",
    ],
    dagenEnTijden: "Maandag tot en met zondag, van 10.00 tot 15.00 uur. Twee of drie dagen per week.",
    urenPerWeekMin: 10,
    urenPerWeekMax: 15,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Het hotel heeft een lift, maar het werk vraagt dat je veel bukt en loopt. Je kunt meerijden met het personeelsbusje vanaf Apeldoorn.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "terreinmedewerker-hotel-hoenderloo",
    aanbieder: "hotel-de-sprengenkop",
    branche: "groen-en-tuin",
    titel: "Terreinmedewerker",
    omschrijving:
      "Het hotel ligt op een groot terrein met bos, een vijver en wandelpaden. Jij houdt het terrein netjes en veilig voor de gasten. Je werkt grotendeels alleen, in de stilte van het bos.",
    taken:
      "- Paden vegen en bladeren ruimen\n- Takken en omgewaaide bomen melden of opruimen\n- Prullenbakken legen\n- Bankjes en bordjes controleren\n- De fietsenstalling voor gasten opruimen",
    begeleiding:
      "Je werkt zelfstandig met een weekplanning. De technische dienst van het hotel is oproepbaar via de telefoon.",
    straat: "Krimweg",
    huisnummer: "40",
    postcode: "7351 TM",
    plaats: "Hoenderloo",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "prikkelarm", "vakvaardigheden"],
    dagenEnTijden: "In overleg, op doordeweekse dagen tussen 8.00 en 16.00 uur.",
    urenPerWeekMin: null,
    urenPerWeekMax: null,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "Je werkt buiten op onverharde paden, ver van drukte. Je moet zelf vervoer hebben of met de fiets kunnen komen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-receptie-backoffice-hotel-hoenderloo",
    aanbieder: "hotel-de-sprengenkop",
    branche: "administratie",
    titel: "Medewerker backoffice receptie",
    omschrijving:
      "Achter de receptie zit de backoffice van het hotel. Je verwerkt reserveringen, beantwoordt e-mails en maakt de gastenlijsten voor de dag. Je leert werken met een reserveringssysteem en professionele e-mails schrijven.",
    taken:
      "- Reserveringen invoeren en wijzigen\n- E-mails van gasten beantwoorden met standaardteksten\n- Gastenlijsten printen voor restaurant en housekeeping\n- Facturen voor groepen klaarzetten\n- Af en toe de receptie bemannen",
    begeleiding:
      "Je werkt zelfstandig in de backoffice. De receptiemanager zit aan de balie ernaast en je jobcoach helpt je bij de stap naar betaald werk.",
    straat: "Krimweg",
    huisnummer: "40",
    postcode: "7351 TM",
    plaats: "Hoenderloo",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "taal-en-rekenen", "doorstroom-betaald-werk", "rolstoeltoegankelijk"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.00 tot 17.00 uur. Minimaal drie dagen.",
    urenPerWeekMin: 16,
    urenPerWeekMax: 32,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De backoffice is op de begane grond naast de hotelingang en goed bereikbaar met een rolstoel. Er is een personeelsbusje vanaf Apeldoorn station.",
    status: "GEPUBLICEERD",
  },

  // ── Atelier Draad & Co ─────────────────────────────────────────────────────
  {
    slug: "medewerker-naaiatelier-zutphen",
    aanbieder: "atelier-draad-en-co",
    branche: "creatief",
    titel: "Medewerker naaiatelier",
    omschrijving:
      "In ons naaiatelier in de binnenstad van Zutphen maken we van oude gordijnen, jeans en lakens nieuwe tassen en kussens. Je werkt met naaimachines en lockmachines. Iedereen helpt elkaar en er is ruimte voor eigen ideeën.",
    taken:
      "- Patronen overnemen en stof knippen\n- Onderdelen aan elkaar naaien\n- Ritsen en voeringen inzetten\n- Producten afwerken en labels innaaien\n- Foto's maken van je werk voor je portfolio",
    begeleiding:
      "Op trede 3 werk je naast de coupeuse, die je elke stap laat zien. Op trede 4 maak je zelfstandig een serie producten en vraag je de coupeuse om hulp als je vastloopt.",
    straat: "Spittaalstraat",
    huisnummer: "44",
    postcode: "7201 EE",
    plaats: "Zutphen",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "vakvaardigheden",
      "portfolio",
      "rolstoeltoegankelijk",
    ],
    dagenEnTijden: "Maandag tot en met donderdag, van 9.30 tot 15.30 uur.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 22,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "Het atelier is gelijkvloers met een drempelvrije ingang en een aangepast toilet, dus goed bereikbaar met een rolstoel. Station Zutphen ligt op tien minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "textielsorteerder-hergebruik-zutphen",
    aanbieder: "atelier-draad-en-co",
    branche: "recycling",
    titel: "Textielsorteerder hergebruik",
    omschrijving:
      "Alle stof die we gebruiken, krijgen we als donatie. In ons sorteerpunt op bedrijventerrein De Stoven bekijk je elke zak en bepaal je wat er met de stof kan. Het is rustig werk in een kleine groep.",
    taken:
      "- Zakken met stof en kleding uitpakken\n- Stoffen sorteren op soort en kleur\n- Knopen en ritsen eraf knippen voor hergebruik\n- Stof opvouwen en in de stellingen leggen\n- Restafval apart houden voor de textielrecycling",
    begeleiding:
      "De begeleider van het sorteerpunt werkt altijd met je mee. Je krijgt een vaste plek aan de sorteertafel.",
    straat: "De Stoven",
    huisnummer: "12",
    postcode: "7206 AZ",
    plaats: "Zutphen",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "werknemersvaardigheden"],
    dagenEnTijden: "Dinsdag, woensdag en vrijdag, van 9.00 tot 12.30 uur.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 10,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Het sorteerpunt is een rustige ruimte met maximaal vier mensen. Er is een trapje naar de ingang; de bus stopt op het bedrijventerrein.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-borduren-en-bedrukken-brummen",
    aanbieder: "atelier-draad-en-co",
    branche: "creatief",
    titel: "Medewerker borduren en bedrukken",
    omschrijving:
      "In Brummen staat onze borduurmachine. Hier borduren en bedrukken we logo's op werkkleding, tassen en petten voor bedrijven en sportclubs. Je leert een computergestuurde machine bedienen en werkt zelfstandig orders af.",
    taken:
      "- Ontwerpen inladen op de borduurmachine\n- Kleding inspannen in het borduurraam\n- De machine bewaken en draden vervangen\n- Producten controleren en losse draadjes wegknippen\n- Orders inpakken en klaarzetten",
    begeleiding:
      "Je werkt zelfstandig in de werkplaats in Brummen. De eigenaar van Draad & Co komt twee keer per week langs en is verder telefonisch bereikbaar.",
    straat: "Zutphensestraat",
    huisnummer: "15",
    postcode: "6971 EM",
    plaats: "Brummen",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "vakvaardigheden", "portfolio", "doorstroom-betaald-werk"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 9.00 tot 16.00 uur. Je werkt drie dagen.",
    urenPerWeekMin: 16,
    urenPerWeekMax: 21,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De werkplaats ligt boven een winkel en is alleen met de trap bereikbaar. Station Brummen ligt op vijf minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "verkoopmedewerker-atelierwinkel-dieren",
    aanbieder: "atelier-draad-en-co",
    branche: "detailhandel",
    titel: "Verkoopmedewerker atelierwinkel",
    omschrijving:
      "In onze winkel in Dieren verkopen we de tassen, kussens en kleding uit het atelier. Je vertelt klanten het verhaal achter de producten en zorgt voor een mooie winkel. Er zijn niet veel klanten tegelijk, dus er is tijd voor een gesprek.",
    taken:
      "- Klanten ontvangen en advies geven\n- Afrekenen aan de kassa\n- De etalage en tafels opnieuw inrichten\n- Nieuwe producten prijzen\n- De winkel schoonhouden",
    begeleiding:
      "Op trede 3 sta je samen met een vaste collega in de winkel. Op trede 4 open je de winkel zelf en kun je de eigenaar bellen.",
    straat: "Spoorstraat",
    huisnummer: "30",
    postcode: "6951 BG",
    plaats: "Dieren",
    treden: [3, 4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-de-werkplek", "begeleiding-op-afstand", "taal-en-rekenen", "vaste-werkbuddy"],
    dagenEnTijden: "Woensdag tot en met zaterdag, van 10.00 tot 17.00 uur. Je werkt twee of drie van die dagen, ook op zaterdag.",
    urenPerWeekMin: 7,
    urenPerWeekMax: 21,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "De winkel heeft een kleine opstap bij de deur. Station Dieren ligt op vijf minuten lopen.",
    status: "GEARCHIVEERD",
  },

  // ── Archiefservice Het Register ────────────────────────────────────────────
  {
    slug: "medewerker-scannen-archief-apeldoorn",
    aanbieder: "archiefservice-het-register",
    branche: "administratie",
    titel: "Medewerker scannen",
    omschrijving:
      "Gemeenten en verenigingen sturen ons dozen vol papieren dossiers. Die scannen we, zodat ze digitaal te doorzoeken zijn. Je werkt aan een eigen scanstation in een stille ruimte.",
    taken:
      "- Nietjes en paperclips uit documenten halen\n- Documenten op volgorde leggen\n- Scannen met de documentscanner\n- Controleren of elke pagina goed gescand is\n- Dossiers weer netjes in de doos doen",
    begeleiding:
      "Op trede 3 zit de teamleider in dezelfde ruimte en helpt je met de scanner. Op trede 4 werk je zelfstandig een project af en kun je de teamleider bellen als je vragen hebt.",
    straat: "Laan van Westenenk",
    huisnummer: "501",
    postcode: "7334 DT",
    plaats: "Apeldoorn",
    treden: [3, 4],
    ontwikkelingNaar: [4],
    mogelijkheden: [
      "begeleiding-op-de-werkplek",
      "begeleiding-op-afstand",
      "prikkelarm",
      "rolstoeltoegankelijk",
      "werknemersvaardigheden",
    ],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 8.30 en 16.30 uur. Je kunt beginnen met drie uur per dag.",
    urenPerWeekMin: 6,
    urenPerWeekMax: 30,
    plaatsenBeschikbaar: 4,
    toegankelijkheid:
      "Het kantoor heeft een lift en verstelbare bureaus, dus je kunt er met een rolstoel werken. In de scanruimte is het stil en er hangen geluiddempende panelen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-archief-ordenen-apeldoorn",
    aanbieder: "archiefservice-het-register",
    branche: "administratie",
    titel: "Medewerker archief ordenen",
    omschrijving:
      "Voordat een archief gescand kan worden, moet het op orde zijn. Je sorteert dossiers op datum of nummer en maakt ze klaar voor de scanners. Het werk is overzichtelijk en je doet steeds één ding tegelijk.",
    taken:
      "- Dossiers sorteren op nummer of datum\n- Mappen en elastieken verwijderen\n- Etiketten op archiefdozen plakken\n- Dozen tellen en op de kar zetten\n- Bijhouden welke dozen klaar zijn",
    begeleiding:
      "De archiefmedewerker werkt aan de tafel naast je en helpt als je twijfelt. Op je tafel ligt een kaart met de vaste volgorde van het werk.",
    straat: "Laan van Westenenk",
    huisnummer: "501",
    postcode: "7334 DT",
    plaats: "Apeldoorn",
    treden: [3],
    ontwikkelingNaar: [3],
    mogelijkheden: ["begeleiding-op-de-werkplek", "prikkelarm", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met donderdag, van 9.00 tot 12.00 uur.",
    urenPerWeekMin: 3,
    urenPerWeekMax: 12,
    plaatsenBeschikbaar: 3,
    toegankelijkheid:
      "Je werkt in een rustige archiefruimte met weinig mensen. Bushalte Laan van Westenenk ligt op twee minuten lopen.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "medewerker-postkamer-apeldoorn",
    aanbieder: "archiefservice-het-register",
    branche: "administratie",
    titel: "Medewerker postkamer",
    omschrijving:
      "Het Register verzorgt ook de postkamer voor een aantal bedrijven op het kantorenpark. Je sorteert de binnenkomende post, scant brieven en brengt pakketjes rond. Je bent de hele dag in beweging en hebt contact met veel mensen.",
    taken:
      "- Binnenkomende post openen en sorteren\n- Brieven scannen en doorsturen per e-mail\n- Pakketten registreren en rondbrengen\n- Uitgaande post frankeren\n- De postkamer netjes houden",
    begeleiding:
      "Je werkt zelfstandig in de postkamer. De teamleider is telefonisch bereikbaar en je jobcoach werkt met je aan de stap naar een betaalde baan.",
    straat: "Laan van Westenenk",
    huisnummer: "501",
    postcode: "7334 DT",
    plaats: "Apeldoorn",
    treden: [4],
    ontwikkelingNaar: [5],
    mogelijkheden: ["begeleiding-op-afstand", "doorstroom-betaald-werk", "taal-en-rekenen"],
    dagenEnTijden: "Maandag tot en met vrijdag, van 8.00 tot 12.30 uur.",
    urenPerWeekMin: 13,
    urenPerWeekMax: 22,
    plaatsenBeschikbaar: 1,
    toegankelijkheid:
      "De postkamer ligt in het souterrain en is bereikbaar met de lift. Er is een overdekte fietsenstalling.",
    status: "GEPUBLICEERD",
  },
  {
    slug: "invoermedewerker-gegevens-deventer",
    aanbieder: "archiefservice-het-register",
    branche: "administratie",
    titel: "Invoermedewerker gegevens",
    omschrijving:
      "Na het scannen moeten gegevens uit de documenten in een database komen: namen, datums en dossiernummers. In ons kantoor in Deventer doe je dat invoerwerk. Je werkt nauwkeurig en in je eigen tempo.",
    taken:
      "- Gescande documenten openen op het scherm\n- Gegevens overnemen in de invoervelden\n- Controleren of alles goed is ingevoerd\n- Onleesbare documenten apart zetten\n- Je voortgang bijhouden in een lijst",
    begeleiding:
      "Je werkt zelfstandig aan je eigen bureau. De teamleider in Apeldoorn is via telefoon en chat bereikbaar en komt eens per week langs.",
    straat: "Keizerstraat",
    huisnummer: "20",
    postcode: "7411 HG",
    plaats: "Deventer",
    treden: [4],
    ontwikkelingNaar: [],
    mogelijkheden: ["begeleiding-op-afstand", "prikkelarm", "rolstoeltoegankelijk", "flexibele-uren"],
    dagenEnTijden: "Maandag tot en met vrijdag, tussen 9.00 en 16.00 uur. Je bepaalt in overleg zelf je dagen.",
    urenPerWeekMin: 8,
    urenPerWeekMax: 24,
    plaatsenBeschikbaar: 2,
    toegankelijkheid:
      "Het kantoor ligt op de begane grond, heeft een drempelvrije ingang en een aangepast toilet, en is geschikt voor een rolstoel. Het is er stil en er werken maximaal drie mensen.",
    status: "AFGEWEZEN",
  },
];
