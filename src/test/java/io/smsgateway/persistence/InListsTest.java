package io.smsgateway.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void valuesAreCutIntoInListsOfAThousandAtMostInTheirOrder() {
        List<Integer> ids = IntStream.range(0, 2_500).boxed().toList();

        List<List<Integer>> chunks = InLists.chunks(ids);

        assertEquals(List.of(1_000, 1_000, 512), chunks.stream().map(List::size).toList());
        assertEquals(ids, List.copyOf(new LinkedHashSet<>(chunks.stream().flatMap(List::stream).toList())));
        assertEquals(List.of(), InLists.chunks(List.of()));
    }

    @Test
    void aListIsPaddedToThePowerOfTwoAboveItsLengthWithItsLastValue() {
        assertEquals(List.of(List.of("a")), InLists.chunks(List.of("a")));
        assertEquals(List.of(List.of("a", "b")), InLists.chunks(List.of("a", "b")));
        assertEquals(List.of(List.of("a", "b", "c", "c")), InLists.chunks(List.of("a", "b", "c")));
        assertEquals(List.of(16, 16, 32, 1_000), IntStream.of(9, 16, 17, 999)
                .mapToObj(n -> InLists.chunks(IntStream.range(0, n).boxed().toList()).get(0).size()).toList());
    }
}
