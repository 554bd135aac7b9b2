/**
 * English: every word a presentation shows, keyed by stable ids. Placeholders are `{name}`; a
 * plural message has one text per plural category of the language (English: one, other) and
 * takes `{count}`. Another language is a copy of this object with the texts translated: the
 * catalog test checks that it has every key, the same placeholders and every plural category.
 *
 * Texts that come with the data (registry descriptions, curated notes, IANA's range meanings,
 * command notes) are not here: they travel in the answer and are shown as they are.
 */
import { EN_NEXT } from './en-next.js';

const EN_BASE = {
  // Joining things
  'list.separator': ', ',
  'list.lastSeparator': ' and ',
  'join.pieces': ' · ',
  'span.range': '{from}–{to}',

  // Operating systems (the check commands' three, and the ephemeral-range table's short names)
  'os.linux': 'Linux',
  'os.macos': 'macOS',
  'os.windows': 'Windows',
  'os.freebsd': 'FreeBSD',
  'os.openbsd': 'OpenBSD',
  'os.solaris': 'Solaris',
  'os.windows-xp': 'Windows XP',

  // Titles: the first line of an answer, and each part's headline when there are several
  'title.port': 'Port {port} — {verdict}',
  'title.ports': 'Ports {ports}',
  'title.range': 'Ports {span} ({transports})',
  'title.service': '{name}',
  'title.service.fuzzy': '{name} (you typed "{asked}")',
  'title.service.synonym': '{name} ("{asked}")',
  'title.topic.iana': "IANA's port ranges",
  'title.topic.ephemeral': 'Ephemeral (temporary client) port ranges by OS',
  'title.topic.ephemeralOs': 'Ephemeral port range on {os}',
  'title.help': 'Ask portbot about a port, a range or a service:',
  'title.about': 'About portbot',

  // Summaries: one line for notifications and chat fallbacks
  'summary.port': 'Port {port}{transport}: {lead}',
  'summary.range': 'Ports {span}',
  'label.port': 'Port {port}',
  'summary.service': { one: '{name}: port {ports}', other: '{name}: ports {ports}' },
  'summary.more': '{items}, …',
  'summary.help': 'How to ask portbot',
  'summary.about': 'About portbot {version}',

  // The verdict after "Port N —"
  'verdict.registered': '{description} (IANA: {name})',
  'verdict.registeredNameOnly': '{name} (IANA)',
  'verdict.neverAssigned': 'never assigned by IANA',
  'verdict.reserved': 'reserved by IANA',
  'verdict.unassigned': 'no IANA assignment',
  'verdict.ephemeral': 'a temporary client port on {oses} by default',
  'verdict.inRanges': 'in the range of {ranges}',
  'ianaKind.system': 'System port ({span})',
  'ianaKind.user': 'User port ({span})',
  'ianaKind.dynamic': 'Dynamic/Private port ({span})',

  // Section headings
  'section.teamNotes': 'Team notes',
  'section.warnings': 'Not answered',
  'section.port.range': 'Range',
  'section.port.ephemeral': 'Temporary (ephemeral) client port by default?',
  'section.port.assignments': 'IANA assignments',
  'section.port.uses': 'Known uses',
  'section.port.tips': 'Tips',
  'section.port.checks': 'Who holds port {port}? ({transports})',
  'section.range.table': 'Port by port',
  'section.service.ports': 'Ports',
  'section.service.security': 'Security notes',
  'section.service.also': 'Other meanings of the name',
  'section.topic.ranges': 'Ranges',
  'section.help.more': 'Other ways to ask',
  'section.about.facts': 'Version, data and privacy',
  'section.notice.body': 'Notice',
  'section.notice.examples': 'Examples',

  // Team notes
  'teamNote.byline': '{author} · {date}',
  'teamNote.bylineScope': '{scope} — {author} · {date}',

  'teamNote.unavailable': 'Team notes are unavailable for now.',

  // The team's commands (note, notes, forget, history, lang, feedback) and their replies
  'team.saved.title': 'Team note saved',
  'team.saved': 'Saved the team note on {scope}: everyone here sees it first in answers about it.',
  'team.replaced': 'Replaced the team note on {scope}; the earlier text is kept in its history.',
  'team.forgotten.title': 'Team note removed',
  'team.forgotten': 'Removed the team note on {scope}. Its history is kept: {command}',
  'team.list.title': 'Team notes',
  'team.list.empty': 'No team notes yet. Add one: {example}',
  'team.list.page': {
    one: '{count} note · page {page} of {pages}',
    other: '{count} notes · page {page} of {pages}',
  },
  'team.history.title': 'History of the team note on {scope}',
  'team.history.set': '{when} · {author} set: {text}',
  'team.history.forget': '{when} · {author} removed the note',
  'team.history.empty': 'No changes to a team note on {scope} yet.',
  'team.lang.title': 'Your language',
  'team.lang.saved': 'From now on I answer you in {language}, unless a question asks for another.',
  'team.lang.auto': 'I choose the language again from each question and your settings.',
  'team.lang.usage': 'Choose the language of your answers: {examples}',
  'team.feedback.title': 'Was it helpful? The least helpful answers first',
  'team.feedback.row': '{question} · 👎 {down} · 👍 {up}',
  'team.feedback.missing': 'What was missing: {text}',
  'team.feedback.empty': 'No votes yet.',
  'team.vote.title': 'Thanks for the feedback',
  'team.vote.saved': 'Thanks, your vote is counted.',
  'team.vote.changed': 'Thanks, your vote is changed.',
  'team.vote.askMissing': 'What was missing?',
  'team.missing.saved': "Thanks: this workspace's admins will read it.",
  'team.refused.title': "I can't do that",
  'team.refused.notes_off': 'Team notes are turned off on this portbot.',
  'team.refused.not_editor': "Only the people this workspace's admins chose can change team notes.",
  'team.refused.admins_only': 'Only workspace admins can change team notes here.',
  'team.refused.report_admins_only': 'Only workspace admins can see the feedback report.',
  'team.refused.bad_note_scope':
    'Give a port (8443), a port and transport (8443/udp) or a range (30000-32767): {example}',
  'team.refused.note_empty': 'A note needs some text: {example}',
  'team.refused.note_too_long': 'A note is at most {max} characters; that one has {length}.',
  'team.refused.too_many_notes': 'This workspace already has {max} notes: remove one first ({example}).',
  'team.refused.note_not_found': 'There is no team note on {scope} in this workspace.',
  'team.refused.bad_lang': 'Choose ko, en or auto: {example}',
  'team.refused.bad_page': 'Pages are numbered 1 to {max}: {example}',
  'team.refused.comment_too_long': 'At most {max} characters, please.',
  'team.refused.bad_vote': 'That button no longer works: please ask again.',
  'team.refused.unavailable':
    'Team notes are unavailable for now, so nothing was changed. Please try again in a few minutes.',
  'team.refused.rate_limited': {
    one: 'You are changing notes faster than I allow: try again in {count} s.',
    other: 'You are changing notes faster than I allow: try again in {count} s.',
  },
  'team.language.en': 'English',
  'team.language.ko': 'Korean',
  'feedback.question': 'Was this helpful?',

  // Problems with parts of the question
  'warning.line': 'Note: {message}',

  // A port's range and the ranges it falls in
  'port.range.iana': 'IANA {name} ({span}, "{nickname}"): {meaning}',
  'port.range.notable': '{label} ({span}): {meaning}',

  // Temporary client ports
  'port.ephemeral.yes': 'Yes on {oses}',
  'port.ephemeral.no': 'No on {oses}',
  'port.ephemeral.markYes': 'yes',
  'port.ephemeral.markNo': 'no',
  'port.ephemeral.caveat':
    'Admins and container runtimes change these ranges; the command shows the real setting.',
  'column.default': 'Default',
  'column.os': 'OS',
  'column.range': 'Range',
  'column.showSetting': 'Shows the real setting',

  // IANA assignments
  'assignment.line': '{transports}: {services}',
  'assignment.status.assigned': 'assigned',
  'assignment.status.reserved': 'reserved',
  'assignment.status.unassigned': 'unassigned',
  'assignment.status.never-assigned': 'never assigned',
  'assignment.empty': '{status} — {explanation}',
  'assignment.service': '{name}{aliases}{range} — {description}',
  'assignment.serviceOnly': '{name}{aliases}{range}',
  'assignment.aliases': ' (also {aliases})',
  'assignment.range': ' [range {span}]',
  'assignment.references': 'ref: {references}',
  'assignment.registered': 'registered {date}',
  'assignment.modified': 'modified {date}',
  'assignment.unauthorized': 'IANA reports unauthorized use: {note}',
  'assignment.notes': 'IANA note: {note}',

  // Known uses
  'use.name': '{name} ({role})',
  'use.meta': '[{category}, {protocols}]',
  'use.metaRange': '[{category}, ports {span}, {protocols}]',
  'use.usage.unofficial': 'unofficial',
  'use.usage.convention': 'by convention',
  'use.security': 'Security: {note}',
  'use.securityIcon': 'security note',
  'uses.folded': { one: 'And {count} more: {names}', other: 'And {count} more: {names}' },
  'uses.inRanges': 'Inside the ranges of: {names}',
  'tips.folded': { one: 'And {count} more tip', other: 'And {count} more tips' },

  // A curated text shown in English in another language's answer (never shown in English)
  'fallback.english': '(English)',

  // Check commands
  'check.shell.powershell': 'PowerShell',
  'check.shell.cmd': 'cmd',
  'check.elevation.sudo': 'sudo',
  'check.elevation.admin': 'as Administrator',

  // A range as a table
  'range.iana': 'IANA {name}: {span}',
  'range.registry': 'Registry range {span}/{transport}: {names}',
  'range.anyTransport': 'any',
  'range.noName': '—',
  'range.usesMore': { one: '{uses} +{count} more', other: '{uses} +{count} more' },
  'range.securityLegend': 'has security notes: ask about the port itself for them.',
  'column.port': 'Port',
  'column.iana': 'IANA ({transports})',
  'column.knownUses': 'Known uses',

  // A service and its ports
  'service.source.iana': 'IANA',
  'service.source.default': 'default',
  'service.source.convention': 'convention',
  'service.source.unofficial': 'unofficial',
  'service.source.knownUse': 'known use',
  'service.role': '{software}, {role}',
  'service.security': 'Security ({name}): {note}',
  'service.also': 'Also: IANA lists "{name}"{description} {where}.',
  'service.alsoCurated': 'Also: "{name}"{description} {where}.',
  'service.alsoDescription': ' ({description})',
  'service.alsoOn': 'on {ports}',
  'service.alsoNoPort': 'without a port',
  'service.portsMore': { one: 'And {count} more port', other: 'And {count} more ports' },
  'service.securityMore': { one: 'And {count} more security note', other: 'And {count} more security notes' },
  'service.alsoMore': { one: 'And {count} more meaning', other: 'And {count} more meanings' },
  'column.portSpec': 'Port',
  'column.role': 'Role',
  'column.source': 'Source',

  // Topics
  'topic.iana.intro': 'IANA splits the 65536 port numbers into three ranges (RFC 6335).',
  'topic.ephemeral.intro':
    'Operating systems pick source ports for outgoing connections from these ranges by default.',
  'topic.ephemeral.caveat':
    'Defaults; admins and container runtimes change them. The command shows the real setting.',
  'topic.nickname': '"{nickname}"',
  'column.name': 'Name',
  'column.meaning': 'Meaning',
  'column.note': 'Note',

  // Help
  'help.more':
    'Also: mention me in a channel, send me a direct message, or use “Explain ports” on any message.',
  'column.question': 'Ask',
  'column.meansQuestion': 'Means',

  // Discord's application commands as a Discord client in this language lists them (names follow
  // Discord's rules: a slash command and its option lowercase without spaces, at most 32 characters)
  'command.port.name': 'port',
  'command.port.description': 'What is port N? IANA range and assignment, real-world uses, who holds it',
  'command.query.name': 'query',
  'command.query.description': 'A port, range or service: 60140, 53/udp, 8000-8010, postgres',
  'command.explainPorts.name': 'Explain ports',

  // About portbot (the facts' texts come from the answer)
  'about.Version': 'Version',
  'about.Data': 'Data',
  'about.Privacy': 'Privacy',

  // The data line and footers
  'data.line': 'Data: {source}',
  'data.version': '{label} {version}',
  'data.updated': '{source} · imported {date}',
  'footer.commandsFor': 'Commands for {os}',
  'footer.pickOs': 'Pick an OS below for the commands',
  'footer.sharedBy': 'Shared by {user}',

  // Actions
  'action.osSelected': '✓ {os}',
  'action.share': 'Share in channel',
  'action.showAll': 'Show everything',
  'action.feedbackUp': 'Helpful',
  'action.feedbackDown': 'Not helpful',
  'action.addNote': 'Add a team note',
  'action.open': 'Open in browser',
  'action.more': 'More',

  // Chat modals: adding a team note from an answer, and "what was missing?" after a 👎
  'modal.note.title': 'Add a team note',
  'modal.note.scope': 'Port or range',
  'modal.note.text': 'Note for this workspace',
  'modal.note.hint': 'Everyone here sees it first in answers about this port.',
  'modal.missing.title': 'What was missing?',
  'modal.missing.text': 'What were you looking for?',
  'modal.missing.hint': "Only this workspace's admins read it.",
  'modal.save': 'Save',
  'modal.send': 'Send',
  'modal.cancel': 'Cancel',

  // After a renderer left sections out
  'trim.note': 'Shortened to fit: use “{action}” for the rest.',
  'trim.noteNoAction': 'Shortened to fit: ask about fewer ports for the rest.',

  // Problems with a question (Problem.code → its text from Problem.params; English uses Problem.message)
  'problem.empty_question': 'Ask me about a port, a range or a service.',
  'problem.question_too_long': 'That question is {length} characters long; I read questions of up to {max}.',
  'problem.port_out_of_range': '{value} is not a valid port: ports go from 0 to 65535.',
  'problem.not_a_port_number': '{value} is not a port number: ports are whole numbers from 0 to 65535.',
  'problem.range_reversed': 'The range {from}-{to} runs backwards; did you mean {to}-{from}?',
  'problem.range_too_large': 'The range {from}-{to} has {count} ports; I answer ranges of up to {max} ports.',
  'problem.too_many_items': 'I answer up to {max} ports or services at a time; the rest were left out.',
  'problem.unknown_service': 'I don\'t know a service called "{name}".',
  'problem.unknown_serviceSuggest': 'I don\'t know a service called "{name}". Did you mean {suggestions}?',
  'problem.nothing_understood': "I couldn't find a port, a range or a service name in that.",
  'problem.no_ports_found': 'I found no port numbers in that message.',

  // Notices
  'notice.problem.title': "I couldn't answer that",
  'notice.hint.title': 'I answer questions about ports',
  'notice.hint':
    'Try a port (8080), a port and protocol (53/udp), a range (8000-8010) or a service name (postgres).',
  'notice.examples': 'Examples: {examples}',
  'notice.noPorts.title': 'No port numbers found',
  'notice.noPorts': 'I found no port numbers in that message.',
  'notice.noPortsTry': 'Try {command} with a port, a range or a service name.',
  'notice.expired.title': 'That button no longer works',
  'notice.expired': 'That button no longer works: please ask again.',
  'notice.apology.title': 'Something went wrong',
  'notice.apology': 'Sorry, something went wrong on my side. Please try again in a moment (ref {ref}).',
  'notice.unknownCommand': "I don't know that command: the bot's commands need registering again.",
  'notice.rateLimited.title': 'Slow down',
  'notice.rateLimited': {
    one: "You're asking faster than I can keep up — try again in {count} s.",
    other: "You're asking faster than I can keep up — try again in {count} s.",
  },
  // Forms a chat surface opens (a note from an answer's button)
  'form.note.scope': 'Port, port/transport or range',
  'form.note.text': 'Note (who uses it, whom to ask)',
} as const;

/**
 * Both parts in one lookup object, gathered with `Object.assign` onto a prototype-less object
 * rather than spread into a literal: V8 adds spread keys one at a time, each a new hidden class,
 * and for a few hundred keys that cost milliseconds and megabytes of every start-up.
 */
export const EN: typeof EN_BASE & typeof EN_NEXT = Object.assign(Object.create(null), EN_BASE, EN_NEXT);
