/**
 * Korean texts for the facts that travel in the answer in English: IANA's range meanings (by range
 * kind), notable ranges (by id), the OS ephemeral-range labels and notes (by OS id), the check
 * commands' notes and the derived port notes. Numbers, commands and names are kept as written.
 * Check notes have no id in the answer (the JSON contract), so their English text is the key;
 * `test/present/present-ko.test.ts` holds that every note the core can produce has a Korean text.
 */
import type { KnownUseCategory } from '../../knowledge/known-use.js';
import type { IanaRangeKind } from '../../port/iana-ranges.js';

export const KO_IANA_RANGE: Readonly<
  Record<IanaRangeKind, { name: string; nickname: string; meaning: string }>
> = {
  system: {
    name: '시스템 포트',
    nickname: '잘 알려진 포트',
    meaning:
      'IETF 검토나 IESG 승인을 거쳐 IANA가 핵심 인터넷 서비스에 할당합니다. 대부분의 시스템에서 이 포트로 수신 대기하려면 관리자 권한이 필요합니다.',
  },
  user: {
    name: '사용자 포트',
    nickname: '등록된 포트',
    meaning:
      '요청에 따라 IANA가 애플리케이션과 벤더에 할당합니다. 등록되었다고 다른 소프트웨어가 이 포트를 못 쓰는 것은 아니며, 이 포트의 트래픽이 등록된 서비스라는 보장도 없습니다.',
  },
  dynamic: {
    name: '동적/사설 포트',
    nickname: '임시 포트',
    meaning:
      'IANA가 할당하지 않는 범위입니다. 사설 용도나 임시 용도로 자유롭게 쓸 수 있고, 많은 OS가 나가는 연결의 출발지 포트로 이 범위를 씁니다. 그래서 여기서 수신 대기하는 서비스는 클라이언트 트래픽과 포트 충돌이 날 수 있습니다.',
  },
};

export const KO_NOTABLE_RANGE: Readonly<Record<string, { label: string; note: string }>> = {
  'linux-privileged': {
    label: 'Linux 특권 포트',
    note: 'Linux에서 net.ipv4.ip_unprivileged_port_start(기본값 1024) 미만에 바인딩하려면 root나 CAP_NET_BIND_SERVICE가 필요합니다. 여기서 EACCES로 실패하는 개발 서버는 더 높은 포트를 쓰면 됩니다.',
  },
  x11: {
    label: 'X11 디스플레이',
    note: 'X 서버는 6000에 디스플레이 번호를 더한 포트에서 수신 대기합니다(:0은 6000). 요즘 데스크톱은 대부분 TCP 연결을 받지 않지만, 스캐너는 여전히 이 범위를 훑습니다.',
  },
  'kubernetes-nodeport': {
    label: 'Kubernetes NodePort 범위',
    note: 'Kubernetes는 기본적으로 30000–32767에서 NodePort 서비스 포트를 할당하며(kube-apiserver --service-node-port-range), 클러스터의 모든 노드에서 그 포트를 엽니다.',
  },
  'windows-rpc-dynamic': {
    label: 'Windows RPC 동적 범위',
    note: 'Windows는 RPC 서비스에(135번 포트의 엔드포인트 매퍼 다음으로) 이 범위의 포트를 줍니다. 도메인 컨트롤러로 가는 Active Directory와 WMI 트래픽이 흔히 여기로 갑니다.',
  },
};

export const KO_EPHEMERAL: Readonly<Record<string, { label: string; note?: string }>> = {
  linux: { label: 'Linux', note: '커널 4.2 이전에는 32768–61000을 썼습니다.' },
  windows: {
    label: 'Windows Vista / Server 2008 이후',
    note: '전송 프로토콜과 IP 버전별로 설정합니다("udp", "ipv6"도 있음).',
  },
  macos: { label: 'macOS' },
  freebsd: { label: 'FreeBSD', note: '예전 릴리스는 49152–65535를 썼습니다.' },
  openbsd: {
    label: 'OpenBSD',
    note: '무작위로 고릅니다. 프로그램이 높은 범위를 요청할 때만 49152–65535를 씁니다.',
  },
  solaris: { label: 'Solaris / illumos' },
  'windows-xp': {
    label: 'Windows XP / Server 2003',
    note: '상한은 MaxUserPort이며, 값이 없으면 기본값 5000입니다.',
  },
};

