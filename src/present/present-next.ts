/**
 * Sections of the answers that go past "what is this port": a product's ports by role, the steps
 * for an intent (stop, firewall, reachability, address in use, permission denied), port advice,
 * suggested ports and the summary of a large range. Every word comes from the catalog; commands
 * come from the answer, filtered to the OS the presentation is for.
 */
import { WINDOWS_EXCLUDED_RANGES_COMMAND } from '../checks/commands.js';
import { CHECK_OSES, type CheckOs } from '../checks/os.js';
import { NOTABLE_RANGES } from '../port/notable-ranges.js';
import type {
  AdvicePart,
  AdviceReason,
  IntentPart,
  KnownUseFact,
  ProductPart,
  RangeSummaryPart,
  SuggestionPart,
} from '../report/answer.js';
import type { MessageKey, Translator } from './catalog/index.js';
import { KO_NOTABLE_RANGE } from './catalog/ko-facts.js';
import { code, line, muted, spanOf, strong, text, warning } from './inline.js';
import type { Localizer } from './localize.js';
import type { Block, Detail, Inline, Line } from './model.js';
import type { SectionDraft } from './section-draft.js';

export interface NextContext {
  t: Translator;
  detail: Detail;
  /** Commands for this OS only; null for every OS. */
  os: CheckOs | null;
  fold: () => void;
  l: Localizer;
}

/** In the default detail: product ports per group, best-known uses in a summary. */
export const DEFAULT_PRODUCT_PORTS = 10;
export const DEFAULT_SUMMARY_USES = 6;

const icon = (t: Translator): Inline => ({
  kind: 'icon',
  icon: 'warning',
  label: t.text('use.securityIcon'),
});

/** A curated security note in the presentation's language (found by the use's id). */
function securityText(l: Localizer, useId: string, name: string, note: string): Inline[] {
  const fact: KnownUseFact = {
    id: useId,
    name,
    category: 'other',
    protocols: [],
    note: '',
    security: note,
    prominence: 1,
  };
  return l.useText(fact, 'security');
}

function securityLine(
  t: Translator,
  l: Localizer,
  entry: { useId: string; name: string; note: string },
): Line {
  return line(
    [
      icon(t),
      text(' '),
      ...t
        .rich('service.security', {
          name: l.useName(entry.name),
          note: securityText(l, entry.useId, entry.name, entry.note),
        })
        .map((span) => (span.kind === 'text' ? warning(span.text) : span)),
    ],
    { bullet: true },
  );
}

// ─── Products ────────────────────────────────────────────────────────────────────────────────

function portSpec(
  t: Translator,
  port: { port: number; to?: number | undefined; transports: readonly string[] },
) {
  return `${spanOf(t, port.port, port.to ?? port.port)}/${port.transports.join('+')}`;
}

export function productSections(c: NextContext, part: ProductPart): SectionDraft[] {
  const { t } = c;
  const full = c.detail === 'full';
  const overview: Line[] = [];
  if (part.summary) overview.push(line(c.l.productSummary(part.id, part.summary)));
  const blocks: Block[] = [];
  for (const group of part.groups) {
    const shown = full ? group.ports : group.ports.slice(0, DEFAULT_PRODUCT_PORTS);
    if (shown.length < group.ports.length) c.fold();
    blocks.push({ kind: 'lines', lines: [line([strong(t.text(`product.direction.${group.direction}`))])] });
    blocks.push({
      kind: 'table',
      columns: [
        { id: 'port', label: t.text('column.portSpec') },
        { id: 'role', label: t.text('column.role') },
        ...(full ? [{ id: 'note', label: t.text('column.note') }] : []),
      ],
      rows: shown.map((port) => {
        const words = c.l.productPort(part.id, port);
        return {
          cells: [
            [code(portSpec(t, port))],
            words.role,
            ...(full
              ? [
                  words.note.length > 0
                    ? words.note.map((span) => (span.kind === 'text' ? muted(span.text) : span))
                    : [muted('')],
                ]
              : []),
          ],
        };
      }),
    });
    if (!full && group.ports.some((port) => port.note)) c.fold();
  }
  const sections: SectionDraft[] = [
    { id: 'product.overview', blocks: overview.length > 0 ? [{ kind: 'lines', lines: overview }] : [] },
  ];
  if (part.firewall)
    sections.push({
      id: 'product.firewall',
      blocks: [
        {
          kind: 'lines',
          lines: [
            line(t.rich('product.firewall', { ports: code(part.firewall) })),
            line([muted(t.text('product.firewallHint', { name: c.l.productName(part.id, part.name) }))]),
          ],
        },
      ],
    });
  sections.push({ id: 'product.ports', blocks });
  if (part.security.length > 0) {
    const shown = full ? part.security : part.security.slice(0, 3);
    if (shown.length < part.security.length) c.fold();
    sections.push({
      id: 'product.security',
      blocks: [{ kind: 'lines', lines: shown.map((entry) => securityLine(t, c.l, entry)) }],
    });
  }
  return sections;
}

