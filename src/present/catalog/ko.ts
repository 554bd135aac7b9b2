/**
 * Korean, for Korean-speaking network engineers: written, not translated word for word, with the
 * terms of `docs/GLOSSARY.ko.md` (임시 포트, 잘 알려진 포트, 방화벽, 주요 용도, 팀 메모 …). Product
 * names, commands, protocol names and numbers stay as they are. Labels and headings say
 * `포트 22`; running text says `22번 포트`. Korean has one plural category, so every plural
 * message has only `other`.
 */
import type { Catalog } from './index.js';
import { KO_NEXT } from './ko-next.js';

const KO_BASE = {
  // Joining things
  'list.separator': ', ',
  'list.lastSeparator': ', ',
  'join.pieces': ' · ',
  'span.range': '{from}–{to}',

  // Operating systems
  'os.linux': 'Linux',
  'os.macos': 'macOS',
  'os.windows': 'Windows',
  'os.freebsd': 'FreeBSD',
  'os.openbsd': 'OpenBSD',
  'os.solaris': 'Solaris',
  'os.windows-xp': 'Windows XP',

  // Titles
  'title.port': '포트 {port} — {verdict}',
  'title.ports': '포트 {ports}',
  'title.range': '포트 {span} ({transports})',
  'title.service': '{name}',
  'title.service.fuzzy': '{name} (입력: "{asked}")',
  'title.service.synonym': '{name} ("{asked}")',
  'title.topic.iana': 'IANA 포트 범위',
  'title.topic.ephemeral': 'OS별 임시 포트(ephemeral port) 범위',
  'title.topic.ephemeralOs': '{os}의 임시 포트 범위',
  'title.help': '포트, 포트 범위, 서비스에 대해 물어보세요:',
  'title.about': 'portbot 정보',

  // Summaries
  'summary.port': '포트 {port}{transport}: {lead}',
  'summary.range': '포트 {span}',
  'label.port': '포트 {port}',
  'summary.service': { other: '{name}: 포트 {ports}' },
  'summary.more': '{items}, …',
  'summary.help': 'portbot 사용법',
  'summary.about': 'portbot {version} 정보',

  // The verdict after "포트 N —"
  'verdict.registered': '{description} (IANA: {name})',
  'verdict.registeredNameOnly': '{name} (IANA)',
  'verdict.neverAssigned': 'IANA에 할당된 적 없음',
  'verdict.reserved': 'IANA 예약 포트',
  'verdict.unassigned': 'IANA에 할당되지 않음',
  'verdict.ephemeral': '{oses}에서 기본 임시 포트',
  'verdict.inRanges': '{ranges} 범위에 속함',
  'ianaKind.system': '잘 알려진 포트 ({span})',
  'ianaKind.user': '등록된 포트 ({span})',
  'ianaKind.dynamic': '동적/사설 포트 ({span})',

  // Section headings
  'section.teamNotes': '팀 메모',
  'section.warnings': '답하지 못한 부분',
  'section.port.range': '범위',
  'section.port.ephemeral': '기본 임시 포트 여부',
  'section.port.assignments': 'IANA 할당',
  'section.port.uses': '주요 용도',
  'section.port.tips': '팁',
  'section.port.checks': '포트 {port}를 쓰는 프로세스 확인 ({transports})',
  'section.range.table': '포트별 정보',
  'section.service.ports': '포트',
  'section.service.security': '보안 참고',
  'section.service.also': '같은 이름의 다른 뜻',
  'section.topic.ranges': '범위',
  'section.help.more': '다른 질문 방법',
  'section.about.facts': '버전, 데이터, 개인정보',
  'section.notice.body': '안내',
  'section.notice.examples': '예시',

  // Team notes
  'teamNote.byline': '{author} · {date}',
  'teamNote.bylineScope': '{scope} — {author} · {date}',

  'teamNote.unavailable': '지금은 팀 메모를 불러올 수 없습니다.',

  // 팀 명령 (note, notes, forget, history, lang, feedback)과 그 응답
  'team.saved.title': '팀 메모 저장됨',
  'team.saved': '{scope}의 팀 메모를 저장했습니다. 이 워크스페이스의 모든 사람이 답변 맨 위에서 봅니다.',
  'team.replaced': '{scope}의 팀 메모를 바꿨습니다. 이전 내용은 기록에 남아 있습니다.',
  'team.forgotten.title': '팀 메모 삭제됨',
  'team.forgotten': '{scope}의 팀 메모를 삭제했습니다. 기록은 남아 있습니다: {command}',
  'team.list.title': '팀 메모',
  'team.list.empty': '아직 팀 메모가 없습니다. 추가하려면: {example}',
  'team.list.page': { other: '메모 {count}개 · {pages}쪽 중 {page}쪽' },
  'team.history.title': '{scope} 팀 메모 기록',
  'team.history.set': '{when} · {author} 님이 설정: {text}',
  'team.history.forget': '{when} · {author} 님이 메모를 삭제함',
  'team.history.empty': '{scope}의 팀 메모는 아직 바뀐 적이 없습니다.',
  'team.lang.title': '답변 언어',
  'team.lang.saved': '이제부터 {language}로 답합니다. 질문에서 다른 언어를 고르면 그 언어로 답합니다.',
  'team.lang.auto': '이제 질문과 설정을 보고 언어를 고릅니다.',
  'team.lang.usage': '답변 언어를 고르세요: {examples}',
  'team.feedback.title': '도움이 됐나요? 도움이 덜 된 답변부터',
  'team.feedback.row': '{question} · 👎 {down} · 👍 {up}',
  'team.feedback.missing': '부족했던 점: {text}',
  'team.feedback.empty': '아직 평가가 없습니다.',
  'team.vote.title': '의견 감사합니다',
  'team.vote.saved': '감사합니다. 평가를 반영했습니다.',
  'team.vote.changed': '감사합니다. 평가를 바꿨습니다.',
  'team.vote.askMissing': '무엇이 부족했나요?',
  'team.missing.saved': '감사합니다. 이 워크스페이스 관리자가 읽습니다.',
  'team.refused.title': '할 수 없는 요청입니다',
  'team.refused.notes_off': '이 portbot에서는 팀 메모가 꺼져 있습니다.',
  'team.refused.not_editor': '워크스페이스 관리자가 지정한 사람만 팀 메모를 바꿀 수 있습니다.',
  'team.refused.admins_only': '여기서는 워크스페이스 관리자만 팀 메모를 바꿀 수 있습니다.',
  'team.refused.report_admins_only': '피드백 보고서는 워크스페이스 관리자만 볼 수 있습니다.',
  'team.refused.bad_note_scope':
    '포트(8443), 포트와 전송 프로토콜(8443/udp) 또는 범위(30000-32767)를 적어 주세요: {example}',
  'team.refused.note_empty': '메모 내용을 적어 주세요: {example}',
  'team.refused.note_too_long': '메모는 {max}자까지입니다. 이 메모는 {length}자입니다.',
  'team.refused.too_many_notes':
    '이 워크스페이스에는 이미 메모가 {max}개 있습니다. 먼저 하나를 지우세요({example}).',
  'team.refused.note_not_found': '이 워크스페이스에는 {scope}의 팀 메모가 없습니다.',
  'team.refused.bad_lang': 'ko, en, auto 중에서 고르세요: {example}',
  'team.refused.bad_page': '쪽 번호는 1부터 {max}까지입니다: {example}',
  'team.refused.comment_too_long': '{max}자까지 적어 주세요.',
  'team.refused.bad_vote': '이 버튼은 더 이상 쓸 수 없습니다. 다시 질문해 주세요.',
  'team.refused.unavailable':
    '지금은 팀 메모를 쓸 수 없어 아무것도 바꾸지 않았습니다. 몇 분 뒤에 다시 시도하세요.',
  'team.refused.rate_limited': {
    other: '메모를 너무 빠르게 바꾸고 있습니다. {count}초 후에 다시 시도하세요.',
  },
  'team.language.en': '영어',
  'team.language.ko': '한국어',
  'feedback.question': '도움이 됐나요?',

  // Problems with parts of the question
  'warning.line': '참고: {message}',

  // A port's range and the ranges it falls in
  'port.range.iana': 'IANA {name} ({span}, "{nickname}"): {meaning}',
  'port.range.notable': '{label} ({span}): {meaning}',

  // Temporary client ports
  'port.ephemeral.yes': '예: {oses}',
  'port.ephemeral.no': '아니요: {oses}',
  'port.ephemeral.markYes': '예',
  'port.ephemeral.markNo': '아니요',
  'port.ephemeral.caveat':
    '관리자나 컨테이너 런타임이 이 범위를 바꾸기도 합니다. 실제 설정은 명령으로 확인하세요.',
  'column.default': '기본값',
  'column.os': 'OS',
  'column.range': '범위',
  'column.showSetting': '실제 설정 확인',

  // IANA assignments
  'assignment.line': '{transports}: {services}',
  'assignment.status.assigned': '할당됨',
  'assignment.status.reserved': '예약됨',
  'assignment.status.unassigned': '할당되지 않음',
  'assignment.status.never-assigned': '할당된 적 없음',
  'assignment.empty': '{status} — {explanation}',
  'assignment.service': '{name}{aliases}{range} — {description}',
  'assignment.serviceOnly': '{name}{aliases}{range}',
  'assignment.aliases': ' (별칭 {aliases})',
  'assignment.range': ' [범위 {span}]',
  'assignment.references': '참조: {references}',
  'assignment.registered': '등록 {date}',
  'assignment.modified': '수정 {date}',
  'assignment.unauthorized': 'IANA에 보고된 무단 사용: {note}',
  'assignment.notes': 'IANA 메모: {note}',

  // Known uses
  'use.name': '{name} ({role})',
  'use.meta': '[{category}, {protocols}]',
  'use.metaRange': '[{category}, 포트 {span}, {protocols}]',
  'use.usage.unofficial': '비공식 사용',
  'use.usage.convention': '관례상',
  'use.security': '보안: {note}',
  'use.securityIcon': '보안 참고',
  'uses.folded': { other: '외 {count}개: {names}' },
  'uses.inRanges': '다음 범위에 포함: {names}',
  'tips.folded': { other: '팁 {count}개 더 있음' },

  // A curated text with no Korean version yet, shown in English
  'fallback.english': '(영문)',

  // Check commands
  'check.shell.powershell': 'PowerShell',
  'check.shell.cmd': 'cmd',
  'check.elevation.sudo': 'sudo',
  'check.elevation.admin': '관리자 권한',

  // A range as a table
  'range.iana': 'IANA {name}: {span}',
  'range.registry': '레지스트리 범위 {span}/{transport}: {names}',
  'range.anyTransport': '전체',
  'range.noName': '—',
  'range.usesMore': { other: '{uses} 외 {count}개' },
  'range.securityLegend': '보안 참고가 있는 포트입니다. 내용은 해당 포트를 따로 물어보세요.',
  'column.port': '포트',
  'column.iana': 'IANA ({transports})',
  'column.knownUses': '주요 용도',

  // A service and its ports
  'service.source.iana': 'IANA',
  'service.source.default': '기본 포트',
  'service.source.convention': '관례상',
  'service.source.unofficial': '비공식 사용',
  'service.source.knownUse': '주요 용도',
  'service.role': '{software}, {role}',
  'service.security': '보안 ({name}): {note}',
  'service.also': '참고: IANA 목록의 "{name}"{description}, {where}.',
  'service.alsoCurated': '참고: "{name}"{description}, {where}.',
  'service.alsoDescription': ' ({description})',
  'service.alsoOn': '포트 {ports}',
  'service.alsoNoPort': '포트 없음',
  'service.portsMore': { other: '포트 {count}개 더 있음' },
  'service.securityMore': { other: '보안 참고 {count}개 더 있음' },
  'service.alsoMore': { other: '다른 뜻 {count}개 더 있음' },
  'column.portSpec': '포트',
  'column.role': '역할',
  'column.source': '출처',

  // Topics
  'topic.iana.intro': 'IANA는 65536개의 포트 번호를 세 범위로 나눕니다(RFC 6335).',
  'topic.ephemeral.intro': 'OS는 나가는 연결의 출발지 포트를 기본적으로 이 범위에서 고릅니다.',
  'topic.ephemeral.caveat':
    '기본값입니다. 관리자나 컨테이너 런타임이 바꾸기도 하니 실제 설정은 명령으로 확인하세요.',
  'topic.nickname': '"{nickname}"',
  'column.name': '이름',
  'column.meaning': '의미',
  'column.note': '참고',

  // Help
  'help.more':
    '채널에서 멘션하거나, DM을 보내거나, 메시지 메뉴의 “Explain ports”(Discord 한국어 화면에서는 “포트 설명”)를 실행해도 됩니다.',

  'command.port.name': '포트',
  'command.port.description': '포트 N은 무엇일까요? IANA 범위와 할당, 실제 용도, 사용 중인 프로세스 확인',
  'command.query.name': '질문',
  'command.query.description': '포트, 범위, 서비스 이름: 60140, 53/udp, 8000-8010, 레디스',
  'command.explainPorts.name': '포트 설명',
  'column.question': '질문',
  'column.meansQuestion': '뜻',

  // About portbot
  'about.Version': '버전',
  'about.Data': '데이터',
  'about.Privacy': '개인정보',

  // The data line and footers
  'data.line': '데이터: {source}',
  'data.version': '{label} {version}',
  'data.updated': '{source} · {date} 갱신',
  'footer.commandsFor': '{os}용 명령',
  'footer.pickOs': '아래에서 OS를 고르면 명령을 보여 드립니다',
  'footer.sharedBy': '{user} 님이 공유함',

  // Actions
  'action.osSelected': '✓ {os}',
  'action.share': '채널에 공유',
  'action.showAll': '전체 보기',
  'action.feedbackUp': '도움이 됨',
  'action.feedbackDown': '도움이 안 됨',
  'action.addNote': '팀 메모 추가',
  'action.open': '브라우저에서 열기',
  'action.more': '더 보기',

  // 채팅 모달: 답변에서 팀 메모 추가, 👎 뒤의 "무엇이 부족했나요?"
  'modal.note.title': '팀 메모 추가',
  'modal.note.scope': '포트 또는 범위',
  'modal.note.text': '이 워크스페이스의 메모',
  'modal.note.hint': '이 포트에 대한 답변 맨 위에 모두에게 보입니다.',
  'modal.missing.title': '무엇이 부족했나요?',
  'modal.missing.text': '무엇을 찾고 계셨나요?',
  'modal.missing.hint': '이 워크스페이스의 관리자만 읽습니다.',
  'modal.save': '저장',
  'modal.send': '보내기',
  'modal.cancel': '취소',

  // After a renderer left sections out
  'trim.note': '길어서 줄였습니다. 나머지는 “{action}”(으)로 볼 수 있습니다.',
  'trim.noteNoAction': '길어서 줄였습니다. 나머지는 포트 수를 줄여서 물어보세요.',

  // Problems with a question
  'problem.empty_question': '포트, 포트 범위, 서비스 이름으로 물어보세요.',
  'problem.question_too_long': '질문이 {length}자입니다. {max}자까지만 읽습니다.',
  'problem.port_out_of_range': '{value}은(는) 올바른 포트가 아닙니다. 포트 번호는 0부터 65535까지입니다.',
  'problem.not_a_port_number':
    '{value}은(는) 포트 번호가 아닙니다. 포트 번호는 0부터 65535까지의 정수입니다.',
  'problem.range_reversed': '{from}-{to} 범위가 거꾸로입니다. {to}-{from}을(를) 찾으셨나요?',
  'problem.range_too_large':
    '{from}-{to} 범위에는 포트가 {count}개 있습니다. 범위는 {max}개 포트까지만 답합니다.',
  'problem.too_many_items': '한 번에 포트나 서비스 {max}개까지만 답합니다. 나머지는 제외했습니다.',
  'problem.unknown_service': '"{name}"(이)라는 서비스는 모릅니다.',
  'problem.unknown_serviceSuggest': '"{name}"(이)라는 서비스는 모릅니다. {suggestions}을(를) 찾으셨나요?',
  'problem.nothing_understood': '포트, 포트 범위, 서비스 이름을 찾지 못했습니다.',
  'problem.no_ports_found': '메시지에서 포트 번호를 찾지 못했습니다.',

  // Notices
  'notice.problem.title': '답할 수 없는 질문입니다',
  'notice.hint.title': '포트에 관한 질문에 답합니다',
  'notice.hint':
    '포트(8080), 포트와 프로토콜(53/udp), 범위(8000-8010), 서비스 이름(postgres)으로 물어보세요.',
  'notice.examples': '예: {examples}',
  'notice.noPorts.title': '포트 번호가 없습니다',
  'notice.noPorts': '메시지에서 포트 번호를 찾지 못했습니다.',
  'notice.noPortsTry': '{command} 뒤에 포트, 범위, 서비스 이름을 붙여 보세요.',
  'notice.expired.title': '더 이상 쓸 수 없는 버튼입니다',
  'notice.expired': '이 버튼은 만료되었습니다. 다시 물어보세요.',
  'notice.apology.title': '문제가 생겼습니다',
  'notice.apology': '죄송합니다. 내부 오류가 발생했습니다. 잠시 후 다시 시도하세요(참조 {ref}).',
  'notice.unknownCommand': '모르는 명령입니다. 봇의 명령을 다시 등록해야 합니다.',
  'notice.rateLimited.title': '잠시만요',
  'notice.rateLimited': { other: '요청이 너무 빠릅니다. {count}초 후에 다시 시도하세요.' },
  'form.note.scope': '포트, 포트/전송 프로토콜 또는 범위',
  'form.note.text': '메모 (누가 쓰는지, 누구에게 물을지)',
} as const;

/** Both parts in one lookup object, gathered as `EN` is (en.ts says why not a spread). */
export const KO: typeof KO_BASE & typeof KO_NEXT = Object.assign(Object.create(null), KO_BASE, KO_NEXT);
KO satisfies Catalog;
