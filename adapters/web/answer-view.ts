/**
 * Answer → PageView, until the core's presentation (title, sections, catalog) is available to
 * adapters: the same facts in the order the CLI prints them, English words from the answer itself.
 * Only this module changes when pages render the presentation instead.
 */
import {
  type Answer,
  type AnswerPart,
  CHECK_OS_LABELS,
  type CheckOs,
  groupRangeRows,
  type KnownUseFact,
  type PortPart,
  type RangePart,
  type ServicePart,
} from '../../src/index.js';
import type { Block, Inline, Line, PageSection, PageView } from './page-model.js';
import { inLang, type Lang } from './paths.js';

const text = (value: string): Inline => ({ kind: 'text', text: value });
const muted = (value: string): Inline => ({ kind: 'muted', text: value });
const span = (kind: 'strong' | 'code' | 'warning', value: string): Inline => ({ kind, text: value });
const range = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

function knownUseLines(use: KnownUseFact): Line[] {
  const lines: Line[] = [
    {
      bullet: true,
      spans: [
        span('strong', use.name),
        text(use.role ? ` (${use.role}) — ${use.note} ` : ` — ${use.note} `),
        muted(
          `[${use.category}, ${use.range ? `ports ${range(use.range.from, use.range.to)}, ` : ''}${use.protocols.join('/')}]`,
        ),
      ],
    },
  ];
  if (use.security) lines.push({ level: 1, spans: [span('warning', `Security: ${use.security}`)] });
  if (use.homepage)
    lines.push({ level: 1, spans: [{ kind: 'link', text: use.homepage, url: use.homepage }] });
  return lines;
}

function portSections(part: PortPart, key: string): PageSection[] {
  const sections: PageSection[] = [];
  const r = part.ianaRange;
  sections.push({
    key: `${key}-range`,
    heading: 'Range',
    blocks: [
      {
        kind: 'lines',
        lines: [
          ...part.notes.map((note) => ({ spans: [text(note)] })),
          { spans: [text(`IANA ${r.name} (${range(r.from, r.to)}, "${r.nickname}"): ${r.meaning}`)] },
          ...part.notableRanges.map((notable) => ({
            spans: [text(`${notable.label} (${range(notable.from, notable.to)}): ${notable.note}`)],
          })),
        ],
      },
    ],
  });
  sections.push({
    key: `${key}-ephemeral`,
    heading: 'Temporary (ephemeral) client port by default?',
    blocks: [
      {
        kind: 'table',
        columns: [
          { id: 'in', label: 'Ephemeral?' },
          { id: 'os', label: 'System' },
          { id: 'range', label: 'Range' },
          { id: 'command', label: 'Shows the setting' },
        ],
        rows: part.ephemeral.map((fact) => ({
          cells: [
            [fact.includesPort ? span('warning', 'yes') : text('no')],
            [text(fact.label)],
            [text(range(fact.from, fact.to))],
            [span('code', fact.showCommand)],
          ],
        })),
      },
    ],
  });
  sections.push({
    key: `${key}-iana`,
    heading: 'IANA assignments',
    blocks: [
      {
        kind: 'fields',
        fields: part.assignments.map((assignment) => ({
          label: [text(assignment.transport.toUpperCase())],
          value:
            assignment.services.length === 0
              ? [
                  {
                    spans: [
                      muted(`${assignment.status.replace('-', ' ')} — ${assignment.explanation ?? ''}`),
                    ],
                  },
                ]
              : assignment.services.map((service) => ({
                  spans: [
                    span('strong', service.name),
                    text(` — ${service.description}`),
                    ...(service.unauthorizedUse
                      ? [text(' '), span('warning', `IANA: ${service.unauthorizedUse}`)]
                      : []),
                  ],
                })),
        })),
      },
    ],
  });
  if (part.knownUses.length > 0)
    sections.push({
      key: `${key}-uses`,
      heading: 'Known uses',
      blocks: [{ kind: 'lines', lines: part.knownUses.slice(0, 12).flatMap(knownUseLines) }],
    });
  if (part.tips.length > 0)
    sections.push({
      key: `${key}-tips`,
      heading: 'Tips',
      blocks: [{ kind: 'lines', lines: part.tips.map((tip) => ({ bullet: true, spans: [text(tip)] })) }],
    });
  if (part.checks.length > 0)
    sections.push({
      key: `${key}-checks`,
      heading: `Who holds port ${part.port}? (${part.checkTransports.map((t) => t.toUpperCase()).join(', ')})`,
      blocks: part.checks.map(
        (check): Block => ({
          kind: 'code',
          os: check.os,
          label: [
            text(
              [
                check.shell === 'sh' ? '' : check.shell === 'powershell' ? 'PowerShell' : 'cmd',
                check.transport.toUpperCase(),
                check.elevation === 'sudo' ? 'sudo' : check.elevation === 'admin' ? 'as Administrator' : '',
              ]
                .filter(Boolean)
                .join(' · '),
            ),
          ],
          note: [text(check.note)],
          code: check.command,
        }),
      ),
    });
  return sections;
}

