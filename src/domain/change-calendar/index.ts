// The change calendar's rules: freeze windows and change fatigue.
export * from './fatigue';
export * from './freeze-windows';
export * from './warnings';
export * from './lead-time-freeze';
