/** Answers about port ranges themselves: IANA's three ranges and the OS ephemeral ranges. */
import type { CheckOs } from '../checks/os.js';
import { EPHEMERAL_RANGES, type EphemeralOsId } from '../port/ephemeral.js';
import { IANA_RANGES } from '../port/iana-ranges.js';
import type { TopicPart } from './answer.js';

const OS_FAMILY: Record<CheckOs, readonly EphemeralOsId[]> = {
  linux: ['linux'],
  macos: ['macos'],
  windows: ['windows', 'windows-xp'],
};

export function buildTopicPart(topic: TopicPart['topic'], os: CheckOs | null): TopicPart {
  if (topic === 'iana-ranges') {
    return { type: 'topic', topic, title: "IANA's port ranges", ianaRanges: [...IANA_RANGES] };
  }
  const family = os ? OS_FAMILY[os] : undefined;
  const ranges = family
    ? EPHEMERAL_RANGES.filter((range) => family.includes(range.os))
    : [...EPHEMERAL_RANGES];
  return {
    type: 'topic',
    topic,
    title: family
      ? `Ephemeral port range on ${ranges[0]?.label ?? os}`
      : 'Ephemeral (temporary client) port ranges by OS',
    ephemeralRanges: ranges,
  };
}
