package io.smsgateway.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void valuesAreCutIntoInListsOfAThousandAtMostInTheirOrder() {
        List<Integer> ids = IntStream.range(0, 2_500).boxed().toList();

        List<List<Integer>> chunks = InLists.chunks(ids);

        assertEquals(List.of(1_000, 1_000, 500), chunks.stream().map(List::size).toList());
        assertEquals(ids, chunks.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), InLists.chunks(List.of()));
    }
}
