/**
 * The home page's list: ports and services picked by hand because people ask about them most at
 * work. Deliberately a constant — never built from what visitors asked, so nobody can put a word
 * on the home page by searching for it.
 */
import type { Lang } from './paths.js';

export interface CuratedPort {
  /** A port ("5432") or a port and transport ("53/udp"); the link goes to /ports/<path>. */
  path: string;
  label: Readonly<Record<Lang, string>>;
}

export const CURATED_PORTS: readonly CuratedPort[] = [
  { path: '22', label: { en: 'SSH', ko: 'SSH' } },
  { path: '53/udp', label: { en: 'DNS', ko: 'DNS' } },
  { path: '80', label: { en: 'HTTP', ko: 'HTTP (웹)' } },
  { path: '443', label: { en: 'HTTPS', ko: 'HTTPS (웹)' } },
  { path: '25', label: { en: 'SMTP mail', ko: 'SMTP 메일' } },
  { path: '3389', label: { en: 'Remote Desktop', ko: '원격 데스크톱' } },
  { path: '445', label: { en: 'SMB file sharing', ko: 'SMB 파일 공유' } },
  { path: '3306', label: { en: 'MySQL', ko: 'MySQL' } },
  { path: '5432', label: { en: 'PostgreSQL', ko: 'PostgreSQL' } },
  { path: '6379', label: { en: 'Redis', ko: 'Redis' } },
  { path: '27017', label: { en: 'MongoDB', ko: 'MongoDB' } },
  { path: '9092', label: { en: 'Kafka', ko: 'Kafka' } },
  { path: '3000', label: { en: 'Dev servers', ko: '개발 서버' } },
  { path: '8080', label: { en: 'HTTP alternate', ko: 'HTTP 대체' } },
  { path: '6443', label: { en: 'Kubernetes API', ko: 'Kubernetes API' } },
  { path: '9090', label: { en: 'Prometheus', ko: 'Prometheus' } },
  { path: '11434', label: { en: 'Ollama', ko: 'Ollama' } },
  { path: '25565', label: { en: 'Minecraft', ko: 'Minecraft' } },
  { path: '51820/udp', label: { en: 'WireGuard', ko: 'WireGuard' } },
  { path: '60140', label: { en: 'A dynamic port', ko: '동적 포트' } },
];

export const CURATED_SERVICES: readonly string[] = [
  'postgres',
  'mysql',
  'redis',
  'kafka',
  'elasticsearch',
  'kubernetes',
  'docker',
  'rabbitmq',
  'ssh',
  'rdp',
];

/** The ranges worth a link of their own. */
export const CURATED_RANGES: readonly string[] = ['8000-8010', '6000-6063', '49152-49200'];
