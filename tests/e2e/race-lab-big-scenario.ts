/**
 * A race-lab scenario a reader might write that is far too big to explore: eight processes of
 * 120 steps, 960 steps a run. The e2e test and the attack bench both run it.
 */
export const BIG_SCENARIO = `import { models } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';

class Counter extends models.Model {
  value = models.IntegerField({ default: 0 });
}

const lab = new Scheduler({ setup: () => Counter.objects.create() });
for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) {
  lab.process(name, async () => {
    for (let i = 0; i < 120; i++) await Counter.objects.aget({ pk: 1 });
  });
}

export default lab;
`;
