/**
 * Korean for the answers past "what is this port" (see en-next.ts), written with the terms of
 * `docs/GLOSSARY.ko.md`. Joined to `KO` (ko.ts). Commands, product names and numbers stay as
 * they are.
 */
export const KO_NEXT = {
  // Tips, each named after its use
  'tip.attributed': '{name}: {tip}',

  // Products
  'title.product': '{name}: 역할별 포트',
  'title.product.fuzzy': '{name}: 역할별 포트 (입력: "{asked}")',
  'summary.product': '{name}: {firewall}',
  'section.product.firewall': '방화벽',
  'section.product.ports': '역할별 포트',
  'section.product.security': '보안 참고',
  'product.direction.inbound': '클라이언트가 서버로 연결',
  'product.direction.peer': '노드끼리 연결',
  'product.direction.client': '클라이언트 쪽 포트 (서버에서 열 필요 없음)',
  'product.firewall': '서버에서 열 포트: {ports}',
  'product.firewallHint':
    '들어오는 연결과 노드 간 연결만 셉니다. {name}이(가) 필요한 네트워크에만 허용하세요.',
  'service.product': '{name} 전체 포트(역할별): "{asked} ports"로 물어보세요 · 방화벽: {firewall}',

  // Intents: titles
  'title.intent.stop': '포트 {port} 사용 프로세스 종료',
  'title.intent.stop.any': '포트를 쓰는 프로세스 종료',
  'title.intent.firewall-open': '방화벽에서 포트 {port} 열기',
  'title.intent.firewall-open.any': '방화벽에서 포트 열기',
  'title.intent.firewall-close': '방화벽에서 포트 {port} 닫기',
  'title.intent.firewall-close.any': '방화벽에서 포트 닫기',
  'title.intent.reach': '다른 머신에서 포트 {port} 연결 가능 여부 확인',
  'title.intent.reach.any': '다른 머신에서 포트 연결 가능 여부 확인',
  'title.intent.in-use': '포트 {port}: 주소가 이미 사용 중 (address already in use)',
  'title.intent.in-use.any': '주소가 이미 사용 중 (EADDRINUSE)',
  'title.intent.permission': '포트 {port}: 권한 거부 (permission denied)',
  'title.intent.permission.any': '포트 바인딩 시 권한 거부',
  'section.intent.security': '열기 전에',
  'section.intent.steps': '명령',
  'section.intent.notes': '알아 둘 점',
  'intent.shell.powershell': 'PowerShell',
  'intent.shell.cmd': 'cmd',
  'intent.shell.config': '설정 줄',
  'intent.usedBy': '{port}번 포트의 주요 용도: {names}.',

  // Intents: what each says
  'intent.stop.lead': '먼저 {port}번 포트를 쓰는 프로세스를 찾은 다음 종료하세요.',
  'intent.stop.caution':
    '프로세스를 종료하면 하던 작업도 끝납니다. 내 프로세스인지 확인하고, 강제 종료 전에 일반 종료부터 시도하세요.',
  'intent.stop.service':
    '서비스 관리자(systemd, launchd, Windows 서비스, Docker)가 실행한 것이라면 그쪽에서 멈추세요. 아니면 곧바로 다시 뜹니다.',
  'intent.stop.noPort': '포트 번호를 알려 주세요("3000 포트 죽이기"). 찾고 종료하는 명령을 드립니다.',
  'intent.open.lead': '시스템이 쓰는 방화벽에서 {port}번 포트로 들어오는 연결을 허용합니다.',
  'intent.open.scope':
    '필요한 주소에만 여세요. 출발지 네트워크를 지정한 규칙이 인터넷 전체에 여는 규칙보다 안전합니다.',
  'intent.open.cloud': '클라우드에서는 보안 그룹이나 네트워크 방화벽에서도 허용해야 합니다.',
  'intent.open.macos':
    'macOS 방화벽은 포트가 아니라 프로그램 단위로 허용합니다. pf 규칙은 pf를 켠 경우에만 의미가 있습니다(수정 후 sudo pfctl -f /etc/pf.conf).',
  'intent.firewall.noPort':
    '포트 번호를 알려 주세요("방화벽 5432 열기"). ufw, firewalld, nftables, iptables, Windows용 규칙을 드립니다.',
  'intent.close.lead': '{port}번 포트로 들어오는 연결을 차단합니다.',
  'intent.close.bind':
    '방화벽 규칙은 프로그램을 멈추지 않습니다. {port}번 포트를 아예 노출하지 않으려면 프로그램을 127.0.0.1에 바인딩하거나 종료하세요.',
  'intent.reach.lead': '다른 머신에서 실행하세요. HOST는 서버의 이름이나 주소로 바꾸세요.',
  'intent.reach.results':
    '"Connection refused"는 수신 대기 중인 프로세스가 없다는 뜻입니다(또는 127.0.0.1에서만 수신 대기). 시간 초과는 방화벽이 버린 것입니다.',
  'intent.reach.udp':
    'UDP에는 핸드셰이크가 없어서 "succeeded"는 거부되지 않았다는 뜻일 뿐입니다. 가능하면 실제 클라이언트로 확인하세요.',
  'intent.reach.never': 'portbot은 어디에도 직접 연결하지 않습니다. 이 명령은 직접 실행하세요.',
  'intent.reach.noPort': '포트 번호를 알려 주세요("443 외부에서 접속 확인"). 확인하는 명령을 드립니다.',
  'intent.reach.tls': '{port}번 포트는 TLS를 씁니다. openssl s_client로 서버 인증서도 볼 수 있습니다.',
  'intent.inUse.lead':
    '{port}번 포트를 이미 다른 프로세스가 쓰고 있습니다. 찾아서 종료하거나 다른 포트를 쓰세요.',
  'intent.inUse.timeWait':
    '재시작 직후에는 이전 연결이 1분쯤 포트를 잡고 있을 수 있습니다(TIME_WAIT). 서버는 이를 위해 SO_REUSEADDR를 설정합니다.',
  'intent.inUse.windows':
    'Windows에서는 수신 대기 중인 프로세스가 없어도 Hyper-V, WSL 2, Docker가 포트를 예약했을 수 있습니다. 마지막 명령이 그 범위를 보여 줍니다.',
  'intent.inUse.noPort':
    'EADDRINUSE는 다른 소켓이 이미 그 포트를 쓰고 있다는 뜻입니다. 포트 번호를 알려 주세요("8080 포트 충돌"). 찾는 명령을 드립니다.',
  'intent.permission.lead': '{port}번 포트 바인딩이 거부되었습니다.',
  'intent.permission.rule':
    'Linux에서 1024 미만 포트는 root나 CAP_NET_BIND_SERVICE 권한이 필요합니다(한계는 net.ipv4.ip_unprivileged_port_start). 가장 간단한 방법은 1024 이상 포트를 쓰고 앞에 리버스 프록시를 두는 것입니다.',
  'intent.permission.notPrivileged':
    '{port}번 포트는 특권 포트가 아닙니다. Linux라면 SELinux 포트 레이블을, Windows라면 예약된 포트 범위를 확인하세요.',
  'intent.permission.macos':
    'macOS 10.14 이후로는 모든 주소에 바인딩할 때 일반 사용자도 1024 미만 포트에서 수신 대기할 수 있습니다. 특정 주소에 바인딩하려면 여전히 root가 필요합니다.',
  'intent.permission.windows':
    'Windows에는 특권 포트가 없습니다. "access denied"(10013)는 포트가 예약되었거나 다른 프로그램이 독점하고 있다는 뜻입니다.',
  'intent.permission.noPort': '포트 번호를 알려 주세요("80 포트 권한 거부"). 정확한 해결 방법을 드립니다.',

  // Intents: each command's purpose
  'step.stop-find-linux': '포트를 쓰는 프로세스(이름, PID, 사용자)를 보여 줍니다.',
  'step.stop-kill-linux': '그 프로세스에 종료를 요청합니다(SIGTERM).',
  'step.stop-fuser-linux': '포트를 쓰는 프로세스를 한 번에 모두 죽입니다. 마지막 수단입니다.',
  'step.stop-docker': '컨테이너가 포트를 게시하고 있다면 docker-proxy 대신 컨테이너를 멈추세요(docker stop).',
  'step.stop-find-macos': '포트를 쓰는 프로세스(이름, PID, 사용자)를 보여 줍니다.',
  'step.stop-kill-macos':
    '이 포트를 쓰는 내 프로세스에 종료를 요청합니다. 다른 사용자의 프로세스라면 sudo를 붙이세요.',
  'step.stop-find-powershell': '포트를 쓰는 프로세스를 보여 줍니다.',
  'step.stop-kill-powershell':
    '프로세스를 종료합니다. 시스템 프로세스라면 PowerShell을 관리자 권한으로 실행하세요.',
  'step.stop-find-cmd': '마지막 열이 PID입니다.',
  'step.stop-kill-cmd': '<PID>를 그 번호로 바꾸세요.',
  'step.open-ufw': 'ufw를 쓰는 Ubuntu, Debian.',
  'step.open-ufw-from': '같은 규칙을 한 출발지 네트워크에만 적용합니다(10.0.0.0/8을 바꾸세요).',
  'step.open-firewalld': 'firewalld를 쓰는 Fedora, RHEL, Rocky, Alma.',
  'step.open-nft': 'nftables. 흔히 쓰는 inet filter 테이블과 input 체인이 있다고 가정합니다.',
  'step.open-iptables': 'iptables. iptables-save 없이는 재부팅하면 사라집니다.',
  'step.open-powershell': 'Windows Defender 방화벽 인바운드 규칙.',
  'step.open-netsh': '같은 규칙을 cmd에서.',
  'step.open-macos-app': '애플리케이션 방화벽에서 프로그램이 연결을 받도록 허용합니다.',
  'step.open-pf': 'pf를 쓴다면 /etc/pf.conf에 넣을 규칙입니다.',
  'step.close-ufw': 'ufw로 포트를 차단합니다.',
  'step.close-ufw-delete': '또는 예전에 만든 허용 규칙을 지웁니다.',
  'step.close-firewalld': 'firewalld 영역에서 포트를 뺍니다.',
  'step.close-nft': 'nftables로 포트를 버립니다.',
  'step.close-iptables': 'iptables로 포트를 버립니다(iptables-save 없이는 재부팅하면 사라짐).',
  'step.close-powershell': 'Windows Defender 방화벽 차단 인바운드 규칙.',
  'step.close-netsh': '같은 규칙을 cmd에서.',
  'step.close-pf': 'pf를 쓴다면 /etc/pf.conf에 넣을 규칙입니다.',
  'step.reach-nc': 'TCP 연결을 열어 보고 성공했는지 알려 줍니다.',
  'step.reach-nc-udp': 'UDP 패킷을 보내 봅니다. 응답이 없어도 어느 쪽인지 확실하지 않습니다.',
  'step.reach-curl': 'nc가 없을 때 curl로 연결해 봅니다(연결되면 Ctrl-C).',
  'step.reach-openssl': 'TLS 핸드셰이크까지 마치고 인증서를 보여 줍니다.',
  'step.reach-powershell': 'TcpTestSucceeded : True면 연결할 수 있습니다.',
  'step.reach-curl-windows': 'curl은 Windows 10 이후에 기본으로 들어 있습니다.',
  'step.reach-listening-linux':
    '서버에서: 127.0.0.1만이 아니라 0.0.0.0이나 서버 주소에서 수신 대기하는지 확인하세요.',
  'step.inuse-excluded': 'Windows가 예약한 포트 범위(Hyper-V, WSL 2, Docker).',
  'step.perm-setcap': '한 프로그램만 root 없이 낮은 포트에 바인딩하게 합니다(경로를 바꾸세요).',
  'step.perm-systemd': '또는 프로그램의 systemd 유닛 [Service] 아래에 넣습니다.',
  'step.perm-sysctl': '또는 모든 프로그램의 한계를 낮춥니다(영구 적용은 /etc/sysctl.d에서).',
  'step.perm-selinux': '이 포트의 SELinux 포트 유형을 보여 줍니다.',
  'step.perm-excluded': 'Windows가 예약한 포트 범위(Hyper-V, WSL 2, Docker).',

  // Advice
  'title.advice': '내 서비스용 포트 {port}: {verdict}',
  'advice.verdict.good': '괜찮은 선택',
  'advice.verdict.think-twice': '다시 생각해 보세요',
  'advice.verdict.avoid': '피하세요',
  'advice.summary.good': '충돌할 만한 것이 없습니다. 써도 됩니다.',
  'advice.summary.think-twice':
    '쓸 수는 있지만 다른 소프트웨어가 이 포트를 기대할 수 있습니다. 이유부터 읽어 보세요.',
  'advice.summary.avoid': '다른 포트를 고르세요. 이 포트는 문제가 생깁니다.',
  'section.advice.reasons': '이유',
  'section.advice.alternatives': '가까운 빈 포트',
  'section.advice.check': 'Windows에서 확인',
  'advice.alternatives': 'IANA 할당도 알려진 용도도 없는 가까운 포트: {ports}.',
  'advice.excludedCommand': '이 머신에서 Hyper-V, WSL 2, Docker가 예약한 포트 범위를 보여 줍니다.',
  'advice.reason.port-zero':
    '0번 포트는 예약된 포트입니다. 0에 바인딩하면 OS가 비어 있는 아무 포트나 줍니다.',
  'advice.reason.system':
    '잘 알려진 포트(0–1023)입니다. Linux에서는 바인딩에 root가 필요하고, 표준 프로토콜용 포트입니다.',
  'advice.reason.dynamic': '동적/사설 포트 범위(49152–65535)입니다. OS가 임시 포트로 나눠 주는 범위입니다.',
  'advice.reason.ephemeral': '{names}의 기본 임시 포트입니다. 나가는 연결이 먼저 차지할 수 있습니다.',
  'advice.reason.ephemeral-bsd':
    '{names}의 기본 임시 포트 범위에도 들어갑니다(OpenBSD와 FreeBSD의 범위는 거의 모든 포트를 덮습니다).',
  'advice.reason.assigned': 'IANA가 {names}에 할당한 포트입니다.',
  'advice.reason.reserved': 'IANA가 예약한 포트입니다.',
  'advice.reason.unassigned': 'IANA에 할당되지 않은 포트입니다.',
  'advice.reason.collision': '이미 {names}이(가) 씁니다. 같은 머신이나 네트워크에서 함께 돌 수 있습니다.',
  'advice.reason.no-uses': '널리 알려진 소프트웨어가 쓰지 않습니다.',
  'advice.reason.security': '스캐너가 이 포트에서 {names}을(를) 찾습니다. 노출하면 탐색이 들어옵니다.',
  'advice.reason.notable': '{names} 범위 안에 있습니다.',
  'advice.reason.windows-excluded':
    'Windows에서는 Hyper-V, WSL 2, Docker가 예약할 수 있습니다. 예약된 범위를 한 번 확인하세요.',

  // Suggestions
  'title.suggest': '내 서비스에 쓸 빈 포트',
  'title.suggestRange': '{span}의 빈 포트',
  'section.suggest.rule': '고른 기준',
  'suggest.candidates': '{span}에서 비어 있는 포트: {ports}',
  'suggest.checkFirst':
    '기억하기 쉬운 숫자부터 보여 드립니다. 내 머신에서 쓰는 곳이 없는지 확인하세요("N 포트 누가 써").',
  'suggest.rule':
    'IANA 할당이나 예약이 없고, portbot이 아는 용도가 없으며, 잘 알려진 포트가 아니고, Linux(32768–60999), Windows와 macOS(49152–65535)의 기본 임시 포트 범위 밖인 포트입니다.',
  'suggest.bsd': 'OpenBSD와 FreeBSD의 임시 포트 범위는 거의 모든 포트를 덮기 때문에 기준에서 뺐습니다.',
  'suggest.none': '{span}에는 기준을 통과하는 포트가 없습니다.',
  'suggest.excluded.system': { other: '잘 알려진 포트 {count}개' },
  'suggest.excluded.ephemeral': { other: 'Linux, Windows, macOS의 임시 포트 {count}개' },
  'suggest.excluded.assigned': { other: 'IANA에 할당되었거나 예약된 포트 {count}개' },
  'suggest.excluded.curated': { other: '알려진 소프트웨어가 쓰는 포트 {count}개' },
  'suggest.excluded.notable': { other: '주요 범위(Kubernetes NodePort, X11)에 속한 포트 {count}개' },
  'suggest.wider': '범위를 넓혀 보세요: {span}',

  // Large ranges
  'title.rangeSummary': '포트 {span} ({count}개)',
  'section.bigRange.facts': '범위 개요',
  'section.bigRange.uses': '범위 안의 주요 용도',
  'bigRange.lead':
    '표로 보이기에는 너무 많아 요약합니다. 자세한 내용은 포트 하나나 128개 이하 범위로 물어보세요.',
  'bigRange.iana.system': '잘 알려진 포트',
  'bigRange.iana.user': '등록된 포트',
  'bigRange.iana.dynamic': '동적/사설 포트',
  'bigRange.iana': 'IANA {name} ({span}) 중 {overlap}',
  'bigRange.ephemeral': '기본 임시 포트: {ranges}',
  'bigRange.ephemeralRange': '{os} {span}',
  'bigRange.noEphemeral': '주요 OS의 기본 임시 포트 범위와 겹치지 않습니다.',
  'bigRange.notable': '{label} ({span})',
  'bigRange.assigned': { other: '포트 {total}개 중 {count}개가 IANA에 할당됨 (TCP {tcp}, UDP {udp})' },
  'bigRange.usedPorts': { other: '이 범위에서 알려진 용도가 있는 포트는 {count}개입니다.' },
} as const;
