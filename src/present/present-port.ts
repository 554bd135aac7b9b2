/**
 * One port's sections: overview, range, temporary-port use, IANA assignments, known uses, tips and
 * the commands that show who holds it. What is shown in full and what is folded is decided here.
 */
import type { CheckCommand } from '../checks/commands.js';
import { CHECK_OSES, type CheckOs } from '../checks/os.js';
import type { Assignment, KnownUseFact, PortPart } from '../report/answer.js';
import { type ParamValue, plainText, type Translator } from './catalog/index.js';
import { rangedUseName } from './headline.js';
import { code, line, link, muted, osName, spanOf, strong, text, warning } from './inline.js';
import type { Localizer } from './localize.js';
import type { Block, Detail, Field, Inline, Line } from './model.js';
import type { SectionDraft } from './section-draft.js';

/** In the default detail: known uses and tips shown in full before the rest are folded. */
export const DEFAULT_FULL_USES = 5;
export const DEFAULT_FULL_TIPS = 3;

export interface PortContext {
  t: Translator;
  detail: Detail;
  /** Commands for this OS only; null for every OS the answer holds. */
  os: CheckOs | null;
  /** Called whenever the default detail leaves out something `full` would show. */
  fold: () => void;
  /** The data's own texts in the presentation's language. */
  l: Localizer;
}

function rangeSection(c: PortContext, part: PortPart): SectionDraft {
  const { t } = c;
  const range = part.ianaRange;
  const words = c.l.ianaRange(range);
  const lines: Line[] = [
    line(
      t.rich('port.range.iana', {
        name: words.name,
        span: spanOf(t, range.from, range.to),
        nickname: words.nickname,
        meaning: words.meaning,
      }),
    ),
    ...part.notableRanges.map((notable) =>
      line(
        t.rich('port.range.notable', {
          label: strong(c.l.notable(notable).label),
          span: spanOf(t, notable.from, notable.to),
          meaning: c.l.notable(notable).note,
        }),
      ),
    ),
  ];
  return { id: 'port.range', blocks: [{ kind: 'lines', lines }] };
}

function ephemeralSection(c: PortContext, part: PortPart): SectionDraft {
  const { t } = c;
  const caveat: Block = { kind: 'lines', lines: [line([muted(t.text('port.ephemeral.caveat'))])] };
  if (c.detail === 'full') {
    const table: Block = {
      kind: 'table',
      columns: [
        { id: 'default', label: t.text('column.default') },
        { id: 'os', label: t.text('column.os') },
        { id: 'range', label: t.text('column.range') },
        { id: 'command', label: t.text('column.showSetting') },
      ],
      rows: part.ephemeral.map((fact) => ({
        cells: [
          [
            fact.includesPort
              ? warning(t.text('port.ephemeral.markYes'))
              : muted(t.text('port.ephemeral.markNo')),
          ],
          [text(c.l.ephemeral(fact).label)],
          [text(spanOf(t, fact.from, fact.to))],
          [code(fact.showCommand)],
        ],
      })),
    };
    return { id: 'port.ephemeral', blocks: [table, caveat] };
  }
  c.fold(); // the table with each OS's range and command
  const yes = part.ephemeral.filter((fact) => fact.includesPort).map((fact) => osName(t, fact.os));
  const no = part.ephemeral.filter((fact) => !fact.includesPort).map((fact) => osName(t, fact.os));
  const lines: Line[] = [];
  if (yes.length > 0)
    lines.push(line(t.rich('port.ephemeral.yes', { oses: strong(t.list([...new Set(yes)])) })));
  if (no.length > 0) lines.push(line(t.rich('port.ephemeral.no', { oses: t.list([...new Set(no)]) })));
  return { id: 'port.ephemeral', blocks: [{ kind: 'lines', lines }, caveat] };
}

function serviceSpans(t: Translator, service: Assignment['services'][number]): Inline[] {
  const name: Inline[] = [strong(service.name)];
  const aliases: ParamValue =
    service.aliases.length > 0
      ? t.rich('assignment.aliases', { aliases: t.richList(service.aliases.map((alias) => [code(alias)])) })
      : '';
  const range: ParamValue = service.range
    ? t.rich('assignment.range', { span: spanOf(t, service.range.from, service.range.to) })
    : '';
  // Some registry rows have no description (5000/tcp commplex-main): no dash after the name then.
  if (!service.description) return t.rich('assignment.serviceOnly', { name, aliases, range });
  return t.rich('assignment.service', {
    name: strong(service.name),
    aliases:
      service.aliases.length > 0
        ? t.rich('assignment.aliases', { aliases: t.richList(service.aliases.map((alias) => [code(alias)])) })
        : '',
    range: service.range
      ? t.rich('assignment.range', { span: spanOf(t, service.range.from, service.range.to) })
      : '',
    description: service.description,
  });
}

