package io.smsgateway.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GatewayExceptionMapperTest {

    private static Throwable recurse(int depth) {
        if (depth == 0) {
            return new IllegalStateException("x".repeat(10_000), new RuntimeException("cause", new RuntimeException("root")));
        }
        return recurse(depth - 1);
    }

    @Test
    void anIncidentIsLoggedInAFewLinesWhateverTheDepthOfItsStack() {
        Throwable error = recurse(1000);
        Throwable chain = error;
        for (int i = 0; i < 20; i++) {
            chain = new RuntimeException("wrapper " + i, chain);
        }
        String trace = GatewayExceptionMapper.boundedTrace(chain);
        long lines = trace.lines().count();
        assertTrue(lines <= 4 * 10 + 1, lines + " lines");
        assertTrue(trace.length() < 6000, trace.length() + " characters");
        assertTrue(trace.contains("further causes left out"));
    }
}