// ─── Intents ─────────────────────────────────────────────────────────────────────────────────

function commandBlocks(c: NextContext, part: IntentPart): Block[] {
  const { t } = c;
  const commands = part.commands.filter((command) => c.os === null || command.os === c.os);
  const blocks: Block[] = [];
  for (const os of CHECK_OSES) {
    const forOs = commands.filter((command) => command.os === os);
    if (forOs.length === 0) continue;
    blocks.push({ kind: 'lines', lines: [line([strong(t.text(`os.${os}`))])] });
    for (const command of forOs) {
      const pieces = [
        command.shell === 'sh' ? '' : t.text(`intent.shell.${command.shell}`),
        (command.transport ?? 'tcp').toUpperCase(),
        command.elevation === 'none' ? '' : t.text(`check.elevation.${command.elevation}`),
      ].filter(Boolean);
      blocks.push({
        kind: 'code',
        label: [muted(pieces.join(t.text('list.separator')))],
        note: [text(t.textOf(`step.${command.id}` as MessageKey, { port: part.port ?? 0 }))],
        code: command.command,
        os: command.os,
        shell: command.shell === 'config' ? 'sh' : command.shell,
        transport: command.transport ?? 'tcp',
        elevation: command.elevation,
      });
    }
  }
  return blocks;
}

/** What each intent says before and after its commands, by catalog key. */
const INTENT_LINES: Record<
  IntentPart['intent'],
  { lead: MessageKey; after: MessageKey[]; noPort: MessageKey }
> = {
  stop: {
    lead: 'intent.stop.lead',
    after: ['intent.stop.caution', 'intent.stop.service'],
    noPort: 'intent.stop.noPort',
  },
  'firewall-open': {
    lead: 'intent.open.lead',
    after: ['intent.open.scope', 'intent.open.cloud', 'intent.open.macos'],
    noPort: 'intent.firewall.noPort',
  },
  'firewall-close': {
    lead: 'intent.close.lead',
    after: ['intent.close.bind', 'intent.open.cloud'],
    noPort: 'intent.firewall.noPort',
  },
  reach: {
    lead: 'intent.reach.lead',
    after: ['intent.reach.results', 'intent.reach.udp', 'intent.reach.never'],
    noPort: 'intent.reach.noPort',
  },
  'in-use': {
    lead: 'intent.inUse.lead',
    after: ['intent.inUse.timeWait', 'intent.inUse.windows'],
    noPort: 'intent.inUse.noPort',
  },
  permission: {
    lead: 'intent.permission.lead',
    after: ['intent.permission.macos', 'intent.permission.windows'],
    noPort: 'intent.permission.noPort',
  },
};

export function intentSections(c: NextContext, part: IntentPart): SectionDraft[] {
  const { t } = c;
  const words = INTENT_LINES[part.intent];
  const port = part.port;
  const overview: Line[] = [];
  if (port === undefined) {
    overview.push(line([text(t.textOf(words.noPort))]));
    if (part.intent === 'permission') overview.push(line([text(t.text('intent.permission.rule'))]));
    if (part.intent === 'reach') overview.push(line([muted(t.text('intent.reach.never'))]));
    return [{ id: 'intent.overview', blocks: [{ kind: 'lines', lines: overview }] }];
  }
  overview.push(line([text(t.textOf(words.lead, { port }))]));
  if (part.intent === 'permission')
    overview.push(
      line([
        text(
          t.text(part.privileged ? 'intent.permission.rule' : 'intent.permission.notPrivileged', { port }),
        ),
      ]),
    );
  if (part.usedBy.length > 0)
    overview.push(
      line([muted(t.text('intent.usedBy', { port, names: t.list(part.usedBy.map(c.l.useName)) }))]),
    );
  const sections: SectionDraft[] = [{ id: 'intent.overview', blocks: [{ kind: 'lines', lines: overview }] }];
  // Before opening a port: what it exposes, first.
  if (part.security.length > 0 && part.intent === 'firewall-open')
    sections.push({
      id: 'intent.security',
      blocks: [{ kind: 'lines', lines: part.security.map((entry) => securityLine(t, c.l, entry)) }],
    });
  const blocks = commandBlocks(c, part);
  if (blocks.length > 0) sections.push({ id: 'intent.steps', blocks });
  const after = words.after
    .filter((key) => part.intent !== 'reach' || key !== 'intent.reach.udp' || part.transports.includes('udp'))
    .filter((key) => key !== 'intent.open.macos' || c.os === null || c.os === 'macos')
    .filter((key) => key !== 'intent.permission.macos' || part.privileged)
    .filter((key) => key !== 'intent.inUse.windows' || c.os === null || c.os === 'windows')
    .filter((key) => key !== 'intent.permission.windows' || c.os === null || c.os === 'windows');
  const notes = after.map((key) => line([muted(t.textOf(key, { port }))], { bullet: true }));
  if (part.tls && part.intent === 'reach')
    notes.unshift(line([muted(t.text('intent.reach.tls', { port }))], { bullet: true }));
  if (notes.length > 0) sections.push({ id: 'intent.notes', blocks: [{ kind: 'lines', lines: notes }] });
  return sections;
}