function assignmentSpans(t: Translator, l: Localizer, assignment: Assignment): Inline[] {
  if (assignment.services.length === 0) {
    const status = t.text(`assignment.status.${assignment.status}`);
    return assignment.explanation
      ? [muted(t.text('assignment.empty', { status, explanation: l.explanation(assignment) }))]
      : [muted(status)];
  }
  const spans: Inline[] = [];
  assignment.services.forEach((service, index) => {
    if (index > 0) spans.push(text('; '));
    spans.push(...serviceSpans(t, service));
  });
  return spans;
}

/** Details under an assignment: unauthorized use always; references, dates and notes in full. */
function assignmentDetails(c: PortContext, assignment: Assignment): Line[] {
  const { t } = c;
  const lines: Line[] = [];
  for (const service of assignment.services) {
    const more =
      service.references.length > 0 || service.registered || service.modified || service.assignmentNotes;
    if (more && c.detail !== 'full') c.fold();
    if (c.detail === 'full') {
      if (service.references.length > 0)
        lines.push(
          line(
            t.rich('assignment.references', {
              references: t.richList(service.references.map((ref) => [link(ref.text, ref.url)])),
            }),
            { level: 1 },
          ),
        );
      const dates = [
        service.registered ? t.text('assignment.registered', { date: service.registered }) : '',
        service.modified ? t.text('assignment.modified', { date: service.modified }) : '',
      ].filter(Boolean);
      if (dates.length > 0) lines.push(line([muted(dates.join(t.text('list.separator')))], { level: 1 }));
      if (service.assignmentNotes)
        lines.push(
          line([muted(t.text('assignment.notes', { note: service.assignmentNotes }))], { level: 1 }),
        );
    }
    if (service.unauthorizedUse)
      lines.push(
        line(
          [
            { kind: 'icon', icon: 'warning', label: t.text('use.securityIcon') },
            text(' '),
            warning(t.text('assignment.unauthorized', { note: service.unauthorizedUse })),
          ],
          { level: 1 },
        ),
      );
  }
  return lines;
}

/** TCP and UDP with the same assignment share one line: "TCP, UDP: ssh — The Secure Shell". */
function assignmentsSection(c: PortContext, part: PortPart): SectionDraft {
  const { t } = c;
  const groups = new Map<string, Assignment[]>();
  for (const assignment of part.assignments) {
    const { transport: _transport, ...rest } = assignment;
    const key = JSON.stringify(rest);
    groups.set(key, [...(groups.get(key) ?? []), assignment]);
  }
  const lines: Line[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Assignment;
    lines.push(
      line(
        t.rich('assignment.line', {
          transports: group
            .map((assignment) => assignment.transport.toUpperCase())
            .join(t.text('list.separator')),
          services: assignmentSpans(t, c.l, first),
        }),
      ),
    );
    lines.push(...assignmentDetails(c, first));
  }
  return { id: 'port.assignments', blocks: [{ kind: 'lines', lines }] };
}

function useLabel(t: Translator, l: Localizer, use: KnownUseFact, withIcon: boolean): Inline[] {
  const words = l.useWords(use);
  const name = words.role ? t.text('use.name', { name: words.name, role: words.role }) : words.name;
  const icon: Inline[] =
    withIcon && use.security
      ? [text(' '), { kind: 'icon', icon: 'warning', label: t.text('use.securityIcon') }]
      : [];
  return [strong(name), ...icon];
}

/** Plain text of a security line as a warning; a muted fallback label stays muted. */
function asWarning(span: Inline): Inline {
  return span.kind === 'text' ? warning(span.text) : span;
}

function useField(t: Translator, l: Localizer, use: KnownUseFact): Field {
  const protocols = use.protocols.join('/');
  const usage =
    use.usage === 'unofficial' || use.usage === 'convention' ? t.text(`use.usage.${use.usage}`) : '';
  const meta = use.range
    ? t.text('use.metaRange', {
        category: l.category(use.category),
        span: spanOf(t, use.range.from, use.range.to),
        protocols,
      })
    : t.text('use.meta', { category: l.category(use.category), protocols });
  const value: Line[] = [
    line([...l.useText(use, 'note'), text(' '), muted(usage ? `${meta} ${usage}` : meta)]),
  ];
  if (use.security)
    value.push(line(t.rich('use.security', { note: l.useText(use, 'security') }).map(asWarning)));
  if (use.homepage) value.push(line([link(use.homepage, use.homepage)]));
  return { label: useLabel(t, l, use, false), value };
}

