/** Sections of the other answer parts: a range as a table, a service, a topic, the help. */
import type {
  AboutPart,
  HelpPart,
  RangePart,
  ServicePart,
  ServicePortFact,
  TopicPart,
} from '../report/answer.js';
import { groupRangeRows } from '../report/range-part.js';
import type { Translator } from './catalog/index.js';
import { KO_QUESTION_EXAMPLES } from './catalog/ko-facts.js';
import { code, line, link, muted, spanOf, strong, text, warning } from './inline.js';
import type { Localizer } from './localize.js';
import type { Block, Detail, Inline, Line, TableRow } from './model.js';
import type { SectionDraft } from './section-draft.js';

/** In the default detail: uses named per range row, service ports, security notes, other meanings. */
export const DEFAULT_ROW_USES = 4;
export const DEFAULT_SERVICE_PORTS = 12;
export const DEFAULT_SERVICE_SECURITY = 3;
export const DEFAULT_SERVICE_ALSO = 3;

export interface PartContext {
  t: Translator;
  detail: Detail;
  /** Prefix of the help's examples ("/port "), when answering a slash command. */
  commandPrefix: string;
  /** Called whenever the default detail leaves out something `full` would show. */
  fold: () => void;
  /** The data's own texts in the presentation's language. */
  l: Localizer;
}

const securityIcon = (t: Translator): Inline => ({
  kind: 'icon',
  icon: 'warning',
  label: t.text('use.securityIcon'),
});

export function rangeSections(c: PartContext, part: RangePart): SectionDraft[] {
  const { t } = c;
  const lead: Line[] = part.ianaRanges.map((range) =>
    line(t.rich('range.iana', { name: c.l.ianaRange(range).name, span: spanOf(t, range.from, range.to) })),
  );
  for (const row of part.registryRanges)
    lead.push(
      line(
        t.rich('range.registry', {
          span: spanOf(t, row.from, row.to),
          transport: row.transport ?? t.text('range.anyTransport'),
          names: row.names.length > 0 ? t.richList(row.names.map((name) => [code(name)])) : row.description,
        }),
      ),
    );
  const rows: TableRow[] = groupRangeRows(part.rows).map((group) => {
    if (group.kind === 'empty')
      return {
        cells: [
          [text(spanOf(t, group.from, group.to))],
          [muted(t.text(`assignment.status.${group.iana}`))],
          [],
        ],
      };
    const { row } = group;
    const names = part.transports
      .map((transport) => row.names[transport] ?? t.text('range.noName'))
      .join(' / ');
    const shown = c.detail === 'full' ? row.knownUses : row.knownUses.slice(0, DEFAULT_ROW_USES);
    const usesText = shown.map(c.l.useName).join(t.text('list.separator'));
    const rest = row.knownUses.length - shown.length;
    if (rest > 0) c.fold();
    const uses: Inline[] = [
      text(rest > 0 ? t.text('range.usesMore', { uses: usesText, count: rest }) : usesText),
      ...(row.security ? [text(' '), securityIcon(t)] : []),
    ];
    return { cells: [[text(String(row.port))], [text(names)], uses] };
  });
  const table: Block = {
    kind: 'table',
    columns: [
      { id: 'port', label: t.text('column.port') },
      { id: 'iana', label: t.text('column.iana', { transports: part.transports.join(' / ') }) },
      { id: 'uses', label: t.text('column.knownUses') },
    ],
    rows,
  };
  const legend: Block[] = part.rows.some((row) => row.security)
    ? [{ kind: 'lines', lines: [line([securityIcon(t), text(' '), muted(t.text('range.securityLegend'))])] }]
    : [];
  return [
    { id: 'range.overview', blocks: lead.length > 0 ? [{ kind: 'lines', lines: lead }] : [] },
    { id: 'range.table', blocks: [table, ...legend] },
  ];
}

