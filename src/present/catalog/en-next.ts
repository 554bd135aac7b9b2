/**
 * English for the answers past "what is this port": products by role, intents (stop, firewall,
 * reachability, address in use, permission denied), port advice, suggestions and large ranges.
 * Joined to `EN` (en.ts); the Korean is `KO_NEXT` (ko-next.ts), checked key by key like the rest.
 */
export const EN_NEXT = {
  // Tips, each named after its use
  'tip.attributed': '{name}: {tip}',

  // Products
  'title.product': '{name}: ports by role',
  'title.product.fuzzy': '{name}: ports by role (you typed "{asked}")',
  'summary.product': '{name}: {firewall}',
  'section.product.firewall': 'Firewall',
  'section.product.ports': 'Ports by role',
  'section.product.security': 'Security notes',
  'product.direction.inbound': 'Clients connect to the server',
  'product.direction.peer': 'Between the nodes',
  'product.direction.client': "On the client's side (nothing to open on the server)",
  'product.firewall': 'Open on the servers: {ports}',
  'product.firewallHint':
    'Inbound and node-to-node ports only; allow them from the networks that need {name}.',
  'service.product': 'All of {name} by role: ask "{asked} ports" · firewall: {firewall}',

  // Intents: titles
  'title.intent.stop': 'Stop what holds port {port}',
  'title.intent.stop.any': 'Stop what holds a port',
  'title.intent.firewall-open': 'Open port {port} in the firewall',
  'title.intent.firewall-open.any': 'Open a port in the firewall',
  'title.intent.firewall-close': 'Close port {port} in the firewall',
  'title.intent.firewall-close.any': 'Close a port in the firewall',
  'title.intent.reach': 'Test port {port} from another machine',
  'title.intent.reach.any': 'Test a port from another machine',
  'title.intent.in-use': 'Port {port}: address already in use',
  'title.intent.in-use.any': 'Address already in use (EADDRINUSE)',
  'title.intent.permission': 'Port {port}: permission denied',
  'title.intent.permission.any': 'Permission denied when binding a port',
  'section.intent.security': 'Before you open it',
  'section.intent.steps': 'Commands',
  'section.intent.notes': 'Good to know',
  'intent.shell.powershell': 'PowerShell',
  'intent.shell.cmd': 'cmd',
  'intent.shell.config': 'config line',
  'intent.usedBy': 'Usually on {port}: {names}.',

  // Intents: what each says
  'intent.stop.lead': 'Find the process on port {port} first, then stop it.',
  'intent.stop.caution':
    'Stopping a process ends whatever it is doing: make sure it is yours, and try a plain stop before forcing it.',
  'intent.stop.service':
    'If a service manager runs it (systemd, launchd, a Windows service, Docker), stop it there or it comes straight back.',
  'intent.stop.noPort':
    'Tell me the port ("kill what is on 3000") and I give the commands to find and stop it.',
  'intent.open.lead': 'Allow incoming connections to port {port} with the firewall your system runs.',
  'intent.open.scope':
    'Open it only to the addresses that need it: a rule with a source network beats one for the whole internet.',
  'intent.open.cloud':
    "In the cloud, the provider's security group or network firewall also has to allow it.",
  'intent.open.macos':
    "macOS's firewall allows programs, not ports; pf rules only matter if you turned pf on (sudo pfctl -f /etc/pf.conf after editing).",
  'intent.firewall.noPort':
    'Tell me the port ("open 5432 in the firewall") and I give the rules for ufw, firewalld, nftables, iptables and Windows.',
  'intent.close.lead': 'Block incoming connections to port {port}.',
  'intent.close.bind':
    'A firewall rule does not stop the program: to stop exposing {port} at all, bind the program to 127.0.0.1 or stop it.',
  'intent.reach.lead': "Run these on the other machine; replace HOST with the server's name or address.",
  'intent.reach.results':
    '"Connection refused": nothing listens there (or it listens only on 127.0.0.1). A timeout: a firewall drops it.',
  'intent.reach.udp':
    'UDP has no handshake: "succeeded" only means nothing refused it. Test with the real client when you can.',
  'intent.reach.never': 'portbot never connects anywhere itself: these commands are for you to run.',
  'intent.reach.noPort':
    'Tell me the port ("is 443 reachable from my laptop") and I give the commands to test it.',
  'intent.reach.tls': 'Port {port} speaks TLS: openssl s_client also shows the certificate it presents.',
  'intent.inUse.lead': 'Something already holds port {port}: find it, then stop it or pick another port.',
  'intent.inUse.timeWait':
    'Right after a restart, old connections can hold the port for a minute (TIME_WAIT): servers set SO_REUSEADDR for that.',
  'intent.inUse.windows':
    'On Windows the port may be reserved for Hyper-V, WSL 2 or Docker even though nothing listens: the last command lists those ranges.',
  'intent.inUse.noPort':
    'EADDRINUSE means another socket already holds the port. Tell me the port ("8080 address already in use") for the commands that find it.',
  'intent.permission.lead': 'Binding port {port} was refused.',
  'intent.permission.rule':
    'On Linux, ports below 1024 need root or the CAP_NET_BIND_SERVICE capability (net.ipv4.ip_unprivileged_port_start sets the limit). The simplest fix is a port above 1024 behind a reverse proxy.',
  'intent.permission.notPrivileged':
    'Port {port} is not a privileged port: on Linux look at SELinux (its port labels), on Windows at reserved port ranges.',
  'intent.permission.macos':
    'macOS 10.14 and later let any user listen below 1024 on all addresses; a specific address still needs root.',
  'intent.permission.windows':
    'Windows has no privileged ports: "access denied" (10013) means the port is reserved or held exclusively by another program.',
  'intent.permission.noPort': 'Tell me the port ("permission denied on port 80") and I give the exact fixes.',

  // Intents: each command's purpose
  'step.stop-find-linux': 'Shows the process (name, PID, user) holding the port.',
  'step.stop-kill-linux': 'Asks that process to stop (SIGTERM).',
  'step.stop-fuser-linux': 'Kills every process using the port in one go: the last resort.',
  'step.stop-docker':
    'If a container publishes the port, stop the container (docker stop) rather than docker-proxy.',
  'step.stop-find-macos': 'Shows the process (name, PID, user) holding the port.',
  'step.stop-kill-macos': "Asks your own process on the port to stop; add sudo for another user's.",
  'step.stop-find-powershell': 'Shows the process holding the port.',
  'step.stop-kill-powershell': 'Stops it; run PowerShell as Administrator for system processes.',
  'step.stop-find-cmd': 'The last column is the PID.',
  'step.stop-kill-cmd': 'Replace <PID> with that number.',
  'step.open-ufw': 'Ubuntu and Debian with ufw.',
  'step.open-ufw-from': 'The same, for one source network only (change 10.0.0.0/8 to yours).',
  'step.open-firewalld': 'Fedora, RHEL, Rocky, Alma with firewalld.',
  'step.open-nft': 'nftables; assumes the usual inet filter table with an input chain.',
  'step.open-iptables': 'Plain iptables; not persistent across reboots without iptables-save.',
  'step.open-powershell': 'Windows Defender Firewall, inbound rule.',
  'step.open-netsh': 'The same from cmd.',
  'step.open-macos-app': 'Lets a program accept connections through the application firewall.',
  'step.open-pf': 'A pf rule for /etc/pf.conf, if you run pf.',
  'step.close-ufw': 'Denies the port with ufw.',
  'step.close-ufw-delete': 'Or removes an earlier allow rule.',
  'step.close-firewalld': 'Removes the port from the firewalld zone.',
  'step.close-nft': 'Drops the port with nftables.',
  'step.close-iptables': 'Drops the port with iptables (not persistent without iptables-save).',
  'step.close-powershell': 'Windows Defender Firewall, blocking inbound rule.',
  'step.close-netsh': 'The same from cmd.',
  'step.close-pf': 'A pf rule for /etc/pf.conf, if you run pf.',
  'step.reach-nc': 'Opens a TCP connection and says whether it succeeded.',
  'step.reach-nc-udp': 'Sends a UDP probe; silence is not proof either way.',
  'step.reach-curl': 'Connects with curl when nc is missing (Ctrl-C once connected).',
  'step.reach-openssl': 'Completes a TLS handshake and shows the certificate.',
  'step.reach-powershell': 'TcpTestSucceeded : True means it is reachable.',
  'step.reach-curl-windows': 'curl ships with Windows 10 and later.',
  'step.reach-listening-linux':
    'On the server: check it listens on 0.0.0.0 or its address, not only 127.0.0.1.',
  'step.inuse-excluded': 'Port ranges Windows reserved (Hyper-V, WSL 2, Docker).',
  'step.perm-setcap': 'Lets one program bind low ports without root (replace the path).',
  'step.perm-systemd': "Or, in the program's systemd unit under [Service].",
  'step.perm-sysctl': 'Or lowers the limit for every program (not persistent; set it in /etc/sysctl.d).',
  'step.perm-selinux': 'Shows which SELinux port type the port has.',
  'step.perm-excluded': 'Port ranges Windows reserved (Hyper-V, WSL 2, Docker).',

  // Advice
  'title.advice': 'Port {port} for your own service: {verdict}',
  'advice.verdict.good': 'good choice',
  'advice.verdict.think-twice': 'think twice',
  'advice.verdict.avoid': 'avoid',
  'advice.summary.good': 'Nothing known collides with it: go ahead.',
  'advice.summary.think-twice': 'It works, but something else may expect it: read why first.',
  'advice.summary.avoid': 'Pick another port: this one will bite you.',
  'section.advice.reasons': 'Why',
  'section.advice.alternatives': 'Free ports nearby',
  'section.advice.check': 'Check on Windows',
  'advice.alternatives': 'Nearby ports with no IANA assignment and no known use: {ports}.',
  'advice.excludedCommand': 'Lists the port ranges Hyper-V, WSL 2 or Docker reserved on this machine.',
  'advice.reason.port-zero': 'Port 0 is reserved: binding to it asks the OS for any free port instead.',
  'advice.reason.system':
    'A system port (0–1023): binding needs root on Linux, and these belong to standard protocols.',
  'advice.reason.dynamic':
    'In the Dynamic/Private range (49152–65535): systems hand these out as temporary client ports.',
  'advice.reason.ephemeral':
    'A temporary client port by default on {names}: an outgoing connection may take it first.',
  'advice.reason.ephemeral-bsd':
    "Inside {names}'s default temporary range too (OpenBSD's and FreeBSD's cover nearly every port).",
  'advice.reason.assigned': 'IANA assigned it to {names}.',
  'advice.reason.reserved': 'IANA reserved it.',
  'advice.reason.unassigned': 'No IANA assignment.',
  'advice.reason.collision': 'Already used by {names}: the same machine or network may run them.',
  'advice.reason.no-uses': 'No well-known software uses it.',
  'advice.reason.security': 'Scanners look for {names} here: expect probes if it is exposed.',
  'advice.reason.notable': 'Inside the {names} range.',
  'advice.reason.windows-excluded':
    'On Windows, Hyper-V, WSL 2 or Docker can reserve it: check the excluded ranges once.',

  // Suggestions
  'title.suggest': 'Free ports for your own service',
  'title.suggestRange': 'Free ports in {span}',
  'section.suggest.rule': 'How they were chosen',
  'suggest.candidates': 'Free in {span}: {ports}',
  'suggest.checkFirst': 'Round numbers first. Check nothing on your machines uses it (ask "who holds N").',
  'suggest.rule':
    'No IANA assignment or reservation, no use portbot knows of, not a system port, and outside the default temporary client ranges of Linux (32768–60999), Windows and macOS (49152–65535).',
  'suggest.bsd': "OpenBSD's and FreeBSD's temporary ranges cover nearly everything, so they are not counted.",
  'suggest.none': 'Nothing in {span} passes the rule.',
  'suggest.excluded.system': { one: '{count} system port', other: '{count} system ports' },
  'suggest.excluded.ephemeral': {
    one: '{count} temporary client port on Linux, Windows or macOS',
    other: '{count} temporary client ports on Linux, Windows or macOS',
  },
  'suggest.excluded.assigned': {
    one: '{count} assigned or reserved by IANA',
    other: '{count} assigned or reserved by IANA',
  },
  'suggest.excluded.curated': {
    one: '{count} used by known software',
    other: '{count} used by known software',
  },
  'suggest.excluded.notable': {
    one: '{count} in a notable range (Kubernetes NodePort, X11)',
    other: '{count} in a notable range (Kubernetes NodePort, X11)',
  },
  'suggest.wider': 'Try a wider range: {span}',

  // Large ranges
  'title.rangeSummary': 'Ports {span} ({count} ports)',
  'section.bigRange.facts': 'What the range covers',
  'section.bigRange.uses': 'Best-known uses inside',
  'bigRange.lead':
    'Too many for a table: a summary. Ask about a single port or a range of up to 128 for the details.',
  'bigRange.iana.system': 'System ports',
  'bigRange.iana.user': 'User ports',
  'bigRange.iana.dynamic': 'Dynamic/Private ports',
  'bigRange.iana': 'IANA {name} ({span}): {overlap} of it',
  'bigRange.ephemeral': 'Temporary client ports by default: {ranges}',
  'bigRange.ephemeralRange': '{os} {span}',
  'bigRange.noEphemeral': 'No default temporary client range of a common OS overlaps it.',
  'bigRange.notable': '{label} ({span})',
  'bigRange.assigned': {
    one: '{count} of {total} ports assigned by IANA (TCP {tcp}, UDP {udp})',
    other: '{count} of {total} ports assigned by IANA (TCP {tcp}, UDP {udp})',
  },
  'bigRange.usedPorts': {
    one: '{count} port in the range has a known use.',
    other: '{count} ports in the range have a known use.',
  },
} as const;
