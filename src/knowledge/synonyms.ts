/**
 * Words people use for services whose registry or curated name is something else. Curated entries
 * carry most of their own synonyms in `terms`; this list maps the rest onto an existing name.
 * Keys and values are normalised names (see `normalizeName`).
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  postgres: 'postgresql',
  pg: 'postgresql',
  mongo: 'mongodb',
  k8s: 'kubernetes',
  kube: 'kubernetes',
  kubeapiserver: 'kubernetes',
  es: 'elasticsearch',
  mssql: 'sqlserver',
  rabbit: 'rabbitmq',
  wg: 'wireguard',
  dns: 'domain',
  smb: 'microsoftds',
  cifs: 'microsoftds',
  webserver: 'http',
  // The web server, not the exporter or proxy manager that carry "nginx" in their names.
  nginx: 'http',
  ssl: 'https',
  tls: 'https',
  sftp: 'ssh',
  scp: 'ssh',
  ntpd: 'ntp',
  dhcp: 'bootps',
  tftpd: 'tftp',
  rsh: 'shell',
  rlogin: 'login',
  lpd: 'printer',
  smtps: 'submissions',
  winrm: 'wsman',
};

/** Lower-case, and drop the separators people vary: "SQL Server", "sql-server", "sql_server". */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[\s._\-/*']+/g, '');
}
