/**
 * How late this process saw an event: servers that run in the test's own process see a request only
 * when its event loop is free, so a request that came while an audit held the loop is timed late.
 * A timer ticking every millisecond records when the loop was free; a gap between two ticks is a
 * time the loop was held, and an event seen at `t` can have waited at most the longest gap that
 * ends around `t`.
 */
export interface LoopWatch {
  stop: () => void;
  /** The longest the loop was held just before `t` (ms, on the watch's clock). */
  lateness: (t: number) => number;
}

export function watchLoop(clock: () => number): LoopWatch {
  const ticks: number[] = [clock()];
  const timer = setInterval(() => ticks.push(clock()), 1);
  return {
    stop: () => clearInterval(timer),
    lateness: (t) => {
      let worst = 0;
      // the gaps whose end falls within 2 ms of t (a clock of whole milliseconds), and the one holding t
      for (let i = 1; i < ticks.length; i++) {
        const a = ticks[i - 1]!;
        const b = ticks[i]!;
        if (b >= t - 2 && a <= t + 2) worst = Math.max(worst, b - a);
        if (a > t + 2) break;
      }
      return worst;
    },
  };
}
