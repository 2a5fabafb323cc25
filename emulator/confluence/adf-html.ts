// ADF to simple HTML for the web shell's page view; Forge macros become whatever `renderMacro` returns.
import type { AdfNode } from './confluence-site';
import { readMacro, type MacroInstance } from './macro-node';

export const escapeHtml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function attr(node: AdfNode, name: string): string | undefined {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : undefined;
}

function markText(node: AdfNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'strong':
        html = `<strong>${html}</strong>`;
        break;
      case 'em':
        html = `<em>${html}</em>`;
        break;
      case 'code':
        html = `<code>${html}</code>`;
        break;
      case 'strike':
        html = `<s>${html}</s>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'link': {
        const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '#';
        const safe = /^(https?:|mailto:|\/)/.test(href) ? href : '#';
        html = `<a href="${escapeHtml(safe)}" target="_blank" rel="noreferrer">${html}</a>`;
        break;
      }
      default:
        break;
    }
  }
  return html;
}

export function adfToHtml(doc: AdfNode, renderMacro: (macro: MacroInstance) => string): string {
  const render = (node: AdfNode): string => {
    const inner = (): string => (node.content ?? []).map(render).join('');
    const macro = readMacro(node);
    if (macro !== undefined) return renderMacro(macro);
    switch (node.type) {
      case 'doc':
        return inner();
      case 'paragraph':
        return `<p>${inner()}</p>`;
      case 'text':
        return markText(node);
      case 'hardBreak':
        return '<br>';
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)));
        return `<h${String(level)}>${inner()}</h${String(level)}>`;
      }
      case 'bulletList':
        return `<ul>${inner()}</ul>`;
      case 'orderedList':
        return `<ol>${inner()}</ol>`;
      case 'listItem':
        return `<li>${inner()}</li>`;
      case 'blockquote':
        return `<blockquote>${inner()}</blockquote>`;
      case 'codeBlock':
        return `<pre><code>${inner()}</code></pre>`;
      case 'rule':
        return '<hr>';
      case 'panel':
        return `<div class="adf-panel adf-panel-${escapeHtml(attr(node, 'panelType') ?? 'info')}">${inner()}</div>`;
      case 'table':
        return `<table class="adf-table"><tbody>${inner()}</tbody></table>`;
      case 'tableRow':
        return `<tr>${inner()}</tr>`;
      case 'tableHeader':
        return `<th>${inner()}</th>`;
      case 'tableCell':
        return `<td>${inner()}</td>`;
      case 'status':
        return `<span class="adf-status">${escapeHtml(attr(node, 'text') ?? '')}</span>`;
      default:
        return `<div class="adf-unsupported" data-node-type="${escapeHtml(node.type)}">${inner()}</div>`;
    }
  };
  return render(doc);
}
