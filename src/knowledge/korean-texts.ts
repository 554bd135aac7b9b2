/**
 * The Korean note, security note and tip of curated uses, by use id, and the Korean words of the
 * product map and of use names and roles (`labels`). Loaded on demand: only a Korean answer asks
 * for them, so the English path never parses the Korean files.
 *
 * @example presentAnswer(answer, { lang: 'ko', koreanTexts: await loadKoreanUseTexts() })
 */
export interface KoreanUseText {
  note?: string;
  security?: string;
  tip?: string;
}

/** A product port's Korean role and note. */
export interface KoreanProductPort {
  role?: string;
  note?: string;
}

/** A product's Korean texts; `name` only where the English name is descriptive ("Web server"). */
export interface KoreanProductText {
  name?: string;
  summary?: string;
  /** By `productPortKey`: "6443/tcp", "30000-32767/tcp+udp". */
  ports: ReadonlyMap<string, KoreanProductPort>;
}

export interface KoreanLabels {
  products: ReadonlyMap<string, KoreanProductText>;
  /** Use names that are words rather than names ("HTTP alternate (8080)"), by their English text. */
  names: ReadonlyMap<string, string>;
  /** Use roles ("web UI", "dev server"), by their English text; proper nouns map to themselves. */
  roles: ReadonlyMap<string, string>;
}

/**
 * The curated texts by use id. `labels` is absent in a map built by hand (a test, an adapter with
 * no Korean loaded): names and roles then stay in English and product texts are marked as such.
 */
export type KoreanUseTexts = ReadonlyMap<string, KoreanUseText> & { readonly labels?: KoreanLabels };

const FIELDS = ['note', 'security', 'tip'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * A product port's key in the Korean data: its port or range and its transports, which tell
 * apart two entries on one port (Cisco Secure Client's 443/tcp and 443/udp).
 *
 * @example productPortKey({ port: 30000, to: 32767, transports: ['tcp', 'udp'] }) // "30000-32767/tcp+udp"
 */
export function productPortKey(entry: {
  port: number;
  to?: number | undefined;
  transports: readonly string[];
}): string {
  return `${entry.port}${entry.to === undefined ? '' : `-${entry.to}`}/${entry.transports.join('+')}`;
}

function stringMap(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObject(value)) return out;
  for (const [english, korean] of Object.entries(value)) if (nonEmpty(korean)) out.set(english, korean);
  return out;
}

/** Keeps the well-formed entries of the label files; anything else is left out, never thrown. */
export function koreanLabelsFrom(files: Readonly<Record<string, unknown>>): KoreanLabels {
  const products = new Map<string, KoreanProductText>();
  if (isObject(files.products))
    for (const [id, entry] of Object.entries(files.products)) {
      if (!isObject(entry)) continue;
      const ports = new Map<string, KoreanProductPort>();
      if (isObject(entry.ports))
        for (const [key, port] of Object.entries(entry.ports)) {
          if (!isObject(port)) continue;
          ports.set(key, {
            ...(nonEmpty(port.role) ? { role: port.role } : {}),
            ...(nonEmpty(port.note) ? { note: port.note } : {}),
          });
        }
      products.set(id, {
        ...(nonEmpty(entry.name) ? { name: entry.name } : {}),
        ...(nonEmpty(entry.summary) ? { summary: entry.summary } : {}),
        ports,
      });
    }
  const useLabels = isObject(files.useLabels) ? files.useLabels : {};
  return { products, names: stringMap(useLabels.names), roles: stringMap(useLabels.roles) };
}

/** Keeps the string fields of each entry; anything else in a file is left out, never thrown. */
export function koreanUseTextsFrom(
  files: Readonly<Record<string, unknown>>,
  labels?: KoreanLabels,
): KoreanUseTexts {
  const texts = new Map<string, KoreanUseText>();
  for (const content of Object.values(files)) {
    if (!isObject(content)) continue;
    for (const [id, entry] of Object.entries(content)) {
      if (!isObject(entry)) continue;
      const text: KoreanUseText = {};
      for (const field of FIELDS) {
        const value = entry[field];
        if (nonEmpty(value)) text[field] = value;
      }
      texts.set(id, text);
    }
  }
  return labels ? Object.assign(texts, { labels }) : texts;
}

let loading: Promise<KoreanUseTexts> | undefined;

export function loadKoreanUseTexts(): Promise<KoreanUseTexts> {
  loading ??= Promise.all([
    import('./known-uses-ko-data.js'),
    import('./korean-labels-data.js'),
    import('./korean-text-lines.js'),
  ]).then(([uses, labels, lines]) => {
    const korean = koreanLabelsFrom(labels.KOREAN_LABEL_FILES);
    // The CLI reads the texts one use at a time; everything else parses the files.
    return uses.KNOWN_USE_KO_LINES
      ? lines.createKoreanUseTextLines(uses.KNOWN_USE_KO_LINES(), korean)
      : koreanUseTextsFrom(uses.KNOWN_USE_KO_FILES, korean);
  });
  return loading;
}
