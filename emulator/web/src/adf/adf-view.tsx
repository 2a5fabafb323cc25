// Renders the ADF Jira and Confluence store (descriptions, comments, page bodies) with the
// common node types; anything else degrades to its children instead of disappearing.
import Lozenge from '@atlaskit/lozenge';
import { Fragment, type ReactNode } from 'react';
import {
  numberAttr,
  plainText,
  stringAttr,
  toAdfNode,
  type AdfMark,
  type AdfNode,
} from './adf-node';

export type ExtensionRenderer = (node: AdfNode) => ReactNode | null;

interface AdfViewProps {
  document: unknown;
  /** Renders macros (extension nodes); unrecognised ones get a labelled placeholder. */
  renderExtension?: ExtensionRenderer;
  emptyText?: string;
}

export function AdfView({ document, renderExtension, emptyText }: AdfViewProps) {
  const root = toAdfNode(document);
  if (root === null || root.content.length === 0) {
    return emptyText === undefined ? null : <p className="shell-muted">{emptyText}</p>;
  }
  return <div className="adf">{renderChildren(root, renderExtension)}</div>;
}

function renderChildren(node: AdfNode, ext: ExtensionRenderer | undefined): ReactNode[] {
  return node.content.map((child, index) => renderNode(child, ext, index));
}

function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = new URL(href, window.location.href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function applyMark(mark: AdfMark, inner: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case 'strong':
      return <strong key={key}>{inner}</strong>;
    case 'em':
      return <em key={key}>{inner}</em>;
    case 'code':
      return <code key={key}>{inner}</code>;
    case 'strike':
      return <s key={key}>{inner}</s>;
    case 'underline':
      return <u key={key}>{inner}</u>;
    case 'subsup':
      return mark.attrs.type === 'sub' ? (
        <sub key={key}>{inner}</sub>
      ) : (
        <sup key={key}>{inner}</sup>
      );
    case 'link': {
      const href = safeHref(typeof mark.attrs.href === 'string' ? mark.attrs.href : undefined);
      return href === undefined ? (
        inner
      ) : (
        <a key={key} href={href} target="_blank" rel="noreferrer noopener">
          {inner}
        </a>
      );
    }
    default:
      return inner;
  }
}

function renderText(node: AdfNode): ReactNode {
  return node.marks.reduceRight<ReactNode>(
    (inner, mark, index) => applyMark(mark, inner, index),
    node.text ?? '',
  );
}

function headingTag(level: number | undefined): 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  switch (level) {
    case 1:
      return 'h1';
    case 2:
      return 'h2';
    case 3:
      return 'h3';
    case 4:
      return 'h4';
    case 5:
      return 'h5';
    case undefined:
    default:
      return 'h6';
  }
}

function formatTimestamp(value: string | undefined): string {
  const ms = Number(value);
  if (value === undefined || !Number.isFinite(ms)) return value ?? '';
  return new Date(ms).toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'medium' });
}

function renderNode(node: AdfNode, ext: ExtensionRenderer | undefined, key: number): ReactNode {
  const children = (): ReactNode[] => renderChildren(node, ext);
  switch (node.type) {
    case 'text':
      return <Fragment key={key}>{renderText(node)}</Fragment>;
    case 'paragraph':
      return <p key={key}>{children()}</p>;
    case 'heading': {
      const Tag = headingTag(numberAttr(node, 'level'));
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{children()}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={numberAttr(node, 'order')}>
          {children()}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children()}</li>;
    case 'taskList':
    case 'decisionList':
      return (
        <ul key={key} className="adf-task-list">
          {children()}
        </ul>
      );
    case 'taskItem':
      return (
        <li key={key}>
          <span aria-hidden="true">{stringAttr(node, 'state') === 'DONE' ? '☑ ' : '☐ '}</span>
          {children()}
        </li>
      );
    case 'decisionItem':
      return <li key={key}>{children()}</li>;
    case 'hardBreak':
      return <br key={key} />;
    case 'rule':
      return <hr key={key} />;
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key} className="adf-code">
          <code>{plainText(node)}</code>
        </pre>
      );
    case 'panel':
      return (
        <div key={key} className={`adf-panel adf-panel-${stringAttr(node, 'panelType') ?? 'info'}`}>
          {children()}
        </div>
      );
    case 'table':
      return (
        <div key={key} className="adf-table-wrap">
          <table className="adf-table">
            <tbody>{children()}</tbody>
          </table>
        </div>
      );
    case 'tableRow':
      return <tr key={key}>{children()}</tr>;
    case 'tableHeader':
      return (
        <th
          key={key}
          scope="col"
          colSpan={numberAttr(node, 'colspan')}
          rowSpan={numberAttr(node, 'rowspan')}
        >
          {children()}
        </th>
      );
    case 'tableCell':
      return (
        <td key={key} colSpan={numberAttr(node, 'colspan')} rowSpan={numberAttr(node, 'rowspan')}>
          {children()}
        </td>
      );
    case 'mention':
      return (
        <span key={key} className="adf-mention">
          {stringAttr(node, 'text') ?? `@${stringAttr(node, 'id') ?? 'someone'}`}
        </span>
      );
    case 'emoji':
      return (
        <span key={key}>{stringAttr(node, 'text') ?? stringAttr(node, 'shortName') ?? ''}</span>
      );
    case 'status':
      return (
        <Lozenge
          key={key}
          appearance={stringAttr(node, 'color') === 'green' ? 'success' : 'default'}
        >
          {stringAttr(node, 'text') ?? ''}
        </Lozenge>
      );
    case 'date':
      return <time key={key}>{formatTimestamp(stringAttr(node, 'timestamp'))}</time>;
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard': {
      const href = safeHref(stringAttr(node, 'url'));
      return href === undefined ? null : (
        <a key={key} href={href} target="_blank" rel="noreferrer noopener">
          {href}
        </a>
      );
    }
    case 'expand':
    case 'nestedExpand':
      return (
        <details key={key} className="adf-expand">
          <summary>{stringAttr(node, 'title') ?? 'Details'}</summary>
          {children()}
        </details>
      );
    case 'layoutSection':
      return (
        <div key={key} className="adf-layout">
          {children()}
        </div>
      );
    case 'layoutColumn':
      return <div key={key}>{children()}</div>;
    case 'mediaSingle':
    case 'mediaGroup':
    case 'media':
      return (
        <p key={key} className="shell-muted">
          [attachment]
        </p>
      );
    case 'extension':
    case 'bodiedExtension':
    case 'inlineExtension': {
      const rendered = ext?.(node) ?? null;
      if (rendered !== null) return <div key={key}>{rendered}</div>;
      return (
        <div key={key} className="adf-extension" role="note">
          Macro {stringAttr(node, 'extensionKey') ?? node.type}
          {node.content.length > 0 ? children() : null}
        </div>
      );
    }
    default:
      return node.content.length > 0 ? <div key={key}>{children()}</div> : null;
  }
}