function usesSection(c: PortContext, part: PortPart): SectionDraft | undefined {
  const { t } = c;
  if (part.knownUses.length === 0) return undefined;
  if (c.detail === 'full') {
    const ordered = [
      ...part.knownUses.filter((use) => !use.range),
      ...part.knownUses.filter((use) => use.range),
    ];
    return {
      id: 'port.uses',
      blocks: [{ kind: 'fields', fields: ordered.map((use) => useField(t, c.l, use)) }],
    };
  }
  const single = part.knownUses.filter((use) => !use.range);
  const ranges = part.knownUses.filter((use) => use.range);
  const blocks: Block[] = [];
  const full = single.slice(0, DEFAULT_FULL_USES);
  if (full.length > 0) blocks.push({ kind: 'fields', fields: full.map((use) => useField(t, c.l, use)) });
  const lines: Line[] = [];
  const folded = single.slice(DEFAULT_FULL_USES);
  if (folded.length > 0 || ranges.length > 0) c.fold();
  if (folded.length > 0) {
    const names = new Map<string, Inline[]>();
    for (const use of folded) {
      const label = useLabel(t, c.l, use, true);
      names.set(plainText(label), label);
    }
    lines.push(
      line(t.rich('uses.folded', { count: names.size, names: t.richList([...names.values()]) }), {
        bullet: true,
      }),
    );
  }
  if (ranges.length > 0) {
    const named = [...new Set(ranges.map((use) => rangedUseName(t, c.l, use)))];
    lines.push(line(t.rich('uses.inRanges', { names: t.list(named) }), { bullet: true }));
  }
  if (lines.length > 0) blocks.push({ kind: 'lines', lines });
  return { id: 'port.uses', blocks };
}

function tipsSection(c: PortContext, part: PortPart): SectionDraft | undefined {
  const { t } = c;
  if (part.tips.length === 0) return undefined;
  const shown = c.detail === 'full' ? part.tips : part.tips.slice(0, DEFAULT_FULL_TIPS);
  // A tip belongs to its use: "Grafana: …", so it never reads as if about the port's first use.
  const lines = shown.map((tip) => {
    const owner = part.knownUses.find((use) => use.tip === tip);
    const words = c.l.tip(tip, part.knownUses);
    return line(
      owner ? t.rich('tip.attributed', { name: strong(c.l.useWords(owner).name), tip: words }) : words,
      {
        bullet: true,
      },
    );
  });
  const rest = part.tips.length - shown.length;
  if (rest > 0) c.fold();
  if (rest > 0) lines.push(line([muted(t.text('tips.folded', { count: rest }))], { bullet: true }));
  return { id: 'port.tips', blocks: [{ kind: 'lines', lines }] };
}

function checkLabel(t: Translator, check: CheckCommand): Inline[] {
  const pieces = [
    check.shell === 'sh' ? '' : t.text(`check.shell.${check.shell}`),
    check.transport.toUpperCase(),
    check.elevation === 'none' ? '' : t.text(`check.elevation.${check.elevation}`),
  ].filter(Boolean);
  return [muted(pieces.join(t.text('list.separator')))];
}

function checksSection(c: PortContext, part: PortPart): SectionDraft | undefined {
  const { t } = c;
  const checks = part.checks.filter((check) => c.os === null || check.os === c.os);
  if (checks.length === 0) return undefined;
  const blocks: Block[] = [];
  for (const os of CHECK_OSES) {
    const forOs = checks.filter((check) => check.os === os);
    if (forOs.length === 0) continue;
    blocks.push({ kind: 'lines', lines: [line([strong(t.text(`os.${os}`))])] });
    for (const check of forOs)
      blocks.push({
        kind: 'code',
        label: checkLabel(t, check),
        note: c.l.checkNote(check.note),
        code: check.command,
        os: check.os,
        shell: check.shell,
        transport: check.transport,
        elevation: check.elevation,
      });
  }
  return {
    id: 'port.checks',
    heading: t.text('section.port.checks', {
      port: part.port,
      transports: part.checkTransports
        .map((transport) => transport.toUpperCase())
        .join(t.text('list.separator')),
    }),
    blocks,
  };
}

export function portSections(c: PortContext, part: PortPart): SectionDraft[] {
  const notes = part.notes.map((note) => line(c.l.derivedNote(note)));
  const overview: SectionDraft = {
    id: 'port.overview',
    blocks: notes.length > 0 ? [{ kind: 'lines', lines: notes }] : [],
  };
  return [
    overview,
    rangeSection(c, part),
    ephemeralSection(c, part),
    assignmentsSection(c, part),
    usesSection(c, part),
    tipsSection(c, part),
    checksSection(c, part),
  ].filter((section): section is SectionDraft => section !== undefined);
}
