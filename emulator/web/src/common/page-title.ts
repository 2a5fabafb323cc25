// The browser tab names the page, as Jira and Confluence do.
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - Cloud emulator`;
  }, [title]);
}
