/**
 * Slack's mapping of the core's presentation: spans escaped in one place, buttons from the
 * presentation's actions (Show everything included), the fallback text, and short default
 * answers: at most 25 visible lines for every port of nmap's top-300 TCP list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SlackBlock, SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import { SLACK_TOKEN_LENGTH } from '../../adapters/slack/listeners/replies.js';
import { DETAIL_ACTION_ID, FULL_ACTIONS_BLOCK_ID } from '../../adapters/slack/render/actions.js';
import { toSlackMessage } from '../../adapters/slack/render/answer-message.js';
import { lineMrkdwn, mrkdwn } from '../../adapters/slack/render/inline.js';
import { parseNmapServices, topPorts } from '../../scripts/nmap-services.js';
import { answerQuestion, decodeButtonValue, type Inline } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

const knowledge = testKnowledge();
const NMAP_SERVICES = '/usr/share/nmap/nmap-services';
const SCREEN = 25;

/** Lines as Slack shows them: each line break, fields two to a row, one row of buttons. */
function visibleLines(blocks: readonly SlackBlock[]): number {
  const lines = (text: string) => text.split('\n').length;
  return blocks.reduce((sum, block) => {
    if (block.type === 'header' || block.type === 'actions') return sum + 1;
    if (block.type === 'context')
      return (
        sum + Math.max(...block.elements.map((element) => ('text' in element ? lines(element.text) : 1)))
      );
    if (block.type !== 'section') return sum;
    let count = block.text ? lines(block.text.text) : 0;
    const fields = block.fields ?? [];
    for (let index = 0; index < fields.length; index += 2)
      count += Math.max(...fields.slice(index, index + 2).map((field) => lines(field.text)));
    return sum + count;
  }, 0);
}

function reply(question: string, detail?: 'default' | 'full'): SlackMessage {
  const asked = answerQuestion(question, knowledge, { tokenLength: SLACK_TOKEN_LENGTH });
  if (!asked.ok) throw new Error(`no answer for ${question}`);
  return toSlackMessage(asked.answer, { token: asked.token, command: '/port', detail });
}

function buttons(message: SlackMessage) {
  const actions = message.blocks.find((block) => block.type === 'actions');
  return actions?.type === 'actions' ? actions : undefined;
}

describe('spans become mrkdwn in one place', () => {
  it.each<[Inline, string]>([
    [{ kind: 'text', text: '<!channel> & co' }, '&lt;!channel&gt; &amp; co'],
    [{ kind: 'strong', text: 'PostgreSQL' }, '*PostgreSQL*'],
    [{ kind: 'strong', text: ' a*b ' }, ' a*b '],
    [{ kind: 'muted', text: 'web, tcp' }, '_web, tcp_'],
    [{ kind: 'muted', text: 'ip_local_port_range' }, 'ip_local_port_range'],
    [{ kind: 'code', text: '<@U123> `x`' }, '`&lt;@U123&gt; x`'],
    [{ kind: 'warning', text: '<!here>' }, '&lt;!here&gt;'],
    [
      { kind: 'link', text: 'RFC <9110>', url: 'https://www.rfc-editor.org/rfc/rfc9110' },
      '<https://www.rfc-editor.org/rfc/rfc9110|RFC &lt;9110&gt;>',
    ],
    [{ kind: 'link', text: 'x', url: 'http://x.example|<!channel>' }, 'x'],
    [{ kind: 'icon', icon: 'warning', label: 'security note' }, ':warning:'],
  ])('%o → %s', (span, expected) => {
    expect(mrkdwn([span])).toBe(expected);
  });

  it('joins neighbouring spans of one kind, and lays out bullets and continuation lines', () => {
    expect(
      mrkdwn([
        { kind: 'muted', text: 'Data: x' },
        { kind: 'muted', text: ' · Linux' },
      ]),
    ).toBe('_Data: x · Linux_');
    expect(lineMrkdwn({ spans: [{ kind: 'text', text: 'a' }], bullet: true })).toBe('• a');
    expect(lineMrkdwn({ spans: [{ kind: 'text', text: 'b' }], level: 1 })).toBe('    b');
  });
});

describe('an answer in Block Kit', () => {
  it('heads with the title, falls back to the summary, and offers the other OSes and everything', () => {
    const message = reply('8080');
    expect(message.blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(message.blocks[0])).toContain('Port 8080 — ');
    expect(message.text.split('\n')[0]).toBe('Port 8080: HTTP alternate (8080), Apache Tomcat, Jenkins');
    expect(JSON.stringify(message.blocks)).toContain('sudo ss -ltnp');
    expect(JSON.stringify(message.blocks)).not.toContain('Get-NetTCPConnection');
    const row = buttons(message);
    const labels = row?.elements.map((element) => (element.type === 'button' ? element.text.text : ''));
    expect(labels).toEqual(['Share in channel', '✓ Linux', 'macOS', 'Windows', 'Show everything']);
    const showAll = row?.elements.find(
      (element) => element.type === 'button' && element.action_id === DETAIL_ACTION_ID,
    );
    const value = showAll?.type === 'button' ? showAll.value : undefined;
    expect(decodeButtonValue(value)).toMatchObject({ token: 'p8080', os: null });
  });

  it('shows everything (every OS, all uses) in the full detail, without offering it again', () => {
    const short = reply('22');
    const full = reply('22', 'full');
    expect(JSON.stringify(full.blocks).length).toBeGreaterThan(JSON.stringify(short.blocks).length);
    expect(JSON.stringify(full.blocks)).toContain('Get-NetTCPConnection');
    expect(JSON.stringify(full.blocks)).toContain('*Tips*');
    const row = buttons(full);
    expect(row?.block_id).toBe(FULL_ACTIONS_BLOCK_ID);
    expect(JSON.stringify(row)).not.toContain(DETAIL_ACTION_ID);
  });

  it('says when it left something out, and names the data', () => {
    const context = reply('443').blocks.find((block) => block.type === 'context');
    expect(JSON.stringify(context)).toContain('Shortened to fit: use “Show everything” for the rest.');
    expect(JSON.stringify(context)).toContain('Data: ');
  });
});

describe('short by default', () => {
  it(`keeps the default answer within ${SCREEN} visible lines for nmap's top-300 TCP ports`, () => {
    if (!existsSync(NMAP_SERVICES)) {
      if (process.env.CI) throw new Error(`${NMAP_SERVICES} is missing (install nmap)`);
      console.warn(`\n*** SKIPPING the top-300 line count: ${NMAP_SERVICES} is missing (install nmap) ***\n`);
      return;
    }
    const ports = topPorts(parseNmapServices(readFileSync(NMAP_SERVICES, 'utf8')), 'tcp', 300);
    expect(ports).toHaveLength(300);
    let largest = { port: -1, lines: 0 };
    const over: string[] = [];
    for (const { port } of ports) {
      const lines = visibleLines(reply(String(port)).blocks);
      if (lines > largest.lines) largest = { port, lines };
      if (lines > SCREEN) over.push(`${port}: ${lines}`);
    }
    console.info(`Largest default Slack answer of the top 300: port ${largest.port}, ${largest.lines} lines`);
    expect(over).toEqual([]);
  });

  it('shows the top known uses in full of a popular port with commands for TCP and UDP', () => {
    const shown = JSON.stringify(reply('443').blocks);
    expect(shown).toContain('*Known uses*');
    expect(shown).toContain('*HTTPS (web server)*');
  });
});
