// SALES.* functions for incentives: see docs/EXTENDING.md.
export {};