// ─── Advice and suggestions ──────────────────────────────────────────────────────────────────

function reasonNames(t: Translator, l: Localizer, reason: AdviceReason): string {
  const names = reason.names ?? [];
  if (reason.code === 'ephemeral' || reason.code === 'ephemeral-bsd')
    return t.list(names.map((os) => t.textOf(`os.${os}` as MessageKey)));
  if (reason.code === 'notable')
    return t.list(
      names.map(
        (id) =>
          (t.lang === 'ko' ? KO_NOTABLE_RANGE[id]?.label : undefined) ??
          NOTABLE_RANGES.find((range) => range.id === id)?.label ??
          id,
      ),
    );
  return t.list(names.map(l.useName));
}

const WEIGHT_ICON: Record<AdviceReason['weight'], string> = {
  avoid: '✗',
  caution: '!',
  good: '✓',
  info: '',
};

export function adviceSections(c: NextContext, part: AdvicePart): SectionDraft[] {
  const { t } = c;
  const summary = t.text(`advice.summary.${part.verdict}`);
  const lead: Inline[] = [part.verdict === 'good' ? strong(summary) : warning(summary)];
  const reasons = part.reasons.map((reason) =>
    line(
      [
        ...(WEIGHT_ICON[reason.weight] ? [muted(`${WEIGHT_ICON[reason.weight]} `)] : []),
        text(
          t.textOf(`advice.reason.${reason.code}` as MessageKey, {
            port: part.port,
            names: reasonNames(t, c.l, reason),
          }),
        ),
      ],
      { bullet: true },
    ),
  );
  const sections: SectionDraft[] = [
    { id: 'advice.verdict', blocks: [{ kind: 'lines', lines: [line(lead)] }] },
    { id: 'advice.reasons', blocks: [{ kind: 'lines', lines: reasons }] },
  ];
  if (part.alternatives.length > 0)
    sections.push({
      id: 'advice.alternatives',
      blocks: [
        {
          kind: 'lines',
          lines: [
            line(
              t.rich('advice.alternatives', {
                ports: t.richList(part.alternatives.map((port) => [code(String(port))])),
              }),
            ),
          ],
        },
      ],
    });
  // The Windows check, only where Windows commands are shown.
  if (
    part.reasons.some((reason) => reason.code === 'windows-excluded') &&
    (c.os === null || c.os === 'windows')
  )
    sections.push({
      id: 'advice.check',
      blocks: [
        {
          kind: 'code',
          label: [muted(t.text('check.shell.cmd'))],
          note: [text(t.text('advice.excludedCommand'))],
          code: WINDOWS_EXCLUDED_RANGES_COMMAND,
          os: 'windows',
          shell: 'cmd',
          transport: 'tcp',
          elevation: 'none',
        },
      ],
    });
  return sections;
}

