// Indonesian news outlets (and the agencies whose datelines Indonesian outlets print),
// by the names and web addresses their articles carry. A name found here is shown as
// `name`, so "KOMPAS.com", "Kompas.com" and "kompas.com" are one outlet. A dateline may
// name an outlet that is not listed (a local site): readers keep such a name as written,
// with less confidence.

export interface KnownOutlet {
  name: string;
  /** Spellings in datelines and bylines, compared by outletKey(). */
  aliases: string[];
  /** Web domains; subdomains count ("lampung.tribunnews.com"). */
  domains: string[];
  /** A wire agency: also quoted as a source inside articles, so a bare mention of it in
   *  the body says little about the article's own outlet. */
  agency?: boolean;
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { name: 'ANTARA', aliases: ['antara', 'antaranews', 'antaranews.com', 'antara news'], domains: ['antaranews.com'], agency: true },
  { name: 'Kompas.com', aliases: ['kompas.com', 'kompascom'], domains: ['kompas.com'] },
  { name: 'Kompas.id', aliases: ['kompas.id', 'kompasid'], domains: ['kompas.id'] },
  { name: 'Kompas', aliases: ['kompas', 'harian kompas'], domains: [] },
  { name: 'KompasTV', aliases: ['kompastv', 'kompas tv'], domains: ['kompas.tv'] },
  { name: 'detikcom', aliases: ['detik', 'detikcom', 'detik.com', 'detiknews', 'detikfinance', 'detikjateng', 'detikjatim', 'detiksumut'], domains: ['detik.com'] },
  { name: 'Tempo', aliases: ['tempo', 'tempo.co', 'tempoco', 'koran tempo', 'korantempo'], domains: ['tempo.co'] },
  { name: 'CNN Indonesia', aliases: ['cnn indonesia', 'cnnindonesia', 'cnnindonesia.com'], domains: ['cnnindonesia.com'] },
  { name: 'CNBC Indonesia', aliases: ['cnbc indonesia', 'cnbcindonesia', 'cnbcindonesia.com'], domains: ['cnbcindonesia.com'] },
  { name: 'Liputan6.com', aliases: ['liputan6', 'liputan6.com'], domains: ['liputan6.com'] },
  { name: 'Tribunnews.com', aliases: ['tribunnews', 'tribunnews.com'], domains: ['tribunnews.com'] },
  { name: 'Republika', aliases: ['republika', 'republika.co.id'], domains: ['republika.co.id'] },
  { name: 'Okezone', aliases: ['okezone', 'okezone.com'], domains: ['okezone.com'] },
  { name: 'Suara.com', aliases: ['suara.com', 'suaracom'], domains: ['suara.com'] },
  { name: 'kumparan', aliases: ['kumparan', 'kumparan.com'], domains: ['kumparan.com'] },
  { name: 'Tirto.id', aliases: ['tirto', 'tirto.id'], domains: ['tirto.id'] },
  { name: 'Katadata', aliases: ['katadata', 'katadata.co.id'], domains: ['katadata.co.id'] },
  { name: 'Bisnis.com', aliases: ['bisnis.com', 'bisniscom', 'bisnis indonesia'], domains: ['bisnis.com'] },
  { name: 'Kontan', aliases: ['kontan', 'kontan.co.id'], domains: ['kontan.co.id'] },
  { name: 'Media Indonesia', aliases: ['media indonesia', 'mediaindonesia', 'mediaindonesia.com'], domains: ['mediaindonesia.com'] },
  { name: 'Jawa Pos', aliases: ['jawa pos', 'jawapos', 'jawapos.com'], domains: ['jawapos.com'] },
  { name: 'JPNN.com', aliases: ['jpnn', 'jpnn.com'], domains: ['jpnn.com'] },
  { name: 'The Jakarta Post', aliases: ['the jakarta post', 'jakarta post', 'thejakartapost'], domains: ['thejakartapost.com'] },
  { name: 'BBC News Indonesia', aliases: ['bbc indonesia', 'bbc news indonesia'], domains: [] },
  { name: 'VOA Indonesia', aliases: ['voa indonesia', 'voaindonesia'], domains: ['voaindonesia.com'] },
  { name: 'iNews', aliases: ['inews', 'inews.id'], domains: ['inews.id'] },
  { name: 'SINDOnews', aliases: ['sindonews', 'sindonews.com'], domains: ['sindonews.com'] },
  { name: 'Merdeka.com', aliases: ['merdeka.com', 'merdekacom'], domains: ['merdeka.com'] },
  { name: 'IDN Times', aliases: ['idn times', 'idntimes', 'idntimes.com'], domains: ['idntimes.com'] },
  { name: 'VIVA', aliases: ['viva', 'viva.co.id'], domains: ['viva.co.id'] },
  { name: 'Beritasatu', aliases: ['beritasatu', 'beritasatu.com'], domains: ['beritasatu.com'] },
  { name: 'Reuters', aliases: ['reuters'], domains: ['reuters.com'], agency: true },
  { name: 'AFP', aliases: ['afp'], domains: [], agency: true },
  { name: 'AP', aliases: ['ap'], domains: ['apnews.com'], agency: true },
  { name: 'Xinhua', aliases: ['xinhua'], domains: ['xinhuanet.com'], agency: true },
];

/** Case, spaces, dots and hyphens do not tell outlets apart: "KOMPAS.com" = "kompascom". */
export function outletKey(s: string): string {
  return s.toLowerCase().replace(/[\s.\-–]/g, '');
}

const BY_ALIAS = new Map<string, KnownOutlet>();
const BY_DOMAIN = new Map<string, KnownOutlet>();
for (const o of KNOWN_OUTLETS) {
  for (const a of [o.name, ...o.aliases]) BY_ALIAS.set(outletKey(a), o);
  for (const d of o.domains) BY_DOMAIN.set(d, o);
}

/** The listed outlet a dateline or byline name means ("KOMPAS.com", "Antara"). */
export function knownOutlet(name: string): KnownOutlet | undefined {
  return BY_ALIAS.get(outletKey(name.trim()));
}

/** The listed outlet of a web domain or one of its subdomains ("www.tempo.co"). */
export function outletOfDomain(domain: string): KnownOutlet | undefined {
  const parts = domain.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const o = BY_DOMAIN.get(parts.slice(i).join('.'));
    if (o) return o;
  }
  return undefined;
}

/** "Sorotan.id", "beritabogor.co.id": a word, a dot, a top-level domain (with a country). */
export const DOMAIN_NAME = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|co\.id|or\.id|id|co|net|org|tv|news|info)$/iu;
