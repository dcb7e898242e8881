// SALES.* functions for targets: see docs/EXTENDING.md.
export {};
