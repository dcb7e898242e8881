/**
 * The jobs worker (its own webpack entry, dist/jobs.worker.js): computes a run off the pane's
 * thread and posts the answer back (compute.ts).
 */
import { answerOf, type ComputeRequest } from "./compute";

/* global self */

self.onmessage = (event: MessageEvent<ComputeRequest>) => {
  const { message, transfer } = answerOf(event.data);
  self.postMessage(message, { transfer });
};
