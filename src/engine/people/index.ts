/**
 * The people side: recognition (the honour roll) and team health indicators. Pure: plain records
 * in, plain records out; the people job (src/jobs/people.ts) reads and writes the tables.
 */
export {
  defaultAwardRules,
  honourRoll,
  parseAwardRules,
  parseRuleKind,
  ROOKIE_MONTHS,
  tenureMonths,
  type AwardRule,
  type AwardRuleKind,
  type AwardRuleRow,
  type HonourRep,
  type HonourRollInput,
  type HonourRow,
  type RepMonth,
} from "./recognition";
export {
  HEALTHY_ATTAINMENT,
  MENTORED_MONTHS,
  teamHealth,
  type DevelopmentItem,
  type HealthMonth,
  type HealthRep,
  type PracticeFigure,
  type PracticeMonth,
  type TeamHealthInput,
  type TeamHealthRow,
} from "./health";
export { peopleMessages } from "./messages";
export {
  coachingLibrary,
  defaultCoachingRows,
  developmentOutcome,
  isDone,
  proposeDevelopment,
  type CoachingRow,
  type KpiPoint,
  type Outcome,
  type ProposedItem,
} from "./coaching";
export {
  hireQuarter,
  mentoringLines,
  MIN_COHORT,
  rampAttainment,
  type MentoringLine,
  type MentoringRep,
  type RampMonth,
} from "./mentoring";
