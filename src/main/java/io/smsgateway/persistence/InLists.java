package io.smsgateway.persistence;

import java.util.ArrayList;
import java.util.List;

/** Values for an IN list, cut so that no statement carries more parameters than any database takes. */
public final class InLists {

    /** Values per IN list: well below what any database takes as parameters of one statement. */
    private static final int MAX_VALUES = 1000;

    private InLists() {
    }

    /** {@code values} cut into lists short enough for one IN parameter each. */
    public static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX_VALUES) {
            chunks.add(values.subList(from, Math.min(values.size(), from + MAX_VALUES)));
        }
        return chunks;
    }
}
