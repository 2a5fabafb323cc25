// A button that shows a small panel (product switcher, emulator menu): Escape or a click
// outside closes it and focus returns to the button.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface DisclosureProps {
  /** Accessible name of the trigger. */
  label: string;
  trigger: ReactNode;
  children: (close: () => void) => ReactNode;
  align?: 'start' | 'end';
  className?: string;
}

export function Disclosure({
  label,
  trigger,
  children,
  align = 'start',
  className,
}: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('a[href], button:not([disabled])')?.focus();
    const onPointer = (event: MouseEvent): void => {
      if (event.target instanceof Node && root.current?.contains(event.target) !== true)
        setOpen(false);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className={`disclosure ${className ?? ''}`} ref={root}>
      <button
        ref={button}
        type="button"
        className="nav-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {trigger}
      </button>
      <div
        id={panelId}
        ref={panel}
        className={`disclosure-panel disclosure-panel-${align}`}
        hidden={!open}
        onBlur={(event) => {
          // Tabbing out of the panel closes it; clicks are handled by the pointer listener.
          const next = event.relatedTarget;
          if (next instanceof Node && root.current?.contains(next) !== true) setOpen(false);
        }}
      >
        {open && children(close)}
      </div>
    </div>
  );
}
