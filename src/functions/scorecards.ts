// SALES.* functions for scorecards: see docs/EXTENDING.md.
export {};
