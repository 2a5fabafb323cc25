// Loads the tables the macro is configured to show and renders them in order.
import { Stack } from '@atlaskit/primitives';
import { useCallback, useEffect, useState } from 'react';
import type { MacroConfig, MacroTables, ResolverError } from '../../../src/contract/ui-kit';
import { useT } from '../../shared/app-env';
import { invoke } from '../../shared/invoke';
import { ErrorState, Loading } from '../../shared/states';
import { CommsTable } from './comms-table';
import { CriteriaTable } from './criteria-table';
import { ReportTable } from './report-table';
import { RolesTable } from './roles-table';
import { ScoringTables } from './scoring-tables';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; tables: MacroTables };

export function GovernanceTables({ config }: { config: MacroConfig }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const { tables, locale } = config;

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const answer = await invoke('getMacroTables', { tables, ...(locale ? { locale } : {}) });
    setState(
      answer.ok ? { kind: 'ready', tables: answer.data } : { kind: 'failed', error: answer.error },
    );
  }, [tables, locale]);

  useEffect(() => {
    void load();
  }, [load]);

  switch (state.kind) {
    case 'loading':
      return <Loading label={t('ui.macro.loading')} />;
    case 'failed':
      return <ErrorState error={state.error} onRetry={() => void load()} />;
    case 'ready':
      return (
        <Stack space="space.400">
          {state.tables.tables.map((table) => {
            switch (table) {
              case 'criteria':
                return (
                  <Stack key={table} space="space.300">
                    <CriteriaTable rows={state.tables.criteria} />
                    <ScoringTables scoring={state.tables.scoring} />
                  </Stack>
                );
              case 'roles':
                return <RolesTable key={table} rows={state.tables.roles} />;
              case 'comms':
                return <CommsTable key={table} plans={state.tables.comms} />;
              case 'report':
                // The resolver answers the report whenever the table is asked for.
                return state.tables.report ? (
                  <ReportTable key={table} report={state.tables.report} />
                ) : null;
              default: {
                const _exhaustive: never = table;
                return _exhaustive;
              }
            }
          })}
        </Stack>
      );
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}