export function suggestionSections(c: NextContext, part: SuggestionPart): SectionDraft[] {
  const { t } = c;
  const span = spanOf(t, part.from, part.to);
  const rule: Line[] = [line([text(t.text('suggest.rule'))]), line([muted(t.text('suggest.bsd'))])];
  const sections: SectionDraft[] = [{ id: 'suggest.rule', blocks: [{ kind: 'lines', lines: rule }] }];
  if (part.candidates.length > 0) {
    sections.unshift({
      id: 'suggest.candidates',
      blocks: [
        {
          kind: 'lines',
          lines: [
            line(
              t.rich('suggest.candidates', {
                span,
                ports: t.richList(part.candidates.map((port) => [code(String(port))])),
              }),
            ),
            line([muted(t.text('suggest.checkFirst'))]),
          ],
        },
      ],
    });
    return sections;
  }
  const why: Line[] = [line([text(t.text('suggest.none', { span }))])];
  const { excluded } = part;
  for (const key of ['system', 'ephemeral', 'assigned', 'curated', 'notable'] as const)
    if (excluded[key] > 0)
      why.push(line([muted(t.text(`suggest.excluded.${key}`, { count: excluded[key] }))], { bullet: true }));
  if (part.wider)
    why.push(line(t.rich('suggest.wider', { span: code(`${part.wider.from}-${part.wider.to}`) })));
  sections.unshift({ id: 'suggest.candidates', blocks: [{ kind: 'lines', lines: why }] });
  return sections;
}

// ─── Large ranges ────────────────────────────────────────────────────────────────────────────

export function rangeSummarySections(c: NextContext, part: RangeSummaryPart): SectionDraft[] {
  const { t } = c;
  const full = c.detail === 'full';
  const facts: Line[] = [];
  for (const range of part.ianaRanges) {
    const name = t.text(`bigRange.iana.${range.kind}`);
    facts.push(
      line(
        t.rich('bigRange.iana', {
          name: strong(name),
          span: spanOf(t, range.from, range.to),
          overlap: spanOf(t, range.overlap.from, range.overlap.to),
        }),
        { bullet: true },
      ),
    );
  }
  const ephemeral = part.ephemeral.filter(
    (range) => full || ['linux', 'windows', 'macos'].includes(range.os),
  );
  if (ephemeral.length < part.ephemeral.length) c.fold();
  if (ephemeral.length > 0)
    facts.push(
      line(
        t.rich('bigRange.ephemeral', {
          ranges: t.list(
            ephemeral.map((range) =>
              t.text('bigRange.ephemeralRange', {
                os: t.textOf(`os.${range.os}` as MessageKey),
                span: spanOf(t, range.overlap.from, range.overlap.to),
              }),
            ),
          ),
        }),
        { bullet: true },
      ),
    );
  else facts.push(line([text(t.text('bigRange.noEphemeral'))], { bullet: true }));
  for (const notable of part.notableRanges)
    facts.push(
      line(
        t.rich('bigRange.notable', {
          label: strong((t.lang === 'ko' ? KO_NOTABLE_RANGE[notable.id]?.label : undefined) ?? notable.label),
          span: spanOf(t, notable.from, notable.to),
        }),
        { bullet: true },
      ),
    );
  facts.push(
    line(
      [
        text(
          t.text('bigRange.assigned', {
            count: part.assigned.any,
            total: part.count,
            tcp: part.assigned.tcp,
            udp: part.assigned.udp,
          }),
        ),
      ],
      { bullet: true },
    ),
  );
  const sections: SectionDraft[] = [
    { id: 'bigRange.overview', blocks: [{ kind: 'lines', lines: [line([text(t.text('bigRange.lead'))])] }] },
    { id: 'bigRange.facts', blocks: [{ kind: 'lines', lines: facts }] },
  ];
  const shown = full ? part.topUses : part.topUses.slice(0, DEFAULT_SUMMARY_USES);
  if (shown.length < part.topUses.length) c.fold();
  const uses: Line[] = shown.map((entry) =>
    line(
      [
        code(String(entry.port)),
        text(' '),
        text(entry.names.map(c.l.useName).join(t.text('list.separator'))),
        ...(entry.security ? [text(' '), icon(t)] : []),
      ],
      { bullet: true },
    ),
  );
  if (part.rangeUses.length > 0)
    uses.push(
      line(
        t.rich('uses.inRanges', {
          names: t.list(
            part.rangeUses
              .slice(0, full ? undefined : 4)
              .map((use) => `${c.l.useName(use.name)} (${spanOf(t, use.from, use.to)})`),
          ),
        }),
        { bullet: true },
      ),
    );
  if (!full && part.rangeUses.length > 4) c.fold();
  if (uses.length > 0) {
    uses.push(line([muted(t.text('bigRange.usedPorts', { count: part.usedPorts }))]));
    sections.push({ id: 'bigRange.uses', blocks: [{ kind: 'lines', lines: uses }] });
  }
  return sections;
}
