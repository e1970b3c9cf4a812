package io.smsgateway.kernel;

/** The two SMS alphabets: the GSM 03.38 7-bit default alphabet, or UCS-2 for everything else. */
public enum Encoding {
    GSM7(160, 153),
    UCS2(70, 67);

    private final int singleSegmentCapacity;
    private final int concatenatedSegmentCapacity;

    Encoding(int singleSegmentCapacity, int concatenatedSegmentCapacity) {
        this.singleSegmentCapacity = singleSegmentCapacity;
        this.concatenatedSegmentCapacity = concatenatedSegmentCapacity;
    }

    /** Septets (GSM7) or UTF-16 code units (UCS2) that fit in a message sent as one segment. */
    public int singleSegmentCapacity() {
        return singleSegmentCapacity;
    }

    /** Capacity of each part of a concatenated message, the rest being taken by the 6-byte UDH. */
    public int concatenatedSegmentCapacity() {
        return concatenatedSegmentCapacity;
    }
}
