package io.smsgateway.it;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid destination numbers, distinct per call, so that anti-flooding counts never mix between tests. */
public final class TestNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));
    private static final String RUN = String.format("%03d", (System.currentTimeMillis() / 1000) % 1000);

    private TestNumbers() {
    }

    /** An Italian mobile number (+39 34x ...), valid for libphonenumber and routed to the simulator in the tests. */
    public static String italianMobile() {
        return "+39347" + RUN + String.format("%04d", NEXT.incrementAndGet() % 10000);
    }

    /** A valid Japanese mobile number: no provider serves +81 in the test configuration. */
    public static String japaneseMobile() {
        return "+8190" + RUN.substring(1) + String.format("%06d", NEXT.incrementAndGet() % 1_000_000);
    }
}