const KO_SUDO = 'sudo가 있어야 다른 사용자와 서비스의 프로세스도 보이며, 없으면 내 프로세스만 보입니다.';
const EN_SUDO = 'sudo shows processes of other users and services; without it you only see your own.';

/** Check command notes, keyed by the English note. */
export const KO_CHECK_NOTES: ReadonlyMap<string, string> = new Map([
  [
    `Listening TCP sockets and their process (iproute2, on every modern distro). ${EN_SUDO}`,
    `수신 대기 중인 TCP 소켓과 그 프로세스를 보여 줍니다(iproute2, 최신 배포판에 기본 포함). ${KO_SUDO}`,
  ],
  [
    'The process, its PID and user; -nP keeps addresses and ports numeric.',
    '프로세스와 PID, 사용자를 보여 줍니다. -nP는 주소와 포트를 숫자로 표시합니다.',
  ],
  [
    'PIDs using the port (psmisc); -v adds user and command.',
    '포트를 쓰는 PID를 보여 줍니다(psmisc). -v를 붙이면 사용자와 명령도 나옵니다.',
  ],
  [
    `Every UDP socket on the port, bound or connected, and its process. ${EN_SUDO}`,
    `바인딩되었거나 연결된 이 포트의 모든 UDP 소켓과 그 프로세스를 보여 줍니다. ${KO_SUDO}`,
  ],
  [
    'UDP has no listening state: every socket bound to the port is shown.',
    'UDP에는 수신 대기(LISTEN) 상태가 없으므로 이 포트에 바인딩된 모든 소켓이 나옵니다.',
  ],
  [
    `The listening process, its PID and user. ${EN_SUDO}`,
    `수신 대기 중인 프로세스와 PID, 사용자를 보여 줍니다. ${KO_SUDO}`,
  ],
  [
    'No sudo needed; macOS writes the port after a dot (*.8080), and -v adds the PID column.',
    'sudo가 필요 없습니다. macOS는 포트를 점 뒤에 쓰며(*.8080), -v를 붙이면 PID 열이 추가됩니다.',
  ],
  [
    `Every process with a UDP socket on the port. ${EN_SUDO}`,
    `이 포트에 UDP 소켓을 연 모든 프로세스를 보여 줍니다. ${KO_SUDO}`,
  ],
  ['No sudo needed; -v adds the PID column.', 'sudo가 필요 없습니다. -v를 붙이면 PID 열이 추가됩니다.'],
  [
    'PowerShell: the listening address, PID and process name. Errors if nothing listens.',
    'PowerShell: 수신 대기 주소, PID, 프로세스 이름을 보여 줍니다. 수신 대기 중인 프로세스가 없으면 오류가 납니다.',
  ],
  [
    'cmd: the last column is the PID; name it with tasklist /FI "PID eq <pid>". Use -p TCPv6 for IPv6.',
    'cmd: 마지막 열이 PID입니다. 프로세스 이름은 tasklist /FI "PID eq <pid>"로 확인하세요. IPv6는 -p TCPv6를 쓰세요.',
  ],
  [
    'cmd: the program that listens on the port, by name and PID. Typed at the prompt; in a .bat file write %%a.',
    'cmd: 이 포트에서 수신 대기하는 프로그램의 이름과 PID를 보여 줍니다. 프롬프트에 입력하는 형태이며, .bat 파일에서는 %%a로 쓰세요.',
  ],
  [
    'PowerShell: UDP has no state, so every endpoint bound to the port is listed.',
    'PowerShell: UDP에는 상태가 없으므로 이 포트에 바인딩된 모든 엔드포인트가 나옵니다.',
  ],
  [
    'cmd: the last column is the PID; name it with tasklist /FI "PID eq <pid>". Use -p UDPv6 for IPv6.',
    'cmd: 마지막 열이 PID입니다. 프로세스 이름은 tasklist /FI "PID eq <pid>"로 확인하세요. IPv6는 -p UDPv6를 쓰세요.',
  ],
]);

