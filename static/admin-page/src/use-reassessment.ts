// After a new configuration version, open change requests are re-assessed in the background:
// poll the progress until the run is over.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReassessmentProgress } from '../../../src/contract/ui-kit';
import { invoke } from '../../shared/invoke';

const POLL_MS = 1000;
/** A run that never reports is not polled forever. */
const MAX_POLLS = 600;

export function useReassessment() {
  const [progress, setProgress] = useState<ReassessmentProgress | null>(null);
  const [watching, setWatching] = useState(false);
  /** Only a run seen in this visit is reported; an old finished one is no news. */
  const [seen, setSeen] = useState(false);
  const polls = useRef(0);

  const poll = useCallback(async (): Promise<boolean> => {
    const answer = await invoke('getReassessmentProgress', {});
    if (!answer.ok) return false;
    setProgress(answer.data);
    return answer.data.state === 'running';
  }, []);

  // A run someone else started (or one still going after a reload) shows too.
  useEffect(() => {
    void poll().then((running) => {
      if (running) {
        setSeen(true);
        setWatching(true);
      }
    });
  }, [poll]);

  useEffect(() => {
    if (!watching) return;
    let stopped = false;
    let timer = 0;
    const tick = async () => {
      polls.current += 1;
      const running = await poll();
      if (stopped) return;
      // Right after a save the run may not have started yet: keep asking a few times.
      if ((running || polls.current < 5) && polls.current < MAX_POLLS)
        timer = window.setTimeout(() => void tick(), POLL_MS);
      else setWatching(false);
    };
    timer = window.setTimeout(() => void tick(), 300);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [watching, poll]);

  const watch = useCallback(() => {
    polls.current = 0;
    setSeen(true);
    setWatching(true);
  }, []);

  return { progress: seen ? progress : null, watching, watch };
}
