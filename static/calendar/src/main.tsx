// The customer change calendar, as a Jira global page or a Confluence macro (whose optional
// configuration may choose the first view and the language).
import type { FullContext } from '@forge/bridge';
import { isRecord, toLocale } from '../../../src/contract/ui-kit';
import { mount } from '../../shared/bootstrap';
import { CalendarApp } from './calendar-app';
import './calendar.css';
import type { CalendarView } from './period';

interface CalendarModuleConfig {
  view: CalendarView;
  locale?: 'en-US' | 'it-IT';
}

function moduleConfig(context: FullContext): CalendarModuleConfig {
  const extension: unknown = context.extension;
  const raw = isRecord(extension) && isRecord(extension.config) ? extension.config : {};
  return {
    view: raw.view === 'month' ? 'month' : 'quarter',
    ...(raw.locale === 'en-US' || raw.locale === 'it-IT' ? { locale: raw.locale } : {}),
  };
}

const inConfluence = (context: FullContext): boolean =>
  isRecord(context.extension) && context.extension.type === 'macro';

void mount({
  chooseLocale: (context) => moduleConfig(context).locale ?? toLocale(context.locale),
  render: ({ context }) => (
    <CalendarApp
      initialView={inConfluence(context) ? moduleConfig(context).view : 'month'}
      inConfluence={inConfluence(context)}
    />
  ),
});