/** The port notes derived from the number ("X11 display :1"), and the Windows reserved-port tip. */
export function koreanDerivedNote(note: string): string | undefined {
  if (note.startsWith('Port 0 is reserved and never used on the wire'))
    return '0번 포트는 예약된 포트로, 실제 통신에는 쓰이지 않습니다. 프로그램이 0번 포트에 바인딩하면 OS가 비어 있는 아무 포트나 줍니다.';
  const x11 = /^X11 display :(\d+) \(X servers listen on 6000 \+ display number\)\.$/.exec(note);
  if (x11) return `X11 디스플레이 :${x11[1]} (X 서버는 6000 + 디스플레이 번호에서 수신 대기합니다).`;
  const vnc = /^VNC display :(\d+) by convention \(5900 \+ display number\)\.$/.exec(note);
  if (vnc) return `관례상 VNC 디스플레이 :${vnc[1]} (5900 + 디스플레이 번호).`;
  const windows = /^On Windows, "access denied" while nothing listens means .*: (.+)$/.exec(note);
  if (windows)
    return `Windows에서 수신 대기 중인 프로세스가 없는데 "access denied"가 나면 Hyper-V, WSL 2, Docker가 포트를 예약했을 수 있습니다: ${windows[1]}`;
  return undefined;
}

/** Curated use categories, as the "[category, tcp]" label of a use shows them. */
export const KO_CATEGORY: Readonly<Record<KnownUseCategory, string>> = {
  database: '데이터베이스',
  cache: '캐시',
  messaging: '메시징',
  web: '웹',
  'dev-server': '개발 서버',
  infrastructure: '인프라',
  kubernetes: 'Kubernetes',
  container: '컨테이너',
  monitoring: '모니터링',
  observability: '관측성',
  'ci-cd': 'CI/CD',
  'remote-access': '원격 접속',
  'remote-management': '원격 관리',
  'file-sharing': '파일 공유',
  directory: '디렉터리',
  mail: '메일',
  dns: 'DNS',
  network: '네트워크',
  vpn: 'VPN',
  voip: 'VoIP',
  media: '미디어',
  gaming: '게임',
  iot: 'IoT',
  ai: 'AI',
  security: '보안',
  windows: 'Windows',
  printing: '인쇄',
  time: '시간 동기화',
  chat: '채팅',
  storage: '스토리지',
  malware: '악성코드',
  other: '기타',
};

/**
 * The examples of the help (`/port help`, `portbot --help` in Korean) and of a refusal, asked the
 * way a Korean-speaking engineer would ask: every question here parses to the answer its meaning
 * names (test/present/present-ko.test.ts).
 */
export const KO_QUESTION_EXAMPLES: readonly { question: string; meaning: string }[] = [
  { question: '60140', meaning: '포트 하나' },
  { question: '53/udp', meaning: '포트와 프로토콜("udp 53", "tcp/443"도 됩니다)' },
  { question: '22 80 443', meaning: '여러 포트' },
  { question: '8000-8010', meaning: '포트 범위를 표로' },
  { question: '레디스 포트', meaning: '서비스 이름 → 그 서비스의 포트' },
  { question: '22번 포트 용도', meaning: '평소 말투의 질문' },
  { question: '윈도우에서 8080 누가 쓰고 있어', meaning: '한 OS의 확인 명령만' },
  { question: '리눅스 임시 포트 범위', meaning: '포트 범위 설명' },
  { question: 'about', meaning: '버전, 데이터 출처, 개인정보 안내' },
];

/** The about answer's own sentences (the core words them in English, `report/about-part.ts`). */
export const KO_ABOUT = {
  summary:
    'portbot은 자체 지식(IANA의 범위와 할당, 실제 용도, 포트를 직접 확인하는 명령)으로 포트 번호를 설명합니다. 어떤 호스트에도 접속하거나 탐색하거나 스캔하지 않습니다.',
  privacy:
    'portbot은 질문을 기록하지 않습니다. 로그에는 답변마다 질문이 빠진 한 줄만 남고(관리자가 디버그 로그를 켜지 않는 한), 최근 답변은 메모리에만 캐시되며, 답변은 질문한 곳으로만 돌아갑니다.',
  dataEmbedded: (label: string) => `${label}: portbot에 함께 들어 있는 IANA 레지스트리 사본`,
  dataImported: (label: string, version: string | undefined) =>
    version ? `${label}: 가장 최근 항목 날짜 ${version}` : label,
  privacyNote: '개인정보 안내',
  privacySource: (path: string) => `portbot 소스의 ${path}`,
} as const;
