package org.fullsms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * The streaming side of the batch: outcomes reach the sink in item order even when later items finish first,
 * each as soon as the items before it are done, and a sink that fails stops the batch with its exception.
 */
class ParticleBatchOrderTest {

    /** Issue 18, 5: the Progress view's "Doing" column says how far a batch is and which particle it just did. */
    @Test
    void progressNamesHowFarTheBatchIsAndTheItemJustDone() {
        List<String> tasks = new ArrayList<>();
        ParticleBatch.runKeeping("doing", List.of("Particle 1", "Particle 2", "Particle 3"), (item, m) -> item, 2,
                new NullProgressMonitor() {
                    @Override
                    public void subTask(String name) {
                        tasks.add(name);
                    }
                });
        assertEquals(3, tasks.size(), tasks.toString());
        assertTrue(tasks.get(0).startsWith("1 of 3 done (last: Particle "), tasks.toString());
        assertTrue(tasks.get(2).startsWith("3 of 3 done (last: Particle "), tasks.toString());
    }

    @Test
    void outcomesArriveInItemOrderAsSoonAsTheirPredecessorsAreDone() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        List<Integer> finishedWhenSeen = new ArrayList<>();
        int[] finished = new int[1];
        ParticleBatch.forEachInOrder("order", items, (item, m) -> {
            Thread.sleep(item % 2 == 0 ? 20 : 1); // odd items overtake the even ones before them
            synchronized (finished) {
                finished[0]++;
            }
            return item == 7 ? fail(item) : item;
        }, 4, new NullProgressMonitor(), o -> {
            seen.add(o.item());
            synchronized (finished) {
                finishedWhenSeen.add(finished[0]);
            }
            assertEquals(o.item() == 7, !o.ok(), "item 7 failed, the others not");
        });
        assertEquals(items, seen);
        assertTrue(finishedWhenSeen.get(0) < items.size(), "the first outcome is handed over before the last is done: "
                + finishedWhenSeen);
    }

    @Test
    void aFailingSinkStopsTheBatchWithItsException() {
        IOException failure = new IOException("disk full");
        List<Integer> seen = new ArrayList<>();
        IOException thrown = assertThrows(IOException.class, () -> ParticleBatch.forEachInOrder("stop",
                List.of(1, 2, 3, 4), (item, m) -> item, 2, new NullProgressMonitor(), o -> {
                    seen.add(o.item());
                    if (o.item() == 2) {
                        throw failure;
                    }
                }));
        assertSame(failure, thrown);
        assertEquals(List.of(1, 2), seen);
    }

    private static int fail(int item) throws IOException {
        throw new IOException("item " + item + " fails");
    }
}
