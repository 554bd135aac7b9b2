/**
 * Presentation blocks → HTML elements. Every text goes in as a child or attribute value, so the
 * template library escapes it; links are only ever http(s).
 */
import type { Block, CodeBlock, Field, Inline, Line } from '../../../src/index.js';
import { inLang, type Lang } from '../paths.js';

/** Links go to http(s) pages elsewhere or to a path on this site; nothing else becomes a link. */
function safeUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url) ? url : null;
}

const external = (url: string) => (url.startsWith('/') ? undefined : 'noopener noreferrer');

export function Spans({ spans }: { spans: readonly Inline[] }) {
  return (
    <>
      {spans.map((span, index) => {
        const key = String(index);
        switch (span.kind) {
          case 'text':
            return span.text;
          case 'strong':
            return <strong key={key}>{span.text}</strong>;
          case 'code':
            return <code key={key}>{span.text}</code>;
          case 'warning':
            return (
              <span key={key} class="warning">
                {span.text}
              </span>
            );
          case 'muted':
            return (
              <span key={key} class="muted">
                {span.text}
              </span>
            );
          case 'link': {
            const href = safeUrl(span.url);
            return href ? (
              <a key={key} href={href} rel={external(href)}>
                {span.text}
              </a>
            ) : (
              span.text
            );
          }
          case 'icon':
            return (
              <span key={key} role="img" aria-label={span.label}>
                {span.icon === 'warning' ? '⚠' : 'ℹ'}
              </span>
            );
        }
        return null;
      })}
    </>
  );
}

function LinesBlock({ lines }: { lines: readonly Line[] }) {
  if (!lines.some((line) => line.bullet)) {
    return (
      <>
        {lines.map((line, index) => (
          <p key={String(index)} class={line.level === 1 ? 'sub' : undefined}>
            <Spans spans={line.spans} />
          </p>
        ))}
      </>
    );
  }
  return (
    <ul class="lines">
      {lines.map((line, index) => (
        <li key={String(index)} class={line.bullet ? undefined : line.level === 1 ? 'sub' : 'plain'}>
          <Spans spans={line.spans} />
        </li>
      ))}
    </ul>
  );
}

function FieldsBlock({ fields }: { fields: readonly Field[] }) {
  return (
    <dl class="fields">
      {fields.map((field, index) => (
        <div key={String(index)}>
          <dt>
            <Spans spans={field.label} />
          </dt>
          {field.value.map((line, lineIndex) => (
            <dd key={String(lineIndex)}>
              <Spans spans={line.spans} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

export function Command({ block }: { block: CodeBlock }) {
  return (
    <div class="cmd">
      <p>
        <span class="muted">
          <Spans spans={block.label} />
        </span>
        {block.note.length > 0 ? ' — ' : null}
        <Spans spans={block.note} />
      </p>
      <div class="cmd-row">
        <pre data-command="">
          <code>{block.code}</code>
        </pre>
      </div>
    </div>
  );
}

const PORT_CELL = /^(\d{1,5})(?:[-–](\d{1,5}))?(?:\/(tcp|udp|sctp|dccp))?(?:\/[a-z+]+|\+[a-z+]+)?$/;

/**
 * A table's port column links each port or range to its own page (the HTML form of a port
 * number); anything else in the column stays text.
 */
function PortCell({ spans, lang }: { spans: readonly Inline[]; lang: Lang }) {
  const [only] = spans;
  const match =
    spans.length === 1 && only && (only.kind === 'code' || only.kind === 'text')
      ? PORT_CELL.exec(only.text)
      : null;
  if (!match || !only || only.kind === 'icon') return <Spans spans={spans} />;
  // The port's own page, every transport: the table already says which one the service uses.
  const [, from, to] = match;
  const path = `/ports/${from}${to ? `-${to}` : ''}`;
  return (
    <a href={inLang(path, lang)}>
      <code>{only.text}</code>
    </a>
  );
}

export function BlockView({ block, lang }: { block: Block; lang: Lang }) {
  switch (block.kind) {
    case 'lines':
      return <LinesBlock lines={block.lines} />;
    case 'fields':
      return <FieldsBlock fields={block.fields} />;
    case 'table':
      return (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th key={column.id} scope="col">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={String(index)}>
                  {block.columns.map((column, cellIndex) => (
                    <td key={column.id}>
                      {column.id === 'port' ? (
                        <PortCell spans={row.cells[cellIndex] ?? []} lang={lang} />
                      ) : (
                        <Spans spans={row.cells[cellIndex] ?? []} />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'code':
      return <Command block={block} />;
    case 'links':
      return (
        <ul class="lines">
          {block.links.map((link) => {
            const href = safeUrl(link.url);
            return (
              <li key={link.url}>
                {href ? (
                  <a href={href} rel={external(href)}>
                    {link.text}
                  </a>
                ) : (
                  link.text
                )}
              </li>
            );
          })}
        </ul>
      );
  }
}