function rangeSections(part: RangePart, key: string): PageSection[] {
  return [
    {
      key: `${key}-table`,
      heading: `Ports ${part.from}–${part.to} (${part.transports.join(', ')})`,
      blocks: [
        {
          kind: 'table',
          columns: [
            { id: 'port', label: 'Port' },
            { id: 'iana', label: `IANA (${part.transports.join(' / ')})` },
            { id: 'uses', label: 'Known uses' },
          ],
          rows: groupRangeRows(part.rows).map((group) =>
            group.kind === 'empty'
              ? { cells: [[text(range(group.from, group.to))], [muted(group.iana.replace('-', ' '))], []] }
              : {
                  cells: [
                    [text(String(group.row.port))],
                    [text(part.transports.map((t) => group.row.names[t] ?? '—').join(' / '))],
                    [
                      text(group.row.knownUses.join(', ')),
                      ...(group.row.security ? [text(' '), span('warning', '⚠')] : []),
                    ],
                  ],
                },
          ),
        },
      ],
    },
  ];
}

function serviceSections(part: ServicePart, key: string, lang: Lang): PageSection[] {
  const blocks: Block[] = [];
  if (part.description) blocks.push({ kind: 'lines', lines: [{ spans: [text(part.description)] }] });
  blocks.push({
    kind: 'table',
    columns: [
      { id: 'port', label: 'Port' },
      { id: 'role', label: 'Role' },
      { id: 'source', label: 'Source' },
    ],
    rows: part.ports.map((port) => ({
      cells: [
        [
          {
            kind: 'link',
            text: `${port.to !== undefined ? `${port.port}-${port.to}` : port.port}${port.protocols.length > 0 ? `/${port.protocols.join('+')}` : ''}`,
            url: inLang(
              port.to !== undefined ? `/ports/${port.port}-${port.to}` : `/ports/${port.port}`,
              lang,
            ),
          },
        ],
        [text([port.software, port.role].filter(Boolean).join(', '))],
        [muted(port.source === 'iana' ? 'IANA' : (port.usage ?? 'known use'))],
      ],
    })),
  });
  const security = part.knownUses.filter((use) => use.security).slice(0, 3);
  if (security.length > 0)
    blocks.push({
      kind: 'lines',
      lines: security.map((use) => ({ spans: [span('warning', `Security (${use.name}): ${use.security}`)] })),
    });
  return [{ key: `${key}-service`, heading: part.name, blocks }];
}

function partSections(part: AnswerPart, index: number, lang: Lang): PageSection[] {
  const key = `p${index}`;
  switch (part.type) {
    case 'port':
      return portSections(part, key);
    case 'range':
      return rangeSections(part, key);
    case 'service':
      return serviceSections(part, key, lang);
    case 'topic':
      return [
        {
          key,
          heading: part.title,
          blocks: [
            {
              kind: 'lines',
              lines: [
                ...(part.ianaRanges ?? []).map((r) => ({
                  spans: [span('strong', `${range(r.from, r.to)} ${r.name}`), text(` — ${r.meaning}`)],
                })),
                ...(part.ephemeralRanges ?? []).map((r) => ({
                  spans: [text(`${r.label}: ${range(r.from, r.to)} `), span('code', r.showCommand)],
                })),
              ],
            },
          ],
        },
      ];
    case 'help':
      return [
        {
          key,
          heading: 'Ask portbot about a port, a range or a service',
          blocks: [
            {
              kind: 'lines',
              lines: part.examples.map((example) => ({
                bullet: true,
                spans: [span('code', example.question), text(` — ${example.meaning}`)],
              })),
            },
          ],
        },
      ];
  }
}

export function answerToPageView(answer: Answer, lang: Lang, os: CheckOs | null): PageView {
  const first = answer.parts[0];
  const sections = answer.parts.flatMap((part, index) => partSections(part, index, lang));
  const filtered = os
    ? sections.map((section) => ({
        ...section,
        blocks: section.blocks.filter((block) => block.kind !== 'code' || block.os === os),
      }))
    : sections;
  if (answer.warnings.length > 0)
    filtered.push({
      key: 'warnings',
      blocks: [
        {
          kind: 'lines',
          lines: answer.warnings.map((w) => ({ spans: [span('warning', `Note: ${w.message}`)] })),
        },
      ],
    });
  return {
    title: answer.title,
    summary: first?.type === 'port' ? first.verdict : '',
    sections: filtered,
    data: [text(`Data: ${answer.data.label}`)],
    osMatters: answer.parts.some((part) => part.type === 'port'),
    osLabels: CHECK_OS_LABELS,
  };
}

/** One line for link previews. */
export function describeAnswer(answer: Answer): string {
  const [part] = answer.parts;
  if (part?.type === 'port')
    return `${part.verdict}. ${part.ianaRange.name} (${range(part.ianaRange.from, part.ianaRange.to)}).`;
  if (part?.type === 'service') return part.description ?? answer.title;
  return answer.title;
}
