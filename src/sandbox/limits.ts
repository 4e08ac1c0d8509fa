/** How far a snippet may go before the sandbox stops it. Shared by the frame, the page and the tests. */
import { MAX_RUNS } from './race-wire';

export const DEFAULT_TIMEOUT_MS = 2_000;
/** No example may ask for more than this, whatever it declares. */
export const MAX_TIMEOUT_MS = 10_000;
export const MAX_OUTPUT_LINES = 500;
export const MAX_OUTPUT_BYTES = 64 * 1024;
/**
 * A snippet that posts more raw messages than this in one run is flooding the frame. Output
 * takes at most a few hundred (the worker batches it every 30 ms, the output budget stops it);
 * a race-lab scenario adds one message per run and its summary, so one with MAX_RUNS runs fits.
 */
export const MAX_MESSAGES_PER_RUN = 1_000 + MAX_RUNS + 1;
/** The longest code a share link may carry once decompressed (a guard against deflate bombs). */
export const MAX_SHARED_CODE_BYTES = 256 * 1024;
/** How long the page waits for the frame to answer at all before it replaces the frame. */
export const FRAME_GRACE_MS = 1_500;
/** A run reports at most this many SQL statements (a loop can send tens of thousands); the count says how many ran. */
export const MAX_REPORTED_QUERIES = 1_000;
