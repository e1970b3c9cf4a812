package io.smsgateway.shared;

/**
 * Limits on the shape of a JSON body, checked in one pass over its bytes before any parser builds
 * anything: nesting depth, the length of one string and the number of members of one object or
 * elements of one array. A JSON parser keeps a frame (and, in a tree reader, a Java stack frame) per
 * level and an entry per member, so a few kilobytes nested a thousand levels deep or a million empty
 * members cost far more than their size; this scan costs one counter per level and nothing per
 * member. It does not validate JSON (the parser does that after it); it only measures.
 */
public record JsonShape(int maxDepth, int maxStringBytes, int maxMembers, int maxArrayItems) {

    /** Every request body of the customer and operator APIs: none nests deeper than 4 levels or has 40 fields. */
    public static final JsonShape REQUEST = new JsonShape(16, 32 * 1024, 256, 4096);

    public JsonShape {
        if (maxDepth < 1 || maxStringBytes < 1 || maxMembers < 1 || maxArrayItems < 1) {
            throw new IllegalArgumentException("JSON shape limits must be positive");
        }
    }

    /** A shape like this one whose arrays may hold {@code items} elements (a campaign's recipients). */
    public JsonShape withArrayItems(int items) {
        return new JsonShape(maxDepth, maxStringBytes, maxMembers, items);
    }

    /** Throws {@link InvalidInputException} naming the first limit the body exceeds. */
    public void check(byte[] json) {
        int[] counts = new int[maxDepth + 1];
        boolean[] isArray = new boolean[maxDepth + 1];
        int depth = 0;
        int stringStart = -1;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (stringStart >= 0) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    if (i - stringStart > maxStringBytes) {
                        throw refused("a string is longer than " + maxStringBytes + " bytes");
                    }
                    stringStart = -1;
                }
                continue;
            }
            switch (b) {
                case '"' -> stringStart = i + 1;
                case '{', '[' -> {
                    if (depth == maxDepth) {
                        throw refused("nested deeper than " + maxDepth + " levels");
                    }
                    depth++;
                    counts[depth] = 0;
                    isArray[depth] = b == '[';
                }
                case '}', ']' -> depth = Math.max(0, depth - 1);
                case ',' -> {
                    if (depth > 0 && ++counts[depth] >= (isArray[depth] ? maxArrayItems : maxMembers)) {
                        throw refused(isArray[depth] ? "an array has more than " + maxArrayItems + " elements"
                                : "an object has more than " + maxMembers + " members");
                    }
                }
                default -> {
                }
            }
        }
        if (stringStart >= 0 && json.length - stringStart > maxStringBytes) {
            throw refused("a string is longer than " + maxStringBytes + " bytes");
        }
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException("Request body is not acceptable JSON: " + why);
    }
}