function portSpec(t: Translator, port: ServicePortFact): string {
  const number = spanOf(t, port.port, port.to ?? port.port);
  return port.protocols.length > 0 ? `${number}/${port.protocols.join('+')}` : number;
}

function sourceText(t: Translator, port: ServicePortFact): string {
  if (port.source === 'iana') return t.text('service.source.iana');
  return port.usage ? t.text(`service.source.${port.usage}`) : t.text('service.source.knownUse');
}

/** "And 3 more …" under a list cut short in the default detail. */
function moreLine(value: string): Line {
  return line([muted(value)], { bullet: true });
}

export function serviceSections(c: PartContext, part: ServicePart): SectionDraft[] {
  const { t } = c;
  const full = c.detail === 'full';
  const sections: SectionDraft[] = [
    {
      id: 'service.overview',
      blocks: part.description ? [{ kind: 'lines', lines: [line([text(part.description)])] }] : [],
    },
  ];
  if (part.ports.length > 0) {
    const ports = full ? part.ports : part.ports.slice(0, DEFAULT_SERVICE_PORTS);
    const blocks: Block[] = [
      {
        kind: 'table',
        columns: [
          { id: 'port', label: t.text('column.portSpec') },
          { id: 'role', label: t.text('column.role') },
          { id: 'source', label: t.text('column.source') },
        ],
        rows: ports.map((port) => ({
          cells: [
            [code(portSpec(t, port))],
            [
              text(
                port.software && port.role
                  ? t.text('service.role', {
                      software: c.l.useName(port.software),
                      role: c.l.useRole(port.role),
                    })
                  : port.software
                    ? c.l.useName(port.software)
                    : port.role
                      ? c.l.useRole(port.role)
                      : '',
              ),
            ],
            [muted(sourceText(t, port))],
          ],
        })),
      },
    ];
    const rest = part.ports.length - ports.length;
    if (rest > 0)
      blocks.push({ kind: 'lines', lines: [moreLine(t.text('service.portsMore', { count: rest }))] });
    // Multi-port software: where the whole set by role is, and what a firewall needs.
    if (part.product)
      blocks.push({
        kind: 'lines',
        lines: [
          line(
            t.rich('service.product', {
              name: c.l.productName(part.product.id, part.product.name),
              asked: part.asked,
              firewall: code(part.product.firewall),
            }),
          ),
        ],
      });
    sections.push({ id: 'service.ports', blocks });
  }
  const risky = part.knownUses.filter((use) => use.security);
  if (risky.length > 0) {
    const shown = full ? risky : risky.slice(0, DEFAULT_SERVICE_SECURITY);
    const lines = shown.map((use) => {
      const words = c.l.useWords(use);
      return line(
        [
          securityIcon(t),
          text(' '),
          ...t
            .rich('service.security', {
              name: words.role ? t.text('use.name', { name: words.name, role: words.role }) : words.name,
              note: c.l.useText(use, 'security'),
            })
            .map((span) => (span.kind === 'text' ? warning(span.text) : span)),
        ],
        { bullet: true },
      );
    });
    if (risky.length > shown.length) c.fold();
    if (risky.length > shown.length)
      lines.push(moreLine(t.text('service.securityMore', { count: risky.length - shown.length })));
    sections.push({ id: 'service.security', blocks: [{ kind: 'lines', lines }] });
  }
  if (part.also.length > 0) {
    const shown = full ? part.also : part.also.slice(0, DEFAULT_SERVICE_ALSO);
    const lines = shown.map((also) =>
      line(
        [
          muted(
            t.text(also.source === 'iana' ? 'service.also' : 'service.alsoCurated', {
              name: c.l.useName(also.name),
              description: also.description
                ? t.text('service.alsoDescription', { description: also.description })
                : '',
              where:
                also.ports.length > 0
                  ? t.text('service.alsoOn', {
                      ports: also.ports.map((port) => portSpec(t, port)).join(t.text('list.separator')),
                    })
                  : t.text('service.alsoNoPort'),
            }),
          ),
        ],
        { bullet: true },
      ),
    );
    if (part.also.length > shown.length) c.fold();
    if (part.also.length > shown.length)
      lines.push(moreLine(t.text('service.alsoMore', { count: part.also.length - shown.length })));
    sections.push({ id: 'service.also', blocks: [{ kind: 'lines', lines }] });
  }
  return sections;
}

