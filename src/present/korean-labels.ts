/**
 * An answer with the names and roles a Korean reader sees in Korean, before it is presented:
 * curated use names that are words rather than names ("HTTP alternate (8080)" → "HTTP 대체
 * (8080)"), use roles ("web UI" → "웹 UI") and the descriptive names of products ("Web server" →
 * "웹 서버"). Only exact matches in the Korean labels change; product names, IANA's names and
 * anything without a Korean entry stay as written. Ids, ports and codes never change, so the
 * localizer still finds each use's curated texts by id.
 */
import type { KoreanLabels } from '../knowledge/korean-texts.js';
import type { Answer, AnswerPart, KnownUseFact } from '../report/answer.js';

export function labelAnswerInKorean(answer: Answer, labels: KoreanLabels): Answer {
  const name = (value: string): string => labels.names.get(value) ?? value;
  const role = (value: string): string => labels.roles.get(value) ?? value;
  const productName = (id: string, value: string): string => labels.products.get(id)?.name ?? value;
  // A role the Korean name already says is left out: "Node.js 개발 서버", not "… (개발 서버)".
  const use = ({ role: english, ...fact }: KnownUseFact): KnownUseFact => {
    const korean = { ...fact, name: name(fact.name) };
    const said = english === undefined ? undefined : role(english);
    return said === undefined || korean.name.includes(said) ? korean : { ...korean, role: said };
  };
  const part = (value: AnswerPart): AnswerPart => {
    switch (value.type) {
      case 'port':
        return { ...value, knownUses: value.knownUses.map(use) };
      case 'range':
        return { ...value, rows: value.rows.map((row) => ({ ...row, knownUses: row.knownUses.map(name) })) };
      case 'service':
        return {
          ...value,
          name: name(value.name),
          ports: value.ports.map((port) => ({
            ...port,
            ...(port.role === undefined ? {} : { role: role(port.role) }),
            ...(port.software === undefined ? {} : { software: name(port.software) }),
          })),
          also: value.also.map((also) => ({ ...also, name: name(also.name) })),
          knownUses: value.knownUses.map(use),
          ...(value.product
            ? { product: { ...value.product, name: productName(value.product.id, value.product.name) } }
            : {}),
        };
      case 'product':
        return {
          ...value,
          name: productName(value.id, value.name),
          security: value.security.map((entry) => ({ ...entry, name: name(entry.name) })),
        };
      case 'intent':
        return {
          ...value,
          usedBy: value.usedBy.map(name),
          security: value.security.map((entry) => ({ ...entry, name: name(entry.name) })),
        };
      case 'advice':
        return {
          ...value,
          reasons: value.reasons.map((reason) =>
            reason.names ? { ...reason, names: reason.names.map(name) } : reason,
          ),
        };
      case 'range-summary':
        return {
          ...value,
          topUses: value.topUses.map((entry) => ({ ...entry, names: entry.names.map(name) })),
          rangeUses: value.rangeUses.map((entry) => ({ ...entry, name: name(entry.name) })),
        };
      default:
        return value;
    }
  };
  return { ...answer, parts: answer.parts.map(part) };
}
