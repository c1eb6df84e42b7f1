/**
 * A synthetic archive for the benchmark: plausible articles generated in memory from
 * name pools and sentence templates, with a deterministic generator so every run measures
 * the same data. Each article gets people, places, organisations, dated events, quotes and
 * 10-14 paragraphs that mention them.
 */
import { splitParagraphs } from '../src/knowledge/article.ts';
import type { LoadedPack } from '../src/knowledge/knowledge-base.ts';
import type { Entity, Event, PackData } from '../src/knowledge/schema.ts';
import { MONTHS } from '../src/knowledge/event-dates.ts';

const FIRST = (
  'Anna Boris Carlos Dmitri Elena Farid Grace Hiro Ines Jonas Karim Lena Mateo ' +
  'Nadia Omar Petra Quentin Rosa Samir Tanya Umar Vera Wei Xenia Yusuf Zara'
).split(' ');
const LAST = (
  'Abbott Berezin Castillo Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Larsen Moreau ' +
  'Novak Okafor Petrov Quinn Rossi Sato Tanaka Ueda Varga Weber Xu Yilmaz Zhou'
).split(' ');
const CITIES = (
  'Geneva Oslo Nairobi Lima Hanoi Tbilisi Baku Doha Amman Muscat Dakar Quito Riga Tallinn Vilnius ' +
  'Minsk Astana Tunis Algiers Accra Lagos Manila Jakarta Dhaka Kabul'
).split(' ');
const ORGS = [
  'Ministry of Trade',
  'Central Bank',
  'Energy Agency',
  'Port Authority',
  'Water Council',
  'Health Institute',
  'Border Service',
  'Election Commission',
  'Defence Ministry',
  'Grain Union',
];
const ROLES = [
  'foreign minister',
  'trade envoy',
  'central bank governor',
  'opposition leader',
  'energy analyst',
  'spokesman',
  'prime minister',
  'mayor',
  'union leader',
  'economist',
];
const TOPICS = [
  'grain exports',
  'gas pipeline',
  'border dispute',
  'water treaty',
  'port expansion',
  'sanctions relief',
  'election reform',
  'debt talks',
  'fishing rights',
  'rail corridor',
];
const VERBS = ['discussed', 'criticised', 'welcomed', 'rejected', 'proposed', 'questioned', 'defended', 'postponed'];
/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticArchive(count: number, seed = 42): LoadedPack[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  return Array.from({ length: count }, (_, n) => article(n, rnd, pick));
}

function article(n: number, rnd: () => number, pick: <T>(items: readonly T[]) => T): LoadedPack {
  const id = `synthetic-${n}`;
  const people = Array.from({ length: 5 }, () => ({ name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(ROLES) }));
  const places = [pick(CITIES), pick(CITIES), pick(CITIES)];
  const org = `${pick(CITIES)} ${pick(ORGS)}`;
  const topic = pick(TOPICS);
  const paragraphs: string[] = [
    `${people[0]!.name} and ${people[1]!.name} met in ${places[0]} to discuss the ${topic}.`,
  ];
  for (let p = 0; p < 10 + Math.floor(rnd() * 5); p++) {
    const a = pick(people);
    const b = pick(people);
    const sentences = [
      `${a.name}, the ${a.role}, ${pick(VERBS)} the ${topic} plan ` +
        `in ${pick(places)} on ${Math.ceil(rnd() * 28)} ${pick(MONTHS)}.`,
      `The ${org} said talks with ${b.name} would continue because the ${pick(TOPICS)} remained unresolved.`,
      `"We expect progress within ${2 + Math.floor(rnd() * 9)} weeks," ${b.name} told reporters in ${pick(places)}.`,
    ];
    paragraphs.push(sentences.slice(0, 2 + Math.floor(rnd() * 2)).join(' '));
  }
  const text = paragraphs.join('\n\n');
  const count = paragraphs.length;
  const cite = () => [1 + Math.floor(rnd() * count)];
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const entities: Entity[] = [
    ...people.map((p, i): Entity => ({
      id: `${slug(p.name)}-${i}`,
      name: p.name,
      kind: 'person',
      aliases: [p.name.split(' ')[1]!],
      role: p.role,
      summary: `${p.name}, ${p.role}.`,
      facts: [{ text: `${p.name} spoke about the ${topic}.`, paragraphs: cite() }],
      paragraphs: cite(),
      related: [],
    })),
    ...places.map((c, i): Entity => ({
      id: `${slug(c)}-p${i}`,
      name: c,
      kind: 'place',
      aliases: [],
      summary: `The city of ${c}.`,
      facts: [],
      paragraphs: cite(),
      related: [],
    })),
    {
      id: slug(org),
      name: org,
      kind: 'organisation',
      aliases: [],
      summary: `The ${org}.`,
      facts: [],
      paragraphs: cite(),
      related: [],
    },
    {
      id: slug(topic),
      name: topic,
      kind: 'theme',
      aliases: [],
      summary: `The ${topic}.`,
      facts: [],
      paragraphs: cite(),
      related: [],
    },
  ];
  const events: Event[] = Array.from({ length: 3 }, (_, i): Event => ({
    id: `event-${i}`,
    title: `${people[i]!.name} talks on the ${topic} in ${places[i]}`,
    date: `2016-0${1 + i}-1${i}`,
    precision: 'day',
    phrase: `on 1${i} ${MONTHS[i]}`,
    place: places[i],
    participants: [entities[i]!.id],
    summary: `Talks on the ${topic}.`,
    paragraphs: cite(),
  }));
  const data: PackData = {
    id,
    title: `${topic} talks in ${places[0]} (${n})`,
    published: '2016-01-01',
    source: 'Synthetic Wire',
    timezone: 'UTC',
    origin: 'machine',
    article: 'article.txt',
    summary: `Talks on the ${topic}.`,
    entities,
    events,
    quotes: [{ speaker: entities[1]!.id, text: 'We expect progress.', kind: 'direct', paragraphs: cite() }],
    keyPoints: [{ text: `Talks on the ${topic} continue.`, paragraphs: [1] }],
  };
  return { id, data, paragraphs: splitParagraphs(text), dir: `memory:${id}` };
}