export function topicSections(c: PartContext, part: TopicPart): SectionDraft[] {
  const { t } = c;
  const intro = t.text(part.topic === 'iana-ranges' ? 'topic.iana.intro' : 'topic.ephemeral.intro');
  const blocks: Block[] = [];
  if (part.ianaRanges)
    blocks.push({
      kind: 'table',
      columns: [
        { id: 'range', label: t.text('column.range') },
        { id: 'name', label: t.text('column.name') },
        { id: 'meaning', label: t.text('column.meaning') },
      ],
      rows: part.ianaRanges.map((range) => ({
        cells: [
          [text(spanOf(t, range.from, range.to))],
          [
            strong(c.l.ianaRange(range).name),
            text(' '),
            muted(t.text('topic.nickname', { nickname: c.l.ianaRange(range).nickname })),
          ],
          [text(c.l.ianaRange(range).meaning)],
        ],
      })),
    });
  if (part.ephemeralRanges) {
    if (c.detail !== 'full' && part.ephemeralRanges.some((range) => range.note)) c.fold();
    blocks.push({
      kind: 'table',
      columns: [
        { id: 'os', label: t.text('column.os') },
        { id: 'range', label: t.text('column.range') },
        { id: 'command', label: t.text('column.showSetting') },
        { id: 'note', label: t.text('column.note') },
      ],
      rows: part.ephemeralRanges.map((range) => ({
        cells: [
          [strong(c.l.ephemeral(range).label)],
          [text(spanOf(t, range.from, range.to))],
          [code(range.showCommand)],
          range.note && c.detail === 'full' ? [muted(c.l.ephemeral(range).note ?? range.note)] : [],
        ],
      })),
    });
    blocks.push({ kind: 'lines', lines: [line([muted(t.text('topic.ephemeral.caveat'))])] });
  }
  return [
    { id: 'topic.overview', blocks: [{ kind: 'lines', lines: [line([text(intro)])] }] },
    { id: 'topic.ranges', blocks },
  ];
}

export function helpSections(c: PartContext, part: HelpPart): SectionDraft[] {
  const { t } = c;
  const table: Block = {
    kind: 'table',
    columns: [
      { id: 'question', label: t.text('column.question') },
      { id: 'meaning', label: t.text('column.meansQuestion') },
    ],
    // Korean asks in Korean: its own examples, not the English ones with their meanings translated.
    rows: (t.lang === 'ko' ? KO_QUESTION_EXAMPLES : part.examples).map((example) => ({
      cells: [[code(`${c.commandPrefix}${example.question}`)], [muted(example.meaning)]],
    })),
  };
  return [
    { id: 'help.examples', blocks: [table] },
    {
      id: 'help.more',
      blocks: [
        { kind: 'lines', lines: [line([text(t.text('help.more'))]), line([muted(t.text('notice.hint'))])] },
      ],
    },
  ];
}

/** portbot itself: what it does, then version, data and privacy as labelled facts. */
export function aboutSections(c: PartContext, part: AboutPart): SectionDraft[] {
  const { t } = c;
  const about = c.l.about(part);
  return [
    { id: 'about.overview', blocks: [{ kind: 'lines', lines: [line([text(about.summary)])] }] },
    {
      id: 'about.facts',
      blocks: [
        {
          kind: 'fields',
          fields: about.facts.map((fact) => ({
            label: [strong(t.text(`about.${fact.label}`))],
            value: [
              line([text(fact.text)]),
              ...(fact.link ? [line([link(fact.link.text, fact.link.url)])] : []),
            ],
          })),
        },
      ],
    },
  ];
}
