import { useEffect } from 'react';

/** Sets the document title to "<title> · Chain Rule" (or just "Chain Rule"). */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Chain Rule` : 'Chain Rule: backpropagation, explorable';
  }, [title]);
}
