package io.smsgateway.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeaseQueueTest {

    @Test
    void idsAreCutIntoInListsOfAThousandAtMostInTheirOrder() {
        List<Integer> ids = IntStream.range(0, 2_500).boxed().toList();

        List<List<Integer>> chunks = LeaseQueue.inListChunks(ids);

        assertEquals(List.of(1_000, 1_000, 500), chunks.stream().map(List::size).toList());
        assertEquals(ids, chunks.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), LeaseQueue.inListChunks(List.of()));
    }
}
