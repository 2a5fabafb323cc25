// The few glyphs the navigation needs, drawn inline so the bundle carries no icon library.
const common = {
  width: 24,
  height: 24,
  viewBox: '0 0 24 24',
  'aria-hidden': true,
  focusable: false,
} as const;

export function AppSwitcherIcon() {
  return (
    <svg {...common}>
      {[5, 12, 19].flatMap((y) =>
        [5, 12, 19].map((x) => (
          <rect
            key={`${x}-${y}`}
            x={x - 2}
            y={y - 2}
            width="4"
            height="4"
            rx="1"
            fill="currentColor"
          />
        )),
      )}
    </svg>
  );
}

export function JiraLogo() {
  return (
    <svg {...common}>
      <path
        fill="#2684FF"
        d="M21.7 11.3 12.7 2.3 12 1.6 5.2 8.4 2.3 11.3a1 1 0 0 0 0 1.4l6.2 6.2L12 22.4l6.8-6.8.1-.1 2.8-2.8a1 1 0 0 0 0-1.4ZM12 15l-3-3 3-3 3 3-3 3Z"
      />
    </svg>
  );
}

export function ConfluenceLogo() {
  return (
    <svg {...common}>
      <path
        fill="#2684FF"
        d="M3 17.3c-.2.4-.5.9-.7 1.2a.6.6 0 0 0 .2.8l3.9 2.4a.6.6 0 0 0 .8-.2l.6-1.1c1.5-2.5 3-2.2 5.8-.9l3.9 1.8a.6.6 0 0 0 .8-.3l1.8-4.2a.6.6 0 0 0-.3-.7c-.8-.4-2.4-1.1-3.9-1.8C10.5 11.7 5.9 11.9 3 17.3Z"
      />
      <path
        fill="#0052CC"
        d="M21 6.7c.2-.4.5-.9.7-1.2a.6.6 0 0 0-.2-.8l-3.9-2.4a.6.6 0 0 0-.8.2l-.6 1.1c-1.5 2.5-3 2.2-5.8.9L6.5 2.7a.6.6 0 0 0-.8.3L3.9 7.2a.6.6 0 0 0 .3.7c.8.4 2.4 1.1 3.9 1.8 5.4 2.6 10 2.4 12.9-3Z"
      />
    </svg>
  );
}

export function EmulatorLogo() {
  return (
    <svg {...common}>
      <rect
        x="3"
        y="4"
        width="18"
        height="13"
        rx="2"
        fill="none"
        stroke="#2684FF"
        strokeWidth="2"
      />
      <path d="M8 21h8M12 17v4" stroke="#2684FF" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function MoonIcon() {
  return (
    <svg {...common}>
      <path fill="currentColor" d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
    </svg>
  );
}

export function SunIcon() {
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="4" fill="currentColor" />
      <path
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
      />
    </svg>
  );
}
