package io.smsgateway.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Values for an IN list, cut so that no statement carries more parameters than any database takes,
 * and padded to a few fixed lengths: each length of an IN list is a statement of its own to the
 * database and to the pool's statement cache, so with every length from 1 to 1,000 in use each batch
 * would parse its queries anew. Padding repeats the last value, which an IN list ignores.
 */
public final class InLists {

    /** Values per IN list: well below what any database takes as parameters of one statement. */
    private static final int MAX_VALUES = 1000;

    private InLists() {
    }

    /** {@code values} cut into lists short enough for one IN parameter each, each padded to its length class. */
    public static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX_VALUES) {
            chunks.add(padded(values.subList(from, Math.min(values.size(), from + MAX_VALUES))));
        }
        return chunks;
    }

    /** The list at the next power of two in length (the maximum at most), its last value repeated. */
    private static <T> List<T> padded(List<T> chunk) {
        if (chunk.size() <= 2) {
            return chunk;
        }
        int length = Math.min(MAX_VALUES, Integer.highestOneBit(chunk.size() - 1) << 1);
        if (length == chunk.size()) {
            return chunk;
        }
        List<T> padded = new ArrayList<>(length);
        padded.addAll(chunk);
        padded.addAll(Collections.nCopies(length - chunk.size(), chunk.get(chunk.size() - 1)));
        return padded;
    }
}
